"""The admin site of the knowledge base: titled in Dutch, with a dashboard on its index."""

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _


class KennisbankAdminSite(admin.AdminSite):
    site_header = _("Kennisbank Participatietafel — beheer")
    site_title = _("Kennisbank Participatietafel — beheer")
    index_title = _("Beheer")

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> TemplateResponse:
        from duurzaamdoor.dashboard import dashboard

        context = {"dashboard": dashboard(request.user), **(extra_context or {})}
        return super().index(request, extra_context=context)

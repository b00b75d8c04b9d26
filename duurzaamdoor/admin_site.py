"""The admin site of the knowledge base: titled in Dutch, with a dashboard on its index."""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.public_content import is_public, may_preview


def _without_links(items: list, prefixes: tuple[str, ...]) -> list:
    """The nested list of Django's deletion summary without the rows of ``prefixes``."""
    kept, dropped = [], False
    for item in items:
        if isinstance(item, list):
            if not dropped:
                kept.append(_without_links(item, prefixes))
            continue
        dropped = str(item).startswith(prefixes)
        if not dropped:
            kept.append(item)
    return kept


class DeletionSummaryMixin:
    """A delete confirmation without the rows that only link two objects (the tables
    Django makes for a many-to-many field): to the secretary they are no objects, and
    Django can only name them in English ("Lesson-audience-relatie: Lesson_audiences
    object (82)"). What they link is listed as before."""

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [
            model._meta
            for model in apps.get_models(include_auto_created=True)
            if model._meta.auto_created
        ]
        names = {str(opts.verbose_name_plural) for opts in links}
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        model_count = {name: count for name, count in model_count.items() if name not in names}
        return _without_links(to_delete, prefixes), model_count, perms_needed, protected


class KennisbankAdminSite(admin.AdminSite):
    site_header = _("Kennisbank Participatietafel — beheer")
    site_title = _("Kennisbank Participatietafel — beheer")
    index_title = _("Beheer")

    def register(self, model_or_iterable, admin_class=None, **options) -> None:
        """Every model's admin with the deletion summary above, whoever registers it."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, DeletionSummaryMixin):
            admin_class = type(admin_class.__name__, (DeletionSummaryMixin, admin_class), {})
        super().register(model_or_iterable, admin_class, **options)

    def index(self, request: HttpRequest, extra_context: dict | None = None) -> TemplateResponse:
        from duurzaamdoor.dashboard import dashboard

        context = {"dashboard": dashboard(request.user), **(extra_context or {})}
        return super().index(request, extra_context=context)

    def get_urls(self) -> list[URLPattern]:
        """Django's, with "view on site" (``r/<content type>/<id>/``) behind the rules below,
        and "Mijn gegevens" (duurzaamdoor/my_details.py)."""
        guarded = path(
            "r/<int:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        own = path("mijn-gegevens/", self.admin_view(self.my_details), name="my_details")
        return [own] + [
            guarded if getattr(url, "name", None) == "view_on_site" else url
            for url in super().get_urls()
        ]

    def my_details(self, request: HttpRequest) -> HttpResponse:
        from duurzaamdoor.my_details import my_details

        return my_details(request, self)

    def view_on_site(
        self, request: HttpRequest, content_type_id: int, object_id: str
    ) -> HttpResponse:
        """Redirect to an object's public page, telling nobody more than the admin would.

        Django's own shortcut redirects any staff member to the page of any object, and the
        address alone (a slug) gives away the title of a private case or a draft. Here: only
        for models of this admin, only to whom may view that model (otherwise 403, as the
        admin's other pages), and for what the public does not see only to whom may preview
        it (otherwise 404, as the public page).
        """
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except ContentType.DoesNotExist:
            raise Http404 from None
        model_admin = self._registry.get(model)
        if model_admin is None:
            raise Http404
        if not model_admin.has_view_permission(request):
            raise PermissionDenied
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None or not (is_public(obj) or may_preview(request.user, model)):
            raise Http404
        return shortcut(request, content_type_id, object_id)

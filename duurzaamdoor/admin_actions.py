"""Admin actions that ask for more before they run: a reason, the theme that stays, a window.

Such an action shows its own page (``templates/admin/kb_action_page.html``); the page sends
the selection along, and when what was filled in is refused, the page comes back with the
same selection, what was typed, and the error next to the field: nothing to select again.
"""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Model
from django.forms import Form
from django.http import HttpRequest
from django.template.response import TemplateResponse


def applying(request: HttpRequest) -> bool:
    """Whether the action's own page was sent (rather than the action chosen in the list)."""
    return "apply" in request.POST


def action_page(
    modeladmin,
    request: HttpRequest,
    *,
    template: str,
    title: str,
    action: str,
    selected: list[Model],
    form: Form | None = None,
    **context,
) -> TemplateResponse:
    """The action's page for ``selected``, with ``form`` (bound after a refused attempt)."""
    return TemplateResponse(
        request,
        template,
        {
            **modeladmin.admin_site.each_context(request),
            "title": title,
            "opts": modeladmin.model._meta,
            "action": action,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "selected": selected,
            "form": form,
            **context,
        },
    )

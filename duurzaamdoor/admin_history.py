"""The history pages of the admin: what changed, told as the admin shows it elsewhere.

django-simple-history lists a change as the stored values: codes (``draft → published``),
datetimes in UTC (``2026-10-27 08:00:00+00:00``), ``True``. Here as in the change list:
the label of a choice, a local date and time, ja/nee, a dash for nothing.
"""

import json

from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import construct_change_message, display_for_field
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

EMPTY = "—"


class ChangeDisplay(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.many_to_many or field.is_relation:
            return super().prepare_delta_change_value(change, value)
        if isinstance(value, bool):
            return _("ja") if value else _("nee")
        return display_for_field(value, field, EMPTY)


def _may_view_users(request) -> bool:
    model = get_user_model()._meta
    return request.user.has_perm(f"{model.app_label}.view_{model.model_name}")


def rows_changed(form, formsets) -> str:
    """What a save did to the rows of a page's inlines, in the words of the admin's log."""
    rows = [
        entry for entry in construct_change_message(form, formsets, add=False)
        if "name" in next(iter(entry.values()))  # a row's entry names its kind
    ]  # fmt: skip
    return LogEntry(change_message=json.dumps(rows)).get_change_message() if rows else ""


def obj_history(obj):
    return getattr(obj, obj._meta.simple_history_manager_attribute)


class HistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin, with the changes in a version told as above.

    One version per save that changed something. A save that changes only rows of the page
    (the actors of a map, the statements of a meeting) is a version of the object too, with
    the rows it added, changed or removed as its reason ("Actor 'X' toegevoegd."); each row
    keeps its own history beside it. A save that changes nothing adds no version.

    ``revertible = False`` for what only moves through its own steps (a case's status,
    publication and timeline; a map's case): its earlier versions can be read, not put
    back, because putting one back would skip those steps. django-simple-history only
    hides the button then; here the version's page also refuses to save.
    """

    revertible = True

    def revert_disabled(self, request, obj=None) -> bool:
        return not self.revertible or super().revert_disabled(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        # Who made a version links to their account only for whoever may open it.
        extra_context = {**(extra_context or {}), "may_view_users": _may_view_users(request)}
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not self.revertible:
            raise PermissionDenied
        # Reverting saves a form of the old version, unchanged against that version.
        request.kb_reverting = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        # Left alone when the caller already holds the version back (a case's step).
        deferred = (
            change
            and not form.has_changed()
            and not getattr(request, "kb_reverting", False)
            and not hasattr(obj, "skip_history_when_saving")
        )
        if deferred:
            obj.skip_history_when_saving = True  # until the rows are saved: see save_related
        try:
            super().save_model(request, obj, form, change)
        finally:
            if deferred:
                del obj.skip_history_when_saving
        obj._kb_history_deferred = deferred

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        rows = rows_changed(form, formsets) if change else ""
        if not rows:
            return
        history = obj_history(form.instance)
        field = history.model._meta.get_field("history_change_reason")
        if field.max_length and len(rows) > field.max_length:
            rows = rows[: field.max_length - 1] + "…"
        if getattr(form.instance, "_kb_history_deferred", False):
            history.bulk_history_create([form.instance], update=True, default_user=request.user,
                                        default_change_reason=rows)  # fmt: skip
        else:
            newest = history.order_by("-history_date", "-history_id").first()
            if newest is not None:
                newest.history_change_reason = rows
                newest.save(update_fields=["history_change_reason"])

    def get_historical_record_context_helper(self, request, historical_record):
        return ChangeDisplay(self.model, historical_record)

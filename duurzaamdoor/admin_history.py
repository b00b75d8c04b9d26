"""The history pages of the admin: what changed, told as the admin shows it elsewhere.

django-simple-history lists a change as the stored values: codes (``draft → published``),
datetimes in UTC (``2026-10-27 08:00:00+00:00``), ``True``. Here as in the change list:
the label of a choice, a local date and time, ja/nee, a dash for nothing.
"""

from django.contrib.admin.utils import display_for_field
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


class HistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin, with the changes in a version told as above.

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
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_historical_record_context_helper(self, request, historical_record):
        return ChangeDisplay(self.model, historical_record)

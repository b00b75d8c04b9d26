"""The history pages of the admin: what changed, told as the admin shows it elsewhere.

django-simple-history lists a change as the stored values: codes (``draft → published``),
datetimes in UTC (``2026-10-27 08:00:00+00:00``), ``True``. Here as in the change list:
the label of a choice, a local date and time, ja/nee, a dash for nothing.
"""

from django.contrib.admin.utils import display_for_field
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


class HistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin, with the changes in a version told as above."""

    def get_historical_record_context_helper(self, request, historical_record):
        return ChangeDisplay(self.model, historical_record)

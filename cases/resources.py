"""Export of cases. Contact data only in the superusers' export."""

from import_export import fields

from cases.models import Case
from duurzaamdoor.import_widgets import PartiesWidget
from duurzaamdoor.resources import SpreadsheetResource

CASE_FIELDS = [
    "id", "title", "status", "region", "organisation", "transition_task", "bottleneck", "tried",
    "help_wanted", "parties", "submitted_at", "status_changed_at", "is_public",
    "public_title", "public_summary", "insights",
]  # fmt: skip


class CaseResource(SpreadsheetResource):
    parties = fields.Field(attribute="parties", widget=PartiesWidget())

    class Meta:
        model = Case
        fields = CASE_FIELDS
        export_order = CASE_FIELDS


class CaseWithContactResource(CaseResource):
    """For superusers only: includes the submitter's name and e-mail address."""

    class Meta(CaseResource.Meta):
        fields = [*CASE_FIELDS, "contact_name", "contact_email"]
        export_order = fields
        name = "Praktijkcases met contactgegevens"

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from cases.choices import CaseStatus
from cases.models import Case
from cases.workflow import PUBLIC_STATUSES
from duurzaamdoor.choices import PartyCode, Region

SELECT = forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})


class CaseFilter(django_filters.FilterSet):
    regio = django_filters.ChoiceFilter(
        label=_("Regio"),
        field_name="region",
        choices=Region.choices,
        empty_label=_("Alle regio's"),
        widget=SELECT,
    )
    partij = django_filters.ChoiceFilter(
        label=_("Partij"),
        field_name="parties",
        choices=PartyCode.choices,
        empty_label=_("Alle partijen"),
        widget=SELECT,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        # Only the statuses a public case can have: any other would never match.
        choices=[(status, CaseStatus(status).label) for status in PUBLIC_STATUSES],
        empty_label=_("Alle statussen"),
        widget=SELECT,
    )

    class Meta:
        model = Case
        fields = ["regio", "partij", "status"]

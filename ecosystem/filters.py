"""The filters of a map's page: which actors it shows."""

import django_filters
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode
from duurzaamdoor.filtering import ValuesFilterSet
from ecosystem.choices import ActorKind


class ActorFilter(ValuesFilterSet):
    partij = django_filters.ChoiceFilter(label=_("Partij"), choices=PartyCode.choices)
    soort = django_filters.ChoiceFilter(label=_("Soort"), choices=ActorKind.choices)
    versterken = django_filters.ChoiceFilter(
        label=_("Alleen te versterken"), choices=[("1", _("ja"))]
    )

"""The kinds of meetings and the scale on which participants take a position."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingKind(models.TextChoices):
    RONDE_TAFEL = "ronde_tafel", _("Ronde Tafel-bijeenkomst")
    LEF_TALK = "lef_talk", _("LEF-Talk")
    WERKSESSIE = "werksessie", _("Werksessie")
    OVERIG = "overig", _("Andere bijeenkomst")


class Stance(models.IntegerChoices):
    """The five-point scale on which participants take a position."""

    HELEMAAL_ONEENS = 1, _("Helemaal oneens")
    ONEENS = 2, _("Oneens")
    NEUTRAAL = 3, _("Neutraal")
    EENS = 4, _("Eens")
    HELEMAAL_EENS = 5, _("Helemaal eens")

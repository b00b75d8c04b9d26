"""Taxonomies shared by every app: the eight parties and the regions."""

import functools

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def labels(choices: type[models.Choices]) -> dict[str, str]:
    """Value → label of a choices class, translated once per language (for code that writes
    many labels, such as lists and tables)."""
    return _labels(choices, get_language())


@functools.cache
def _labels(choices: type[models.Choices], language: str) -> dict[str, str]:
    return {value: str(label) for value, label in choices.choices}


class PartyCode(models.TextChoices):
    """The eight parties of a transition (DuurzaamDoor's "O's" plus the new generation)."""

    RIJK = "rijk", _("Rijksoverheid")
    DECENTRAAL = "decentraal", _("Decentrale overheden")
    ONDERWIJS = "onderwijs", _("Onderwijs")
    ONDERZOEK = "onderzoek", _("Onderzoek")
    ONDERNEMERS = "ondernemers", _("Ondernemers")
    BURGERS = "burgers", _("Burgers")
    MAATSCHAPPELIJK = "maatschappelijk", _("Maatschappelijke organisaties")
    NIEUWE_GENERATIE = "nieuwe-generatie", _("De nieuwe generatie")


class Region(models.TextChoices):
    """The twelve provinces, or national."""

    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"
    LANDELIJK = "landelijk", _("Landelijk")


class GovernmentLayer(models.TextChoices):
    RIJK = "rijk", _("Rijk")
    PROVINCIE = "provincie", _("Provincie")
    GEMEENTE = "gemeente", _("Gemeente")
    WATERSCHAP = "waterschap", _("Waterschap")
    OVERIG = "overig", _("Anders")

"""Rows shared by the apps: the eight parties, as a table for many-to-many links."""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode


class Party(models.Model):
    """One of the eight parties. The rows mirror :class:`PartyCode` exactly.

    They are kept in sync after every migrate (see :func:`sync_parties`), so code can
    link to a party by its code without looking it up first.
    """

    code = models.CharField(_("code"), max_length=20, primary_key=True, choices=PartyCode.choices)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("partij")
        verbose_name_plural = _("partijen")

    def __str__(self) -> str:
        return str(self.label)

    @property
    def label(self) -> str:
        return PartyCode(self.code).label


def sync_parties(using: str = "default", **kwargs) -> None:
    """Create or reorder the party rows to match :class:`PartyCode` (post_migrate)."""
    for position, code in enumerate(PartyCode.values):
        Party.objects.using(using).update_or_create(code=code, defaults={"position": position})


class SearchTerm(models.Model):
    """A word from public content; "Bedoelde u …?" picks the closest (pg_trgm)."""

    word = models.CharField(max_length=60, unique=True)

    class Meta:
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")

    def __str__(self) -> str:
        return self.word


class WebURLField(models.URLField):
    """A link to a web page: http or https only (no javascript:, data: or ftp:)."""

    default_validators = [URLValidator(schemes=["http", "https"])]

    def formfield(self, **kwargs):
        # A link typed without scheme is taken to be https.
        return super().formfield(**{"assume_scheme": "https", **kwargs})


class TableVersion(models.Model):
    """How often the public part of one table changed: the key of every cached page.

    Written only by database triggers (see :mod:`duurzaamdoor.table_versions`), in the same
    transaction as the change itself, so a reader never sees a new version with old data.
    """

    name = models.CharField(max_length=100, primary_key=True)
    version = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.name}: {self.version}"

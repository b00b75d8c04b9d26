"""Meetings (round tables, LEF-Talks, work sessions), their statements and the positions taken."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode
from duurzaamdoor.datetimes import WholeSecondsDateTimeField
from duurzaamdoor.history import ChangeHistory
from duurzaamdoor.search_index import SearchableQuerySet
from duurzaamdoor.text import MultiLineField, SingleLineField
from meetings.choices import MeetingKind, Stance

# The public meetings (as a lookup: also what search and the vocabulary take as public).
PUBLISHED = {"is_published": True}


class MeetingQuerySet(SearchableQuerySet):
    def published(self) -> "MeetingQuerySet":
        return self.filter(**PUBLISHED)

    def upcoming(self) -> "MeetingQuerySet":
        return self.filter(starts_at__gte=timezone.now()).order_by("starts_at")

    def past(self) -> "MeetingQuerySet":
        return self.filter(starts_at__lt=timezone.now()).order_by("-starts_at")


class Meeting(models.Model):
    kind = SingleLineField(_("soort"), max_length=20, choices=MeetingKind.choices)
    title = SingleLineField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    starts_at = WholeSecondsDateTimeField(_("datum en tijd"))
    place = SingleLineField(_("plaats"), max_length=200, blank=True)
    summary = MultiLineField(_("samenvatting"), blank=True, help_text=_("Markdown."))
    lessons = models.ManyToManyField(
        "lessons.Lesson", verbose_name=_("lessen"), related_name="meetings", blank=True
    )
    cases = models.ManyToManyField(
        "cases.Case", verbose_name=_("praktijkcases"), related_name="meetings", blank=True
    )
    sources = models.ManyToManyField(
        "lessons.Source", verbose_name=_("bronnen"), related_name="meetings", blank=True
    )
    is_published = models.BooleanField(_("gepubliceerd"), default=False)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    search_vector = SearchVectorField(null=True, editable=False)

    history = ChangeHistory(excluded_fields=["search_vector"])
    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["is_published", "-starts_at"], name="meeting_listing_idx")]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", kwargs={"slug": self.slug})

    def get_live_url(self) -> str:
        return reverse("meetings:live", kwargs={"slug": self.slug})

    @property
    def is_upcoming(self) -> bool:
        return self.starts_at >= timezone.now()


class Statement(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="statements"
    )
    text = SingleLineField(_("stelling"), max_length=500)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=1)
    is_open = models.BooleanField(
        _("open"),
        default=False,
        help_text=_("Alleen op een open stelling kan iemand positie innemen."),
    )

    class Meta:
        ordering = ["meeting", "order", "pk"]
        verbose_name = _("stelling")
        verbose_name_plural = _("stellingen")

    def __str__(self) -> str:
        return self.text


class PositionQuerySet(models.QuerySet):
    def counted(self) -> "PositionQuerySet":
        """The positions that count: every result, export and chart reads only these
        (through :func:`meetings.selectors.counted_positions`)."""
        return self.filter(voided_at__isnull=True)

    def voided(self) -> "PositionQuerySet":
        return self.filter(voided_at__isnull=False)


class Position(models.Model):
    """Where one participant stands on one statement. Anonymous: no account, no name.

    A position the secretary voided (vote stuffing) is kept, marked with ``voided_at``,
    and counts nowhere; it can be restored, and its participant may take it again.
    """

    statement = models.ForeignKey(
        Statement, verbose_name=_("stelling"), on_delete=models.CASCADE, related_name="positions"
    )
    participant = models.CharField(max_length=64, editable=False)
    value = models.PositiveSmallIntegerField(_("positie"), choices=Stance.choices)
    party = SingleLineField(_("partij"), max_length=20, choices=PartyCode.choices, blank=True)
    created_at = models.DateTimeField(_("ingenomen op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    voided_at = models.DateTimeField(_("ongeldig verklaard op"), null=True, blank=True)

    objects = PositionQuerySet.as_manager()

    class Meta:
        ordering = ["statement", "created_at"]
        verbose_name = _("positie")
        verbose_name_plural = _("posities")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "participant"], name="one_position_per_participant"
            ),
            models.CheckConstraint(condition=Q(value__gte=1, value__lte=5), name="position_1_5"),
            models.CheckConstraint(
                condition=Q(party="") | Q(party__in=PartyCode.values), name="position_party_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement_id}: {self.get_value_display()}"

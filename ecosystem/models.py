"""Ecosystem maps: the actors and factors around one transition task."""

import secrets

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode
from duurzaamdoor.datetimes import WholeSecondsDateTimeField
from duurzaamdoor.history import ChangeHistory
from duurzaamdoor.publication import Publishable
from duurzaamdoor.text import MultiLineField, SingleLineField
from ecosystem.choices import ActorKind, EcosystemStatus, FactorEffect, FactorKind, RelationKind
from ecosystem.querysets import EcosystemQuerySet

# A self-service map may hold at most this many of each, so a robot cannot fill the database.
MAX_ACTORS = 200
MAX_FACTORS = 100
MAX_RELATIONS = 400


def new_edit_token() -> str:
    """256 random bits: the private link with which a team edits its own map."""
    return secrets.token_urlsafe(32)


def _between(field: str, low: int, high: int) -> Q:
    return Q(**{f"{field}__gte": low, f"{field}__lte": high})


class Ecosystem(Publishable, models.Model):
    PUBLISHED = EcosystemStatus.PUBLISHED

    title = SingleLineField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    task = MultiLineField(_("transitieopgave"), max_length=2000)
    new_reality = MultiLineField(
        _("de nieuwe werkelijkheid"),
        max_length=2000,
        blank=True,
        help_text=_("Waar werkt de opgave naartoe?"),
    )
    case = models.ForeignKey(
        "cases.Case",
        verbose_name=_("praktijkcase"),
        related_name="ecosystems",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    status = SingleLineField(
        _("status"), max_length=20, choices=EcosystemStatus.choices, default=EcosystemStatus.DRAFT
    )
    published_at = WholeSecondsDateTimeField(_("gepubliceerd op"), null=True, blank=True)
    self_service = models.BooleanField(
        _("zelf gemaakt"),
        default=False,
        help_text=_("Gemaakt door een team via /ecosystemen/nieuw/."),
    )
    # Only self-service maps have one (see save()); a curated map is edited in the admin.
    edit_token = models.CharField(
        max_length=64, unique=True, null=True, blank=True, default=None, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    search_vector = SearchVectorField(null=True, editable=False)

    # A save of the map's page says there which of its rows it changed (see HistoryAdmin):
    # a text of any length, where simple-history allows 100 characters.
    history = ChangeHistory(
        excluded_fields=["edit_token", "search_vector"],
        history_change_reason_field=models.TextField(null=True),
    )
    objects = EcosystemQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "-published_at"], name="ecosystem_listing_idx")]
        verbose_name = _("ecosysteemkaart")
        verbose_name_plural = _("ecosysteemkaarten")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.stamp_publication()
        if not self.self_service:
            self.edit_token = None
        elif not self.edit_token:
            self.edit_token = new_edit_token()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("ecosystem:detail", kwargs={"slug": self.slug})

    def get_edit_url(self) -> str | None:
        """The team's private link; ``None`` for a curated map, which has none."""
        if not self.edit_token:
            return None
        return reverse("ecosystem:edit", kwargs={"token": self.edit_token})

    @property
    def is_published(self) -> bool:
        return self.status == EcosystemStatus.PUBLISHED

    @property
    def editable_through_link(self) -> bool:
        """A team changes its map through the link only while it is not public.

        Once the secretariat publishes a map, the link shows it read-only: a public map
        changes only through the secretariat (in the admin). Putting the map back to draft
        hands it back to the team; publishing it again is the secretariat's new review.
        """
        return self.self_service and bool(self.edit_token) and not self.is_published


class Actor(models.Model):
    ecosystem = models.ForeignKey(
        Ecosystem,
        verbose_name=_("ecosysteemkaart"),
        on_delete=models.CASCADE,
        related_name="actors",
    )
    name = SingleLineField(_("naam"), max_length=120)
    party = SingleLineField(_("partij"), max_length=20, choices=PartyCode.choices)
    kind = SingleLineField(
        _("soort"), max_length=20, choices=ActorKind.choices, default=ActorKind.BELANGHEBBENDE
    )
    contributes = models.BooleanField(_("draagt nu al bij"), default=False)
    strengthen = models.BooleanField(_("wil je versterken"), default=False)
    influence = models.PositiveSmallIntegerField(
        _("invloed"), default=3, help_text=_("1 (weinig) tot 5 (veel)")
    )
    interest = models.PositiveSmallIntegerField(
        _("belang"), default=3, help_text=_("1 (weinig) tot 5 (veel)")
    )
    note = SingleLineField(_("toelichting"), max_length=500, blank=True)

    history = ChangeHistory()

    class Meta:
        ordering = ["party", "name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actoren")
        constraints = [
            models.CheckConstraint(
                condition=_between("influence", 1, 5), name="actor_influence_1_5"
            ),
            models.CheckConstraint(condition=_between("interest", 1, 5), name="actor_interest_1_5"),
            models.CheckConstraint(
                condition=Q(party__in=PartyCode.values), name="actor_party_is_one_of_eight"
            ),
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="actor_kind_valid"),
            models.UniqueConstraint(fields=["ecosystem", "name"], name="unique_actor_name_per_map"),
        ]

    def __str__(self) -> str:
        return self.name


class Factor(models.Model):
    ecosystem = models.ForeignKey(
        Ecosystem,
        verbose_name=_("ecosysteemkaart"),
        on_delete=models.CASCADE,
        related_name="factors",
    )
    name = SingleLineField(_("naam"), max_length=120)
    kind = SingleLineField(_("soort"), max_length=20, choices=FactorKind.choices)
    effect = SingleLineField(_("effect"), max_length=10, choices=FactorEffect.choices)
    weight = models.PositiveSmallIntegerField(
        _("gewicht"), default=2, help_text=_("1 (klein) tot 3 (groot)")
    )
    note = SingleLineField(_("toelichting"), max_length=500, blank=True)

    history = ChangeHistory()

    class Meta:
        ordering = ["-weight", "name"]
        verbose_name = _("factor")
        verbose_name_plural = _("factoren")
        constraints = [
            models.CheckConstraint(condition=_between("weight", 1, 3), name="factor_weight_1_3"),
            models.CheckConstraint(
                condition=Q(kind__in=FactorKind.values), name="factor_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(effect__in=FactorEffect.values), name="factor_effect_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Relation(models.Model):
    ecosystem = models.ForeignKey(
        Ecosystem,
        verbose_name=_("ecosysteemkaart"),
        on_delete=models.CASCADE,
        related_name="relations",
    )
    source = models.ForeignKey(
        Actor, verbose_name=_("van"), on_delete=models.CASCADE, related_name="outgoing"
    )
    target = models.ForeignKey(
        Actor, verbose_name=_("naar"), on_delete=models.CASCADE, related_name="incoming"
    )
    kind = SingleLineField(
        _("soort"), max_length=20, choices=RelationKind.choices, default=RelationKind.SAMENWERKING
    )
    note = SingleLineField(_("toelichting"), max_length=500, blank=True)

    history = ChangeHistory()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("relatie")
        verbose_name_plural = _("relaties")
        constraints = [
            models.CheckConstraint(
                condition=~Q(source=models.F("target")), name="relation_between_two_actors"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=RelationKind.values), name="relation_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"

    # The rule: a relation connects two actors of its own map. Every form that offers actors
    # for a relation offers only these (the team's editor, the admin's relation rows and
    # their search); clean() refuses any other actor, whichever way it comes in.

    @staticmethod
    def actor_choices(ecosystem_id: int | None) -> models.QuerySet:
        """The actors a relation on this map may connect (none on a map not yet saved)."""
        return Actor.objects.filter(ecosystem_id=ecosystem_id).order_by("name")

    # What a form says of a chosen actor that is not among actor_choices().
    NOT_AN_ACTOR_OF_THIS_MAP = _("Kies een actor van deze kaart.")

    def clean(self) -> None:
        if self.source_id and self.target_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("Kies twee verschillende actoren.")})
        for field in ("source", "target"):
            actor = getattr(self, field, None) if getattr(self, f"{field}_id") else None
            if actor is not None and self.ecosystem_id and actor.ecosystem_id != self.ecosystem_id:
                raise ValidationError({field: _("Deze actor hoort bij een andere kaart.")})

"""Stuck practice cases, from a regional team's submission to the table's published insight."""

import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cases.choices import CaseStatus
from cases.querysets import CaseQuerySet
from cases.workflow import PUBLIC_STATUSES
from duurzaamdoor.choices import Region
from duurzaamdoor.history import ChangeHistory
from duurzaamdoor.text import MultiLineField, SingleLineField

# Personal data of the submitter: never in history, never on a public or status page.
PERSONAL_FIELDS = ("contact_name", "contact_email")

# Field lengths, shown to the submitter next to each field.
MAX_TITLE = 200
MAX_SHORT_TEXT = 1000
MAX_LONG_TEXT = 4000


def new_status_token() -> str:
    """256 random bits, URL-safe: the submitter's private link to the status page."""
    return secrets.token_urlsafe(32)


class Case(models.Model):
    title = SingleLineField(_("titel"), max_length=MAX_TITLE)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    transition_task = MultiLineField(_("transitieopgave"), max_length=MAX_SHORT_TEXT)
    region = SingleLineField(_("regio"), max_length=20, choices=Region.choices)
    organisation = SingleLineField(_("organisatie"), max_length=200)
    bottleneck = MultiLineField(_("knelpunt"), max_length=MAX_LONG_TEXT)
    tried = MultiLineField(_("wat is geprobeerd"), max_length=MAX_LONG_TEXT, blank=True)
    help_wanted = MultiLineField(_("gevraagde hulp"), max_length=MAX_SHORT_TEXT)
    parties = models.ManyToManyField(
        "duurzaamdoor.Party", verbose_name=_("betrokken partijen"), related_name="cases", blank=True
    )
    lessons = models.ManyToManyField(
        "lessons.Lesson", verbose_name=_("lessen"), related_name="cases", blank=True
    )

    contact_name = SingleLineField(_("naam contactpersoon"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail contactpersoon"), blank=True)
    consent_version = SingleLineField(_("versie privacyverklaring"), max_length=40)
    consented_at = models.DateTimeField(_("toestemming gegeven op"))
    personal_data_removed_at = models.DateTimeField(
        _("persoonsgegevens verwijderd op"), null=True, blank=True
    )
    # The interface language the case was submitted in: mails to the submitter follow it.
    language = SingleLineField(
        _("taal van de indiener"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        editable=False,
    )

    status = SingleLineField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.INGEDIEND
    )
    status_changed_at = models.DateTimeField(_("status gewijzigd op"))
    status_token = models.CharField(
        max_length=64, unique=True, default=new_status_token, editable=False
    )
    # The one-time token of the form that created the case: a replayed POST finds it.
    # NULL, not "", for cases that did not come through the form: unique among the rest.
    submission_token = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, editable=False
    )
    # The same submission sent again with a new form (after Back): a keyed digest of the
    # contact address and the title (see cases.duplicates), held by the newest case of
    # the last day. A digest of personal data: removed with it, never in the history.
    duplicate_key = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, editable=False
    )

    public_title = SingleLineField(
        _("publieke titel"),
        max_length=MAX_TITLE,
        blank=True,
        help_text=_(
            "Geanonimiseerd: geen namen of contactgegevens. Staat op de openbare pagina's en "
            "bepaalt het webadres; nodig om te publiceren."
        ),
    )
    public_summary = MultiLineField(
        _("publieke samenvatting"),
        blank=True,
        help_text=_("Geanonimiseerd: geen namen of contactgegevens. Nodig om te publiceren."),
    )
    insights = MultiLineField(_("inzichten"), blank=True, help_text=_("Markdown."))
    is_public = models.BooleanField(_("openbaar"), default=False)
    private_notes = MultiLineField(
        _("interne notities"),
        blank=True,
        help_text=_("Alleen zichtbaar voor het tafelsecretariaat."),
    )

    submitted_at = models.DateTimeField(_("ingediend op"))
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    search_vector = SearchVectorField(null=True, editable=False)

    history = ChangeHistory(
        excluded_fields=[
            *PERSONAL_FIELDS,
            "status_token",
            "submission_token",
            "duplicate_key",
            "search_vector",
        ]
    )
    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("praktijkcase")
        verbose_name_plural = _("praktijkcases")
        indexes = [
            models.Index(fields=["status", "-submitted_at"], name="case_queue_idx"),
            models.Index(fields=["is_public", "-submitted_at"], name="case_public_idx"),
            models.Index(fields=["-submitted_at", "-id"], name="case_recent_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_public=False) | ~models.Q(public_summary=""),
                name="public_case_has_summary",
            ),
            models.CheckConstraint(
                condition=models.Q(is_public=False) | ~models.Q(public_title=""),
                name="public_case_has_public_title",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("cases:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        # A case is published once the table took it up; from there it only moves on, so
        # the public never sees a case that is still waiting or was turned down.
        if self.is_public and self.status not in PUBLIC_STATUSES:
            raise ValidationError(
                {
                    "is_public": _(
                        "Je kunt een case pas publiceren als de tafel hem in onderzoek heeft "
                        "genomen (status “%(status)s”)."
                    )
                    % {"status": CaseStatus(PUBLIC_STATUSES[0]).label}
                }
            )
        # The public sees only what the secretariat wrote for it: the submitted title and
        # text may name people, the public title and summary may not.
        if self.is_public and not (self.public_title.strip() and self.public_summary.strip()):
            raise ValidationError(
                {
                    "is_public": _(
                        "Schrijf eerst een publieke titel en een publieke samenvatting, allebei "
                        "geanonimiseerd; daarna kun je publiceren."
                    )
                }
            )

    def get_status_url(self) -> str:
        return reverse("cases:status", kwargs={"token": self.status_token})

    @property
    def has_personal_data(self) -> bool:
        return bool(self.contact_name or self.contact_email)


class CaseEvent(models.Model):
    """One step in a case's life: a status change, with an optional message to the submitter."""

    case = models.ForeignKey(
        Case, verbose_name=_("praktijkcase"), on_delete=models.CASCADE, related_name="events"
    )
    from_status = SingleLineField(_("van"), max_length=20, choices=CaseStatus.choices, blank=True)
    to_status = SingleLineField(_("naar"), max_length=20, choices=CaseStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("op"))
    public_message = MultiLineField(_("bericht aan de indiener"), blank=True)
    is_internal = models.BooleanField(
        _("intern"), default=False, help_text=_("Niet zichtbaar op de statuspagina.")
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("tijdlijn")

    def __str__(self) -> str:
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"

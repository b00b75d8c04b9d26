"""The lessons the table collected, who taught them and where they come from."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from duurzaamdoor.choices import GovernmentLayer, Region
from duurzaamdoor.datetimes import WholeSecondsDateTimeField
from duurzaamdoor.history import ChangeHistory
from duurzaamdoor.markdown import markdown_to_text
from duurzaamdoor.models import WebURLField
from duurzaamdoor.publication import Publishable
from duurzaamdoor.text import MultiLineField, SingleLineField
from lessons.choices import LessonStatus, SourceKind
from lessons.querysets import LessonQuerySet, PioneerQuerySet, SourceQuerySet


def plain_text(lead: str, body: str) -> str:
    """A lesson's lead and Markdown body as one plain text, for search snippets."""
    return f"{lead} {markdown_to_text(body)}"


class Audience(models.Model):
    """A target group a lesson is written for, e.g. "inkopers bij gemeenten"."""

    name = SingleLineField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = MultiLineField(_("omschrijving"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self) -> str:
        return self.name


class Pioneer(models.Model):
    """A pioneering civil servant whose experience became lessons."""

    name = SingleLineField(_("naam"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    role = SingleLineField(_("functie"), max_length=160, blank=True)
    organisation = SingleLineField(_("organisatie"), max_length=160, blank=True)
    government_layer = SingleLineField(
        _("overheidslaag"), max_length=20, choices=GovernmentLayer.choices, blank=True
    )
    region = SingleLineField(_("regio"), max_length=20, choices=Region.choices, blank=True)
    bio = MultiLineField(_("korte bio"), blank=True)
    may_publish = models.BooleanField(
        _("mag getoond worden"),
        default=False,
        help_text=_("Alleen aanvinken als de voorloper toestemming gaf voor publicatie."),
    )

    objects = PioneerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("voorloper")
        verbose_name_plural = _("voorlopers")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("lessons:pioneer", kwargs={"slug": self.slug})


class Source(models.Model):
    """Where lessons come from: a whitepaper, a LEF-Talk, a round table, an article."""

    kind = SingleLineField(_("soort"), max_length=20, choices=SourceKind.choices)
    title = SingleLineField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    url = WebURLField(_("link"), blank=True)
    summary = MultiLineField(_("samenvatting"), blank=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "title"]
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lessons:source", kwargs={"slug": self.slug})


class ThemeTag(TagBase):
    """A theme ("circulair inkopen", "bouw"); names are unique regardless of case."""

    # Taggit's own field, with the project's rule for text (the same column).
    name = SingleLineField(
        verbose_name=TagBase._meta.get_field("name").verbose_name, unique=True, max_length=100
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_absolute_url(self) -> str:
        return reverse("lessons:list") + f"?thema={self.slug}"


class ThemeRedirect(models.Model):
    """Where the address of a theme that is gone now leads: a theme merged into another, or
    a theme whose slug changed, so that old links (bookmarks, shared filters) still work."""

    old_slug = models.SlugField(_("oude slug"), max_length=100, unique=True)
    theme = models.ForeignKey(
        ThemeTag, on_delete=models.CASCADE, related_name="redirects", verbose_name=_("thema")
    )

    class Meta:
        verbose_name = _("oud adres van een thema")
        verbose_name_plural = _("oude adressen van thema's")

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.theme.slug}"


class TaggedLesson(TaggedItemBase):
    content_object = models.ForeignKey(
        "Lesson", on_delete=models.CASCADE, related_name="tagged_themes"
    )
    tag = models.ForeignKey(ThemeTag, on_delete=models.CASCADE, related_name="tagged_lessons")

    class Meta:
        verbose_name = _("thema van les")
        verbose_name_plural = _("thema's van lessen")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_lesson_theme")
        ]


class Lesson(Publishable, models.Model):
    PUBLISHED = LessonStatus.PUBLISHED

    title = SingleLineField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    lead = MultiLineField(_("samenvatting"), help_text=_("Eén alinea die de les samenvat."))
    body = MultiLineField(
        _("tekst"), blank=True, help_text=_("Markdown: ## tussenkop, **vet**, - opsomming.")
    )
    themes = TaggableManager(
        verbose_name=_("thema's"),
        through=TaggedLesson,
        blank=True,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: circulair inkopen, bouw"),
    )
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("doelgroepen"), related_name="lessons", blank=True
    )
    parties = models.ManyToManyField(
        "duurzaamdoor.Party", verbose_name=_("partijen"), related_name="lessons", blank=True
    )
    pioneers = models.ManyToManyField(
        Pioneer, verbose_name=_("voorlopers"), related_name="lessons", blank=True
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("bron"),
        related_name="lessons",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    status = SingleLineField(
        _("status"), max_length=20, choices=LessonStatus.choices, default=LessonStatus.DRAFT
    )
    published_at = WholeSecondsDateTimeField(_("gepubliceerd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    search_vector = SearchVectorField(null=True, editable=False)

    history = ChangeHistory(excluded_fields=["search_vector"])
    objects = LessonQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("les")
        verbose_name_plural = _("lessen")
        indexes = [
            # The public list (published, newest first) and the admin list (all, newest first).
            models.Index(fields=["status", "-published_at", "-id"], name="lesson_listing_idx"),
            models.Index(fields=["-published_at", "-id"], name="lesson_recent_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status=LessonStatus.DRAFT)
                | models.Q(published_at__isnull=False),
                name="published_lesson_has_date",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.stamp_publication()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("lessons:detail", kwargs={"slug": self.slug})

    def full_clean(self, *args, **kwargs) -> None:
        # Before the constraints are validated (an import of a published lesson without a
        # date), as the admin form and save() do.
        self.stamp_publication()
        super().full_clean(*args, **kwargs)

    @property
    def search_text(self) -> str:
        """The lesson as plain text, for search snippets."""
        return plain_text(self.lead, self.body)

    @property
    def is_published(self) -> bool:
        return self.status == LessonStatus.PUBLISHED


class LessonFacet(models.Model):
    """The published lessons with one filter value (a theme, audience, party or source), as a
    bitmap of lesson ids, and how many there are. Kept by database triggers on Postgres
    (see :mod:`lessons.facet_index`); it is derived data, like a search vector."""

    facet = SingleLineField(max_length=20)
    value = SingleLineField(max_length=40)
    lessons = models.BinaryField(default=bytes)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value"], name="unique_lesson_facet")
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}: {self.count}"

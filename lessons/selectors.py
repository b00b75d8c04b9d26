"""Reads that the lesson pages need: filter options with counts, related lessons."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.models import Party
from lessons.choices import LessonStatus
from lessons.filters import FACETS, LessonFilter
from lessons.models import Audience, Lesson, Source, ThemeTag


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    legend: str
    options: list[FacetOption]


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    value: str
    remove_url: str


def _options(rows: QuerySet, value_attr: str, selected: set[str]) -> list[FacetOption]:
    options = []
    for row in rows:
        value = str(getattr(row, value_attr))
        if row.matching or value in selected:
            options.append(FacetOption(value, str(row), row.matching, value in selected))
    return options


def lesson_facets(filterset: LessonFilter) -> list[Facet]:
    """Each filter's options with the number of lessons each would give (4 queries)."""
    data = filterset.form.cleaned_data
    chosen = {
        name: {str(getattr(obj, "slug", obj.pk)) for obj in data.get(name) or []} for name in FACETS
    }

    def matching(relation: str, facet: str, distinct: bool = True) -> Count:
        ids = filterset.queryset_without(facet).values("pk")
        return Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=distinct)

    themes = ThemeTag.objects.annotate(matching=matching("tagged_lessons__content_object", "thema"))
    audiences = Audience.objects.annotate(matching=matching("lessons", "doelgroep"))
    parties = Party.objects.annotate(matching=matching("lessons", "partij"))
    # A lesson has one source: no DISTINCT (and its sort) needed.
    sources = Source.objects.annotate(matching=matching("lessons", "bron", distinct=False))
    return [
        Facet("thema", _("Thema"), _options(themes, "slug", chosen["thema"])),
        Facet("doelgroep", _("Doelgroep"), _options(audiences, "slug", chosen["doelgroep"])),
        Facet("partij", _("Partij"), _options(parties, "pk", chosen["partij"])),
        Facet("bron", _("Bron"), _options(sources, "slug", chosen["bron"])),
    ]


def active_filters(query: QueryDict, facets: list[Facet]) -> list[ActiveFilter]:
    """The chosen filters, each with the address of the same list without it."""

    def without(name: str, value: str) -> str:
        remaining = query.copy()
        remaining.setlist(name, [v for v in query.getlist(name) if v != value])
        remaining.pop("page", None)
        for key in list(remaining):
            if not any(v.strip() for v in remaining.getlist(key)):
                del remaining[key]
        encoded = remaining.urlencode()
        return f"?{encoded}" if encoded else "?"

    active = []
    text = query.get("q", "").strip()
    if text:
        active.append(ActiveFilter(str(_("Zoekterm")), text, without("q", query.get("q"))))
    for facet in facets:
        for option in facet.options:
            if option.selected:
                active.append(
                    ActiveFilter(str(facet.legend), option.label, without(facet.name, option.value))
                )
    return active


def related_lessons(lesson: Lesson, limit: int = 5) -> QuerySet:
    """Published lessons sharing most themes with ``lesson``, newest first on a tie."""
    theme_ids = [theme.pk for theme in lesson.themes.all()]
    return (
        Lesson.objects.published()
        .exclude(pk=lesson.pk)
        .filter(tagged_themes__tag__in=theme_ids)
        .annotate(shared_themes=Count("tagged_themes"))
        .order_by("-shared_themes", "-published_at", "-pk")
        .select_related("source")[:limit]
    )


def popular_themes(limit: int = 12) -> QuerySet:
    """Themes with the most published lessons."""
    return (
        ThemeTag.objects.annotate(
            published=Count(
                "tagged_lessons",
                filter=Q(tagged_lessons__content_object__status=LessonStatus.PUBLISHED),
            )
        )
        .filter(published__gt=0)
        .order_by("-published", "name")[:limit]
    )


def theme_counts(lesson: Lesson) -> list[tuple[ThemeTag, int]]:
    """Each theme of ``lesson`` with its number of published lessons (one query)."""
    theme_ids = [theme.pk for theme in lesson.themes.all()]
    themes = ThemeTag.objects.filter(pk__in=theme_ids).annotate(
        published=Count(
            "tagged_lessons",
            filter=Q(tagged_lessons__content_object__status=LessonStatus.PUBLISHED),
        )
    )
    return [(theme, theme.published) for theme in themes.order_by("-published", "name")]


def lessons_sharing_parties(party_codes: list[str], exclude: list[int], limit: int = 3) -> QuerySet:
    """Published lessons for the most of these parties, for "Verwante lessen" on a case."""
    return (
        Lesson.objects.published()
        .exclude(pk__in=exclude)
        .filter(parties__in=party_codes)
        .annotate(shared=Count("parties"))
        .order_by("-shared", "-published_at", "-pk")[:limit]
    )

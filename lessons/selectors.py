"""Reads that the lesson pages need: filter options with counts, related lessons."""

from dataclasses import dataclass, replace

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from cases.models import Case
from duurzaamdoor.choices import PartyCode
from duurzaamdoor.links import Link, LinkLists, Part, detail_url
from duurzaamdoor.prepared import Prepared
from lessons import facet_index
from lessons.filters import FACETS, LessonFilter
from lessons.listing import SMALL_SET, in_list_order
from lessons.models import Lesson, Pioneer, TaggedLesson, ThemeTag


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


@dataclass(frozen=True)
class Listing:
    """What /lessen/ shows for a selection: its size, which lessons are in it, and every
    filter option with the number of lessons it would give."""

    count: int
    facets: list[Facet]
    bits: int | None  # the lessons in the selection; None when it is all of them
    total: int  # all published lessons


def lesson_listing(filterset: LessonFilter, matches: int | None) -> Listing:
    """Counts from the filter index: a few bit operations, however many lessons there are.

    ``matches`` is the bitmap of the lessons matching the free text, or None without one.
    """
    chosen = {name: filterset.chosen(name) for name in FACETS}
    filtered = matches is not None or any(chosen.values())
    index = facet_index.load(bits=filtered)
    everything = index.get(facet_index.EVERYTHING, facet_index.Entry(0, 0))

    if not filtered:
        count = everything.count
        option_count = {key: entry.count for key, entry in index.items()}
        selection = None
    else:
        base = everything.bits if matches is None else everything.bits & matches
        unions = {
            name: _union(index, name, [term.key for term in terms])
            for name, terms in chosen.items()
            if terms
        }
        selection = base
        for bits in unions.values():
            selection &= bits
        count = selection.bit_count()
        option_count = {}
        for name in FACETS:
            within = base
            for other, bits in unions.items():
                if other != name:
                    within &= bits
            for term in filterset.vocabulary.terms[name]:
                entry = index.get((name, term.key))
                option_count[(name, term.key)] = (entry.bits & within).bit_count() if entry else 0

    facets = []
    for name, legend in zip(
        FACETS, (_("Thema"), _("Doelgroep"), _("Partij"), _("Bron")), strict=True
    ):
        selected = {term.slug for term in chosen[name]}
        options = [
            FacetOption(term.slug, term.label, number, term.slug in selected)
            for term in filterset.vocabulary.terms[name]
            if (number := option_count.get((name, term.key), 0)) or term.slug in selected
        ]
        facets.append(Facet(name, legend, options))
    return Listing(count, facets, selection, everything.count)


def _union(index: dict, facet: str, keys: list[str]) -> int:
    bits = 0
    for key in keys:
        entry = index.get((facet, key))
        if entry is not None:
            bits |= entry.bits
    return bits


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


def _exact_levels(sets: list[int]) -> list[int]:
    """For bitmaps ``sets``: level ``s`` holds the lessons in exactly ``s`` of them.

    A bit-sliced counter: each bit plane counts one binary digit of the number of sets a
    lesson is in, so k sets cost about k·log(k) big-integer operations.
    """
    planes: list[int] = []
    for bits in sets:
        carry = bits
        for i, plane in enumerate(planes):
            planes[i], carry = plane ^ carry, plane & carry
            if not carry:
                break
        if carry:
            planes.append(carry)
    everything = 0
    for bits in sets:
        everything |= bits
    levels = [0] * (len(sets) + 1)
    for level in range(1, len(sets) + 1):
        bits = everything
        for i, plane in enumerate(planes):
            bits &= plane if level >> i & 1 else ~plane
        levels[level] = bits
    return levels


def shared_index(facet: str, keys: list[str]) -> dict:
    """What :func:`ranked_by_shared` needs of the filter index, in one query: the
    bitmaps of these values of ``facet`` and the set of all published lessons."""
    return facet_index.load(values=[(facet, key) for key in keys] + [facet_index.EVERYTHING])


def ranked_by_shared(
    facet: str, keys: list[str], *, exclude: set[int], limit: int, index: dict | None = None
) -> list:
    """Published lessons sharing the most of ``keys`` (values of ``facet``), newest first
    on a tie. From the filter index (``index``: :func:`shared_index`, or loaded here): one
    query for the index, at most one for the listing order and one for the lessons."""
    if index is None:
        index = shared_index(facet, keys)
    sets = [entry.bits for key, entry in index.items() if key[0] == facet and entry.bits]
    levels = _exact_levels(sets)
    unwanted = facet_index.bits_of(exclude)
    candidates: dict[int, int] = {}  # id -> level, for the small levels
    newest: list[int] = []  # the newest of the first large level
    for level in range(len(sets), 0, -1):
        bits = levels[level] & ~unwanted
        size = bits.bit_count()
        if not size:
            continue
        if size > SMALL_SET:
            total = index.get(facet_index.EVERYTHING, facet_index.Entry(size, 0)).count
            newest = in_list_order(bits, size, 0, limit - len(candidates), total=total)
            break
        candidates.update(dict.fromkeys(facet_index.ids_of(bits), level))
        if len(candidates) >= limit:
            break
    if not candidates and not newest:
        return []
    rows = _RELATED.rows([*candidates, *newest])  # newest first
    by_id = {row[0]: Related.of(row) for row in rows}
    found = sorted(  # stable: newest first within a level
        (by_id[row[0]] for row in rows if row[0] in candidates),
        key=lambda lesson: -candidates[lesson.pk],
    )[:limit]
    return found + [by_id[pk] for pk in newest if pk in by_id]


@dataclass(frozen=True)
class Related:
    """A lesson named in a list of related lessons."""

    pk: int
    title: str
    url: str
    source: str

    @classmethod
    def of(cls, row: tuple) -> "Related":
        pk, title, slug, source = row
        return cls(pk, title, detail_url("lessons:detail", slug), source or "")


def _related_rows(lessons: QuerySet) -> QuerySet:
    return lessons.order_by("-published_at", "-pk").values_list(
        "pk", "title", "slug", "source__title"
    )


# Newest first: ties within one level of shared values keep this order.
_RELATED = Prepared(lambda ids: _related_rows(Lesson.objects.published().filter(pk__any=ids)))


@dataclass(frozen=True)
class LessonPage:
    """What a lesson's page shows around it."""

    links: dict[str, list[Link]]
    related: list["Related"]
    theme_counts: list[tuple[Link, int]]


LESSON_LINKS = LinkLists(
    lambda lesson: dict(
        themes=Part(TaggedLesson.objects.filter(content_object=lesson), "tag__slug",
                    "tag__name", extra="tag_id"),
        audiences=Part(Lesson.audiences.through.objects.filter(lesson=lesson),
                       "audience__slug", "audience__name", order=("audience__name",)),
        parties=Part(Lesson.parties.through.objects.filter(lesson=lesson), "party_id",
                     "party_id", order=("party__position",)),
        pioneers=Part(Pioneer.objects.publishable().filter(lessons=lesson), "slug", "name",
                      extra="organisation", order=("name", "pk"), view="lessons:pioneer"),
        cases=Part(Case.objects.public().filter(lessons=lesson), "slug", "public_title",
                   order=("-submitted_at", "-pk"), view="cases:detail"),
        # Meetings link to lessons (Meeting.lessons): reached from here by that relation.
        meetings=Part(Lesson.meetings.field.model.objects.published().filter(lessons=lesson),
                      "slug", "title", order=("-starts_at", "pk"), view="meetings:detail"),
    )
)  # fmt: skip


def lesson_page(lesson: Lesson, *, related: int = 5) -> LessonPage:
    """Its themes, audiences, parties, pioneers, cases and meetings (one query), how many
    lessons each theme has and the lessons sharing most themes (the filter index)."""
    links = LESSON_LINKS.of(lesson.pk)
    links["parties"] = party_links(links["parties"])
    keys = [link.extra for link in links["themes"]]
    index = shared_index("thema", keys)
    counts = [(link, _count(index, "thema", link.extra)) for link in links["themes"]]
    counts.sort(key=lambda pair: (-pair[1], pair[0].label))
    found = ranked_by_shared("thema", keys, exclude={lesson.pk}, limit=related, index=index)
    return LessonPage(links, found, counts)


def party_links(links: list[Link]) -> list[Link]:
    """Party links with their names (the code is what the database holds)."""
    return [replace(link, label=str(PartyCode(link.slug).label)) for link in links]


def _count(index: dict, facet: str, key: str) -> int:
    entry = index.get((facet, key))
    return entry.count if entry else 0


def popular_themes(limit: int = 12) -> list[ThemeTag]:
    """Themes with the most published lessons, each with ``published``: their number."""
    counts = facet_index.load(facets=("thema",), bits=False)
    top = sorted(
        ((entry.count, int(value)) for (_facet, value), entry in counts.items() if entry.count),
        key=lambda pair: -pair[0],
    )
    by_id = {pk: count for count, pk in top}
    themes = ThemeTag.objects.filter(pk__in=by_id)
    for theme in themes:
        theme.published = by_id[theme.pk]
    return sorted(themes, key=lambda theme: (-theme.published, theme.name))[:limit]


def lessons_sharing_parties(party_codes: list[str], exclude: list[int], limit: int = 3) -> list:
    """Published lessons for the most of these parties, for "Verwante lessen" on a case."""
    return ranked_by_shared("partij", party_codes, exclude=set(exclude), limit=limit)

"""The filters of /lessen/: theme, audience, party, source and free text, combinable.

Several values of one filter widen the result (either theme); different filters narrow
it (this theme and that audience): see :func:`lessons.selectors.lesson_listing`. The
options come from one read of the small tables behind them (:class:`Vocabulary`), which
also checks the values in the address.
"""

from dataclasses import dataclass

import django_filters
from django.core.validators import slug_re
from django.db.models import F, QuerySet, Value, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.choices import PartyCode
from duurzaamdoor.filtering import ValuesFilterSet
from duurzaamdoor.prepared import Prepared
from lessons.choices import SourceKind
from lessons.models import Audience, Lesson, Source, ThemeRedirect, ThemeTag

FACETS = ("thema", "doelgroep", "partij", "bron")


@dataclass(frozen=True)
class Term:
    """One option of a filter: its value in the address, in the filter index, and its name."""

    slug: str
    key: str
    label: str


def _vocabulary() -> QuerySet:
    by_name = Window(RowNumber(), order_by=["name", "pk"])
    newest = Window(RowNumber(), order_by=[F("date").desc(nulls_last=True), "title", "pk"])
    parts = [
        ThemeTag.objects.annotate(f=Value("thema"), n=by_name)
        .values_list("f", "pk", "slug", "name", "n"),
        Audience.objects.annotate(f=Value("doelgroep"), n=by_name)
        .values_list("f", "pk", "slug", "name", "n"),
        Source.objects.annotate(f=Value("bron"), n=newest)
        .values_list("f", "pk", "slug", "title", "n"),
    ]  # fmt: skip
    parts = [part.order_by() for part in parts]
    return parts[0].union(*parts[1:], all=True)


_VOCABULARY = Prepared(_vocabulary)


class Vocabulary:
    """Every option of every filter, in display order, read in one query."""

    def __init__(self):
        rows = sorted(_VOCABULARY.rows(), key=lambda row: (row[0], row[4]))
        self.terms: dict[str, list[Term]] = {name: [] for name in FACETS}
        for facet, pk, slug, name, _order in rows:
            self.terms[facet].append(Term(slug, str(pk), name))
        self.terms["partij"] = [Term(code, code, str(label)) for code, label in PartyCode.choices]
        self._by_slug = {
            facet: {term.slug: term for term in terms} for facet, terms in self.terms.items()
        }

    def term(self, facet: str, slug: str) -> Term | None:
        return self._by_slug[facet].get(slug)

    def choices(self, facet: str) -> list[tuple[str, str]]:
        return [(term.slug, term.label) for term in self.terms[facet]]


class LessonFilter(django_filters.FilterSet):
    """Reads and checks the filters in the address. Which lessons they select is the filter
    index's work (:func:`lessons.selectors.lesson_listing`), so there is no ``qs`` here: a
    second definition of the selection could only drift from the first."""

    q = django_filters.CharFilter(label=_("Zoekterm"), max_length=200)
    thema = django_filters.MultipleChoiceFilter(label=_("Thema"))
    doelgroep = django_filters.MultipleChoiceFilter(label=_("Doelgroep"))
    partij = django_filters.MultipleChoiceFilter(label=_("Partij"))
    bron = django_filters.MultipleChoiceFilter(label=_("Bron"))

    class Meta:
        model = Lesson
        fields = ["q", *FACETS]

    def __init__(self, *args, vocabulary: Vocabulary | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.vocabulary = vocabulary or Vocabulary()
        for name in FACETS:
            self.filters[name].extra["choices"] = self.vocabulary.choices(name)

    @property
    def qs(self):
        raise NotImplementedError("The lessons of a selection come from the filter index.")

    def moved_values(self, unknown: dict[str, list[str]]) -> dict[str, dict[str, str]]:
        """Where unknown themes went: merged or renamed (see
        :func:`duurzaamdoor.filtering.resolve_filters`). One query, only for old addresses."""
        # Only a slug can be an old one (and Postgres refuses text with a NUL in a query).
        old = [value for value in unknown.get("thema", []) if slug_re.fullmatch(value)]
        if not old:
            return {}
        redirects = ThemeRedirect.objects.filter(old_slug__in=old)
        return {"thema": dict(redirects.values_list("old_slug", "theme__slug"))}

    def chosen(self, facet: str) -> list[Term]:
        """The valid options chosen for ``facet`` (after ``is_valid()``)."""
        slugs = self.form.cleaned_data.get(facet) or []
        return [term for slug in slugs if (term := self.vocabulary.term(facet, slug))]


class SourceKindFilter(ValuesFilterSet):
    """The kind of source the index of sources is narrowed to (``soort``)."""

    soort = django_filters.ChoiceFilter(label=_("Soort bron"), choices=SourceKind.choices)

"""The query vocabulary of lessons: what is public, what a listing needs, and search."""

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet

from duurzaamdoor import search
from duurzaamdoor.search_index import SearchableQuerySet
from duurzaamdoor.search_query import ParsedQuery
from lessons.choices import LessonStatus

# The public lessons (as a lookup: also what search and the vocabulary take as public).
PUBLISHED = {"status": LessonStatus.PUBLISHED}


class LessonQuerySet(SearchableQuerySet):
    def published(self) -> "LessonQuerySet":
        return self.filter(**PUBLISHED)

    def drafts(self) -> "LessonQuerySet":
        return self.filter(status=LessonStatus.DRAFT)

    def for_listing(self) -> "LessonQuerySet":
        """Lessons with their source and themes (:func:`card_themes`), in a fixed number of
        queries, without body and search vector: for the feed. (Lists use
        :mod:`lessons.cards`.)"""
        # Through the link rows: taggit's manager builds a query per lesson even when the
        # themes are prefetched.
        themes = self.model.themes.through.objects.select_related("tag").order_by("pk")
        lessons = self.select_related("source").prefetch_related(
            Prefetch("tagged_themes", queryset=themes)
        )
        return lessons.defer("body", "search_vector")

    def search(self, text: str | ParsedQuery) -> "LessonQuerySet":
        return search.search(self, text)


class PioneerQuerySet(QuerySet):
    def publishable(self) -> "PioneerQuerySet":
        """Pioneers who consented to being shown."""
        return self.filter(may_publish=True)


class SourceQuerySet(QuerySet):
    def with_published_lessons(self) -> "SourceQuerySet":
        """Sources that at least one published lesson comes from: the ones the public index
        of sources lists (a source whose lessons are all still drafts would lead nowhere)."""
        lessons = self.model._meta.get_field("lessons").related_model.objects
        return self.filter(Exists(lessons.published().filter(source=OuterRef("pk"))))

    def for_index(self) -> "SourceQuerySet":
        """The index of sources: newest first (undated last), each with ``lesson_count``,
        the number of its published lessons, counted in the same query."""
        published = Q(lessons__status=LessonStatus.PUBLISHED)
        return (
            self.with_published_lessons()
            .annotate(lesson_count=Count("lessons", filter=published))
            .order_by(F("date").desc(nulls_last=True), "title", "pk")
        )

    def kind_counts(self) -> dict[str, int]:
        """How many of these sources there are of each kind (kinds without any left out)."""
        rows = self.values_list("kind").annotate(count=Count("pk")).order_by()
        return dict(rows)


def card_themes(lesson) -> list:
    """The themes of a lesson from :meth:`LessonQuerySet.for_listing`, in the order given."""
    return [tagged.tag for tagged in lesson.tagged_themes.all()]

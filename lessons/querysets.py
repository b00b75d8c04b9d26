"""The query vocabulary of lessons: what is public, what a listing needs, and search."""

from django.db.models import QuerySet

from duurzaamdoor import search
from duurzaamdoor.search_index import joined_text, update_vectors
from lessons.choices import LessonStatus

# Matched on databases without full-text search (SQLite, in development).
LESSON_SEARCH_FIELDS = ["title", "lead", "body", "themes__name"]


class LessonQuerySet(QuerySet):
    def published(self) -> "LessonQuerySet":
        return self.filter(status=LessonStatus.PUBLISHED)

    def drafts(self) -> "LessonQuerySet":
        return self.filter(status=LessonStatus.DRAFT)

    def for_listing(self) -> "LessonQuerySet":
        """Everything a lesson card shows, in a fixed number of queries."""
        return self.select_related("source").prefetch_related("themes", "audiences", "parties")

    def search(self, text: str) -> "LessonQuerySet":
        return search.search(self, text, fallback_fields=LESSON_SEARCH_FIELDS)

    def update_search_vector(self) -> int:
        """Recompute the stored search vector of these lessons (Postgres only).

        Title weighs most (A), then themes and lead (B), then the body (C).
        """
        themes = joined_text(self.model.themes.through, "content_object", "tag__name")
        return update_vectors(self, ("title", "A"), (themes, "B"), ("lead", "B"), ("body", "C"))


class PioneerQuerySet(QuerySet):
    def publishable(self) -> "PioneerQuerySet":
        """Pioneers who consented to being shown."""
        return self.filter(may_publish=True)

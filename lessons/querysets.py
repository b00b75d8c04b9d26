"""The query vocabulary of lessons: what is public, what a listing needs, and search."""

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchVector
from django.db import connections
from django.db.models import OuterRef, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce

from duurzaamdoor import search
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
        if connections[self.db].vendor != "postgresql":
            return 0
        through = self.model.themes.through
        theme_names = (
            through.objects.filter(content_object=OuterRef("pk"))
            .values("content_object")
            .annotate(names=StringAgg("tag__name", delimiter=" "))
            .values("names")
        )
        config = search.SEARCH_CONFIG
        vector = (
            SearchVector("title", weight="A", config=config)
            + SearchVector(
                Coalesce(Subquery(theme_names), Value(""), output_field=TextField()),
                weight="B",
                config=config,
            )
            + SearchVector("lead", weight="B", config=config)
            + SearchVector("body", weight="C", config=config)
        )
        return self.update(search_vector=vector)


class PioneerQuerySet(QuerySet):
    def publishable(self) -> "PioneerQuerySet":
        """Pioneers who consented to being shown."""
        return self.filter(may_publish=True)

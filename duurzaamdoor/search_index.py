"""What is searchable, and keeping it current.

Every searchable type stores a weighted ``dutch`` search vector (GIN-indexed on Postgres):
the title weighs most (A), then the main text (B), then the rest (C). Only what the public
may see goes in: never private notes, never contact data, and the search itself only
looks at published items.

Beside the vectors there is a vocabulary (``SearchTerm``): the words of public content, for
"Bedoelde u …?" suggestions with pg_trgm. Both are Postgres features; on SQLite these
functions do nothing and search falls back to plain matching.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import SearchVector
from django.db import connection, connections
from django.db.models import Expression, OuterRef, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce

SEARCH_CONFIG = "dutch"
MIN_WORD_LENGTH = 4
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")


def uses_postgres(queryset: QuerySet | None = None) -> bool:
    alias = queryset.db if queryset is not None else "default"
    return connections[alias].vendor == "postgresql"


def joined_text(model, link: str, field: str) -> Coalesce:
    """The ``field`` of all ``model`` rows pointing here through ``link``, as one text."""
    rows = (
        model.objects.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(text=StringAgg(field, delimiter=" "))
        .values("text")
    )
    return Coalesce(Subquery(rows), Value(""), output_field=TextField())


def weighted_vector(*parts: tuple[str | Expression, str]) -> SearchVector:
    """SearchVector("title", weight="A") + … for (field or expression, weight) pairs."""
    vectors = [SearchVector(part, weight=weight, config=SEARCH_CONFIG) for part, weight in parts]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def update_vectors(queryset: QuerySet, *parts: tuple[str | Expression, str]) -> int:
    """Recompute the stored vector of every row in ``queryset`` (Postgres only)."""
    if not uses_postgres(queryset):
        return 0
    return queryset.update(search_vector=weighted_vector(*parts))


def add_words(*texts: str) -> None:
    """Remember the words of public text, for suggestions (Postgres only)."""
    if connection.vendor != "postgresql":
        return
    from duurzaamdoor.models import SearchTerm

    words = {word.lower() for text in texts if text for word in _WORD.findall(text)}
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word[:60]) for word in words], ignore_conflicts=True, batch_size=1000
        )


# Rows whose search data changed while updates are deferred (model -> primary keys).
_deferred: ContextVar[dict | None] = ContextVar("deferred_search_updates", default=None)


@contextmanager
def deferred_updates() -> Iterator[dict]:
    """Within this block the search receivers only note which rows changed, per model.

    For bulk writes such as an import: instead of two vector updates and a vocabulary
    insert per row, the caller brings all rows up to date at once with
    :func:`apply_deferred` (or, for a dry run that is rolled back, not at all).
    """
    pending: dict = {}
    token = _deferred.set(pending)
    try:
        yield pending
    finally:
        _deferred.reset(token)


def defer(model, pk) -> bool:
    """Note a changed row if updates are deferred (and say so); else do nothing."""
    pending = _deferred.get()
    if pending is None:
        return False
    pending.setdefault(model, set()).add(pk)
    return True


def apply_deferred(pending: dict) -> None:
    """The search vectors, and the vocabulary of what is public, of the rows noted."""
    for model, pks in pending.items():
        rows = model.objects.filter(pk__in=pks)
        rows.update_search_vector()
        public_words = getattr(rows, "public_words", None)
        if public_words is not None:
            add_words(*public_words())


# Public text per table, for rebuilding the vocabulary in one SQL statement each.
_VOCABULARY_SOURCES = [
    "SELECT concat_ws(' ', title, lead, body) FROM lessons_lesson WHERE status = 'published'",
    "SELECT t.name FROM lessons_themetag t",
    "SELECT concat_ws(' ', title, public_summary, insights) FROM cases_case WHERE is_public",
    "SELECT concat_ws(' ', title, task, new_reality) FROM ecosystem_ecosystem"
    " WHERE status = 'published'",
    "SELECT concat_ws(' ', a.name) FROM ecosystem_actor a JOIN ecosystem_ecosystem e"
    " ON e.id = a.ecosystem_id WHERE e.status = 'published'",
    "SELECT concat_ws(' ', f.name) FROM ecosystem_factor f JOIN ecosystem_ecosystem e"
    " ON e.id = f.ecosystem_id WHERE e.status = 'published'",
    "SELECT concat_ws(' ', title, summary) FROM lessons_meeting WHERE is_published",
    "SELECT s.text FROM lessons_statement s JOIN lessons_meeting m ON m.id = s.meeting_id"
    " WHERE m.is_published",
]


def rebuild_vocabulary() -> int:
    """Replace the vocabulary by the words of all public content; returns its size."""
    if connection.vendor != "postgresql":
        return 0
    from duurzaamdoor.models import SearchTerm

    SearchTerm.objects.all().delete()
    with connection.cursor() as cursor:
        for source in _VOCABULARY_SOURCES:
            # ts_stat with the 'simple' configuration lists the distinct words, unstemmed.
            cursor.execute(
                "INSERT INTO duurzaamdoor_searchterm (word) "
                "SELECT left(word, 60) FROM ts_stat(%s) "
                "WHERE length(word) >= %s AND word ~ '^[[:alpha:]]+$' "
                "ON CONFLICT (word) DO NOTHING",
                [_as_vectors(source), MIN_WORD_LENGTH],
            )
    return SearchTerm.objects.count()


def _as_vectors(source: str) -> str:
    """Turn "SELECT <text> FROM …" into "SELECT to_tsvector('simple', <text>) FROM …"."""
    select, rest = source.split(" FROM ", 1)
    expression = select.removeprefix("SELECT ")
    # Built only from the constant sources above, never from input.
    return f"SELECT to_tsvector('simple', coalesce({expression}, '')) FROM {rest}"  # noqa: S608

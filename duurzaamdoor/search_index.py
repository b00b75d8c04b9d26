"""What is searchable, and keeping it current.

Every searchable type stores a weighted ``dutch`` search vector (GIN-indexed on Postgres):
the title weighs most (A), then the main text (B), then the rest (C). Only what the public
may see goes in: never private notes, never contact data, and the search itself only
looks at published items.

Beside the vectors there is a vocabulary (``SearchTerm``): the words of public content, for
"Bedoelde je …?" suggestions (pg_trgm on Postgres). On SQLite, which has no full-text
search, the stored "vector" is the text of the roots of the same words
(:func:`duurzaamdoor.search_words.index_text`, a function of each SQLite connection), so
that search and suggestions work the same way there, unranked.
"""

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.contrib.postgres.search import SearchVector
from django.db import connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    Aggregate,
    Expression,
    Func,
    OuterRef,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Coalesce

from duurzaamdoor.search_words import distance, index_text

SEARCH_CONFIG = "dutch"
MIN_WORD_LENGTH = 4
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")


def uses_postgres(queryset: QuerySet | None = None) -> bool:
    alias = queryset.db if queryset is not None else "default"
    return connections[alias].vendor == "postgresql"


def register_functions(connection: BaseDatabaseWrapper, **kwargs) -> None:
    """Give an SQLite connection the functions search needs (a connection_created receiver):
    ``kb_index_text`` makes the stored search text, ``concat_ws`` (built in from SQLite 3.44
    on) joins the public text of a row for the vocabulary, ``kb_distance`` compares words."""
    if connection.vendor != "sqlite" or connection.connection is None:
        return
    raw = connection.connection
    raw.create_function("kb_index_text", -1, index_text, deterministic=True)
    raw.create_function("concat_ws", -1, _concat_ws, deterministic=True)
    raw.create_function("kb_distance", 2, distance, deterministic=True)


def _concat_ws(separator: str, *texts: str | None) -> str:
    return separator.join(str(text) for text in texts if text is not None)


class _JoinedWords(Aggregate):
    """The texts of a group, joined by spaces (GROUP_CONCAT on SQLite)."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ' ')"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def joined_text(model, link: str, field: str) -> Coalesce:
    """The ``field`` of all ``model`` rows pointing here through ``link``, as one text."""
    rows = (
        model.objects.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(text=_JoinedWords(field))
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
    """Recompute the stored vector of every row in ``queryset``, in one statement.

    On SQLite the "vector" is the roots of the words of the same parts, unweighted."""
    if uses_postgres(queryset):
        return queryset.update(search_vector=weighted_vector(*parts))
    texts = Func(*(part for part, _weight in parts), function="kb_index_text")
    return queryset.update(search_vector=texts)


def add_words(*texts: str) -> None:
    """Remember the words of public text, for suggestions."""
    from duurzaamdoor.models import SearchTerm

    words = words_of(*texts)
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word[:60]) for word in words], ignore_conflicts=True, batch_size=1000
        )


def words_of(*texts: str) -> set[str]:
    """The words of ``texts`` as the vocabulary holds them (lower case, long enough)."""
    return {word.lower()[:60] for text in texts if text for word in _WORD.findall(text)}


@dataclass(frozen=True)
class _Source:
    """Public text of one table: ``SELECT text FROM rows``, and the stored vector of the
    same rows (``dutch``, GIN-indexed) that holds a stem of every word of that text."""

    text: str
    rows: str
    vector: str | None = None

    def sql(self) -> str:
        return f"SELECT {self.text} FROM {self.rows}"  # noqa: S608 - constants only


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


_FORGET = "forget"  # in the pending updates: words whose text may have left the public


def forget_words_later(words: Iterable[str]) -> bool:
    """While updates are deferred, note words to check at :func:`apply_deferred` instead
    of now (and say so); else do nothing."""
    pending = _deferred.get()
    if pending is None:
        return False
    pending.setdefault(_FORGET, set()).update(words)
    return True


def deferring() -> bool:
    """Whether search updates are being deferred (a bulk write is under way)."""
    return _deferred.get() is not None


class SearchableQuerySet(QuerySet):
    """The queryset of a model whose public text feeds search and the vocabulary.

    Deleting many rows at once (the admin's "delete selected", a purge) checks the words
    they leave behind once for all rows, at the end and in the same transaction, instead
    of once per row: per row, every check reads all public text again.
    """

    def delete(self):
        if deferring():  # inside a larger bulk write, which applies everything at its end
            return super().delete()
        with transaction.atomic(using=self.db), deferred_updates() as pending:
            deleted = super().delete()
            apply_deferred(pending)
        return deleted

    delete.alters_data = True
    delete.queryset_only = True


def apply_deferred(pending: dict) -> None:
    """The search vectors, and the vocabulary of what is public, of the rows noted; then
    the words that may have left the public (checked against the updated vectors)."""
    forget = pending.get(_FORGET, set())
    for model, pks in pending.items():
        if model == _FORGET:
            continue
        rows = model.objects.filter(pk__in=pks)
        rows.update_search_vector()
        public_words = getattr(rows, "public_words", None)
        if public_words is not None:
            add_words(*public_words())
    forget_words(forget)


# Public text per table, for rebuilding the vocabulary in one SQL statement each.
_VOCABULARY_SOURCES = [
    _Source("concat_ws(' ', title, lead, body)", "lessons_lesson WHERE status = 'published'",
            "search_vector"),
    _Source("t.name", "lessons_themetag t WHERE true"),
    _Source("concat_ws(' ', public_title, public_summary, insights)",
            "cases_case WHERE is_public", "search_vector"),
    _Source("concat_ws(' ', title, task, new_reality)",
            "ecosystem_ecosystem WHERE status = 'published'", "search_vector"),
    _Source("a.name", "ecosystem_actor a JOIN ecosystem_ecosystem e ON e.id = a.ecosystem_id"
            " WHERE e.status = 'published'", "e.search_vector"),
    _Source("f.name", "ecosystem_factor f JOIN ecosystem_ecosystem e ON e.id = f.ecosystem_id"
            " WHERE e.status = 'published'", "e.search_vector"),
    _Source("concat_ws(' ', title, summary)", "meetings_meeting WHERE is_published",
            "search_vector"),
    _Source("s.text", "meetings_statement s JOIN meetings_meeting m ON m.id = s.meeting_id"
            " WHERE m.is_published", "m.search_vector"),
]  # fmt: skip


def rebuild_vocabulary() -> int:
    """Replace the vocabulary by the words of all public content; returns its size."""
    from duurzaamdoor.models import SearchTerm

    SearchTerm.objects.all().delete()
    if connection.vendor != "postgresql":  # the development database: through Python
        with connection.cursor() as cursor:
            for source in _VOCABULARY_SOURCES:
                cursor.execute(source.sql())
                while rows := cursor.fetchmany(1000):
                    add_words(*(text for (text,) in rows))
        return SearchTerm.objects.count()
    with connection.cursor() as cursor:
        for source in _VOCABULARY_SOURCES:
            # ts_stat with the 'simple' configuration lists the distinct words, unstemmed.
            cursor.execute(
                "INSERT INTO duurzaamdoor_searchterm (word) "
                "SELECT left(word, 60) FROM ts_stat(%s) "
                "WHERE length(word) >= %s AND word ~ '^[[:alpha:]]+$' "
                "ON CONFLICT (word) DO NOTHING",
                [_as_vectors(source.sql()), MIN_WORD_LENGTH],
            )
    return SearchTerm.objects.count()


def forget_words(words: Iterable[str]) -> int:
    """Remove those of ``words`` that no public content contains any more.

    For text that left the public (unpublished, deleted, edited): cheaper than a rebuild,
    because the stored vectors find the few rows that may still hold a word. Runs in the
    caller's transaction, so that it stands or falls with the change. Returns the number
    of words removed.
    """
    words = sorted({word.lower()[:60] for word in words if word})
    if not words:
        return 0
    from duurzaamdoor.models import SearchTerm

    if connection.vendor == "postgresql":
        still_public = _still_public(words)
    else:
        still_public = _still_public_sqlite(words)
    gone = [word for word in words if word not in still_public]
    if gone:
        SearchTerm.objects.filter(word__in=gone).delete()
    return len(gone)


def _still_public(words: list[str]) -> set[str]:
    # A stop word has no stem to look for; it is kept (it is in nearly every text).
    queries = [
        (
            "SELECT w FROM unnest(%s::text[]) AS w WHERE numnode(plainto_tsquery(%s, w)) = 0",
            [words, SEARCH_CONFIG],
        )
    ]
    for source in _VOCABULARY_SOURCES:
        stems = f"{source.vector} @@ plainto_tsquery(%s, w) AND " if source.vector else ""
        # Built only from the constant sources above, never from input.
        sql = (
            f"SELECT w FROM unnest(%s::text[]) AS w WHERE EXISTS (SELECT 1 FROM {source.rows} "  # noqa: S608
            f"AND {stems}to_tsvector('simple', coalesce({source.text}, '')) "
            "@@ plainto_tsquery('simple', w))"
        )
        queries.append((sql, [words, SEARCH_CONFIG] if source.vector else [words]))
    still_public = set()
    with connection.cursor() as cursor:
        for sql, params in queries:
            cursor.execute(sql, params)
            still_public.update(row[0] for row in cursor.fetchall())
    return still_public


_LIKES_PER_QUERY = 500


def _still_public_sqlite(words: list[str]) -> set[str]:
    """Which of ``words`` public text still holds, on SQLite: the public rows whose text
    contains one of them are read, and their words compared (one query per source and
    500 words)."""
    wanted, still_public = set(words), set()
    with connection.cursor() as cursor:
        for source in _VOCABULARY_SOURCES:
            for start in range(0, len(words), _LIKES_PER_QUERY):
                chunk = words[start : start + _LIKES_PER_QUERY]
                likes = " OR ".join([f"{source.text} LIKE %s"] * len(chunk))
                # Built only from the constant sources above; the words are parameters.
                cursor.execute(f"{source.sql()} AND ({likes})", [f"%{word}%" for word in chunk])
                for (text,) in cursor.fetchall():
                    still_public |= words_of(text) & wanted
    return still_public


def _as_vectors(source: str) -> str:
    """Turn "SELECT <text> FROM …" into "SELECT to_tsvector('simple', <text>) FROM …"."""
    select, rest = source.split(" FROM ", 1)
    expression = select.removeprefix("SELECT ")
    # Built only from the constant sources above, never from input.
    return f"SELECT to_tsvector('simple', coalesce({expression}, '')) FROM {rest}"  # noqa: S608

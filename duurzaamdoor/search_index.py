"""The stored search data of every searchable type, and keeping it current.

Every type declared searchable (:mod:`duurzaamdoor.searchable`) stores a weighted
``dutch`` search vector of its declared texts (GIN-indexed on Postgres). Only what the
public may see is declared: never private notes, never contact data, and the search itself
only looks at public items.

Beside the vectors there is a vocabulary (``SearchTerm``): the words of the declared texts
of public items, for "Bedoelde je …?" suggestions (pg_trgm on Postgres). The receivers
(:mod:`duurzaamdoor.search_receivers`) add the words of public text as it is saved and
forget those that leave the public (:func:`forget_words`); :func:`rebuild_vocabulary` makes
it anew from the same declarations. On SQLite, which has no full-text search, the stored
"vector" is the text of the roots of the same words
(:func:`duurzaamdoor.search_words.index_text`, a function of each SQLite connection), so
that search and suggestions work the same way there, unranked.
"""

import operator
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import reduce

from django.contrib.postgres.search import SearchVector
from django.db import connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    Aggregate,
    Expression,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Coalesce

from duurzaamdoor.models import SearchTerm
from duurzaamdoor.search_words import PLAIN_CONFIG, SEARCH_CONFIG, distance, index_text
from duurzaamdoor.searchable import Searchable, of, registered

# The words of the vocabulary: of letters only, this long at least; cut to what it keeps.
MIN_WORD_LENGTH = 4
MAX_WORD_LENGTH = SearchTerm._meta.get_field("word").max_length
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


# --- the vectors ---------------------------------------------------------------------


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
        model._default_manager.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(text=_JoinedWords(field))
        .values("text")
    )
    return Coalesce(Subquery(rows), Value(""), output_field=TextField())


def vector_parts(declaration: Searchable) -> list[tuple[str | Expression, str]]:
    """Each declared text of a type, as a field or an expression, with its weight."""
    parts: list[tuple[str | Expression, str]] = []
    for text in declaration.texts:
        if text.related:
            related = declaration.related[text.path]
            parts.append((joined_text(related.rows, related.link, related.text), text.weight))
        else:
            parts.append((text.path, text.weight))
    return parts


def weighted_vector(*parts: tuple[str | Expression, str]) -> SearchVector:
    """SearchVector("title", weight="A") + … for (field or expression, weight) pairs."""
    vectors = [SearchVector(part, weight=weight, config=SEARCH_CONFIG) for part, weight in parts]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def update_vectors(queryset: QuerySet) -> int:
    """Recompute the stored vector of every row in ``queryset``, in one statement.

    On SQLite the "vector" is the roots of the words of the same texts, unweighted."""
    parts = vector_parts(of(queryset.model))
    if uses_postgres(queryset):
        return queryset.update(search_vector=weighted_vector(*parts))
    texts = Func(*(part for part, _weight in parts), function="kb_index_text")
    return queryset.update(search_vector=texts)


# --- deferring updates in a bulk write -----------------------------------------------

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
    """The queryset of a model declared searchable: its public text feeds search and the
    vocabulary.

    Deleting many rows at once (the admin's "delete selected", a purge) checks the words
    they leave behind once for all rows, at the end and in the same transaction, instead
    of once per row: per row, every check reads all public text again.
    """

    def update_search_vector(self) -> int:
        """Recompute the stored search vector of these rows from their declared texts."""
        return update_vectors(self)

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
        rows = model._default_manager.filter(pk__in=pks)
        rows.update_search_vector()
        add_words(*public_texts(rows))
    forget_words(forget)


# --- the vocabulary ------------------------------------------------------------------


def add_words(*texts: str | None) -> None:
    """Remember the words of public text, for suggestions."""
    words = words_of(*texts)
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word) for word in words], ignore_conflicts=True, batch_size=1000
        )


def words_of(*texts: str | None) -> set[str]:
    """The words of ``texts`` as the vocabulary holds them (lower case, long enough)."""
    return {
        word.lower()[:MAX_WORD_LENGTH] for text in texts if text for word in _WORD.findall(text)
    }


def public_texts(rows: QuerySet) -> list[str]:
    """The declared texts of the public ones of ``rows``: what goes into the vocabulary
    (what the receivers add one row at a time)."""
    declaration = of(rows.model)
    public = rows.filter(**declaration.public).order_by()
    texts = [text for row in public.values_list(*declaration.own_fields) for text in row]
    for path in declaration.related:
        texts += public.values_list(path, flat=True).distinct()
    return [text for text in texts if text]


def _sources() -> list[QuerySet]:
    """The public text of every type, as rows of ``kb_text`` with the ``search_vector`` of
    the item it belongs to: per type its own texts joined in one, then each related text."""
    sources = []
    for declaration in registered():
        rows = declaration.public_rows().order_by()
        fields = declaration.own_fields
        texts = [Func(Value(" "), *fields, function="concat_ws", output_field=TextField())]
        texts += [F(path) for path in declaration.related]
        sources += [
            rows.annotate(kb_text=text).values("kb_text", "search_vector") for text in texts
        ]
    return sources


def rebuild_vocabulary() -> int:
    """Replace the vocabulary by the words of all public content; returns its size."""
    SearchTerm.objects.all().delete()
    if not uses_postgres():  # the development database: through Python
        for source in _sources():
            texts: list[str] = []
            for text in source.values_list("kb_text", flat=True).iterator(chunk_size=1000):
                texts.append(text)
                if len(texts) == 1000:
                    add_words(*texts)
                    texts = []
            add_words(*texts)
        return SearchTerm.objects.count()
    with connection.cursor() as cursor:
        for source in _sources():
            rows, params = source.values("kb_text").query.sql_with_params()
            # The distinct words of the text, unstemmed (the 'simple' configuration). The
            # rows are the ORM's SQL of a declared queryset; values are parameters.
            sql = (
                "INSERT INTO duurzaamdoor_searchterm (word) SELECT DISTINCT left(kb_word, %s) "  # noqa: S608
                f"FROM ({rows}) AS kb_rows, unnest(tsvector_to_array("
                "to_tsvector(%s, coalesce(kb_rows.kb_text, '')))) AS kb_word "
                "WHERE length(kb_word) >= %s AND kb_word ~ '^[[:alpha:]]+$' "
                "ON CONFLICT (word) DO NOTHING"
            )
            cursor.execute(sql, [MAX_WORD_LENGTH, *params, PLAIN_CONFIG, MIN_WORD_LENGTH])
    return SearchTerm.objects.count()


def forget_words(words: Iterable[str]) -> int:
    """Remove those of ``words`` that no public content contains any more.

    For text that left the public (unpublished, deleted, edited): cheaper than a rebuild,
    because the stored vectors find the few rows that may still hold a word. Runs in the
    caller's transaction, so that it stands or falls with the change. Returns the number
    of words removed.
    """
    words = sorted({word.lower()[:MAX_WORD_LENGTH] for word in words if word})
    if not words:
        return 0
    still_public = _still_public(words) if uses_postgres() else _still_public_sqlite(words)
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
    for source in _sources():
        rows, params = source.query.sql_with_params()
        # The stored vector finds the rows that may hold the word; their text tells. The
        # rows are the ORM's SQL of a declared queryset; values are parameters.
        query = (
            "SELECT w FROM unnest(%s::text[]) AS w WHERE EXISTS "  # noqa: S608
            f"(SELECT 1 FROM ({rows}) AS kb_rows "
            "WHERE kb_rows.search_vector @@ plainto_tsquery(%s, w) "
            "AND to_tsvector(%s, coalesce(kb_rows.kb_text, '')) @@ plainto_tsquery(%s, w))"
        )
        queries.append((query, [words, *params, SEARCH_CONFIG, PLAIN_CONFIG, PLAIN_CONFIG]))
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
    for source in _sources():
        for start in range(0, len(words), _LIKES_PER_QUERY):
            chunk = words[start : start + _LIKES_PER_QUERY]
            holding = reduce(operator.or_, (Q(kb_text__contains=word) for word in chunk))
            for text in source.filter(holding).values_list("kb_text", flat=True):
                still_public |= words_of(text) & wanted
    return still_public

"""The one text search of the knowledge base: a queryset filtered and ranked, its snippets,
one search over every searchable type, and "Bedoelde je …?".

A query is read once (:func:`duurzaamdoor.search_query.parse`). On Postgres it becomes a
tsquery of roots over a stored, weighted ``dutch`` search vector, and the results are
ranked. On SQLite, the zero-setup development database, the same roots are matched in the
stored text of roots that :mod:`duurzaamdoor.search_index` keeps there, unranked. The
types searched, and how a hit shows, are declared by their apps
(:mod:`duurzaamdoor.searchable`).

Snippets are made in Python, for the shown page only: the text is escaped first and the
matched words are then wrapped in ``<mark>``.
"""

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchRank, TrigramSimilarity
from django.core.paginator import Page
from django.db import connections
from django.db.models import CharField, F, FloatField, Func, IntegerField, QuerySet, Value
from django.db.models.functions import Length
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from duurzaamdoor.caching import page_of
from duurzaamdoor.models import SearchTerm
from duurzaamdoor.paginators import ListPaginator
from duurzaamdoor.search_index import MIN_WORD_LENGTH, uses_postgres
from duurzaamdoor.search_query import MAX_SUGGESTED_WORDS, ParsedQuery, as_tsquery, parse
from duurzaamdoor.search_words import is_close, normalise
from duurzaamdoor.searchable import Searchable, registered

_SPLIT_WORDS = re.compile(r"([^\W_]+)")


def search(queryset: QuerySet, text: "str | ParsedQuery") -> QuerySet:
    """Filter ``queryset`` to what matches ``text`` (or a query parsed already, to know
    whether it was shortened), best match first.

    The model needs a ``search_vector`` field, kept current by its queryset's
    ``update_search_vector`` (see :mod:`duurzaamdoor.search_index`).
    """
    parsed = parse(text)
    if not parsed:
        return queryset.none()
    if uses_postgres(queryset):
        query = as_tsquery(parsed)
        return (
            queryset.filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            # Then the list's own order: ties between equal ranks stay put between pages.
            .order_by("-rank", *(queryset.query.order_by or queryset.model._meta.ordering))
        )
    return queryset.filter(parsed.condition())


def _word_matches(token: str, roots: list[str]) -> bool:
    # As the search does: "grondstof" marks "grondstoffen" and vice versa.
    root = normalise(token)
    return bool(root) and any(root.startswith(wanted) for wanted in roots)


def highlight(text: str, query: str | ParsedQuery, *, max_words: int = 40) -> SafeString:
    """An escaped excerpt of ``text`` around the first match, matches in ``<mark>``."""
    parsed = parse(query) if isinstance(query, str) else query
    words = parsed.roots
    tokens = _SPLIT_WORDS.split(text)  # words at the odd positions
    word_positions = range(1, len(tokens), 2)
    if not word_positions:
        return escape(text.strip())
    first_match = next(
        (n for n, i in enumerate(word_positions) if _word_matches(tokens[i], words)), 0
    )
    first_word = max(0, first_match - max_words // 4)
    last_word = min(len(word_positions), first_word + max_words) - 1
    start = word_positions[first_word] if first_word else 0
    end = word_positions[last_word] + 1 if last_word < len(word_positions) - 1 else len(tokens)

    pieces = ["… "] if first_word else []
    plain: list[str] = []  # text between matches, escaped in one go
    for i in range(start, end):
        if i % 2 and _word_matches(tokens[i], words):
            pieces.append(html.escape("".join(plain)))
            pieces.append(f"<mark>{html.escape(tokens[i])}</mark>")
            plain = []
        else:
            plain.append(tokens[i])
    pieces.append(html.escape("".join(plain)))
    if end < len(tokens):
        pieces.append(" …")
    return mark_safe("".join(pieces).strip())  # noqa: S308 - every piece is escaped above


# --- One search over everything ------------------------------------------------------

RESULTS_PER_PAGE = 20
SUGGEST_BELOW = 3  # offer "Bedoelde je …?" when fewer results than this


class Recency(Func):
    """A factor between 1 and 1.25: recent items rank slightly above old ones."""

    template = (
        "(1 + 0.25 / (1 + GREATEST(EXTRACT(EPOCH FROM (NOW() - %(expressions)s)), 0) / 31536000.0))"
    )
    output_field = FloatField()


def _kinds() -> dict[str, Searchable]:
    return {declaration.code: declaration for declaration in registered()}


@dataclass
class Hit:
    kind: Searchable
    item: object
    snippet: SafeString

    @property
    def title(self) -> str:
        return self.kind.title(self.item)


@dataclass
class SiteResults:
    query: str
    kinds: dict[str, Searchable]
    counts: dict[str, int]
    kind: str | None
    page: Page
    suggestion: str | None = None
    notice: str = ""  # the query was shortened (ParsedQuery.notice)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _matches(kind: Searchable, parsed: ParsedQuery, tsquery) -> QuerySet:
    queryset = kind.public_rows().order_by()
    if tsquery is not None:
        return queryset.filter(search_vector=tsquery).annotate(
            rank=SearchRank(F("search_vector"), tsquery) * Recency(F(kind.date_field))
        )
    return queryset.filter(parsed.condition()).annotate(rank=Value(0.0, output_field=FloatField()))


def site_search(
    text: "str | ParsedQuery", *, kind: str | None = None, page: int | str = 1
) -> SiteResults:
    """Published lessons, public cases, published maps and meetings, best match first.

    Queries: one for the page with the counts of every type beside it, and one per type on
    the page. Each type's matches are found once.
    """
    kinds = _kinds()
    kind = kind if kind in kinds else None
    parsed = parse(text)
    tsquery = None
    if parsed and uses_postgres(next(iter(kinds.values())).public_rows()):
        tsquery = as_tsquery(parsed)
    counts = dict.fromkeys(kinds, 0)
    rows: list = []
    number = _page_number(page)
    if parsed:
        ranked = _ranked(kinds, parsed, tsquery)
        rows, found = _page_with_counts(ranked, list(kinds), kind, number)
        counts.update(found)
    total = counts[kind] if kind else sum(counts.values())
    paginator = ListPaginator([], RESULTS_PER_PAGE, count=total)  # counted already
    shown = page_of(paginator, str(number)).number
    if shown != number and parsed:  # past the last page: show the last one
        rows, _found = _page_with_counts(ranked, list(kinds), kind, shown)
    result_page = Page(_hits(rows, kinds, parsed), shown, paginator)
    suggestion = suggest(parsed) if total < SUGGEST_BELOW else None
    return SiteResults(text, kinds, counts, kind, result_page, suggestion, parsed.notice)


def _page_number(page: int | str) -> int:
    try:
        return max(1, int(page))
    except (TypeError, ValueError):
        return 1


def _ranked(kinds: dict[str, Searchable], parsed: ParsedQuery, tsquery) -> QuerySet:
    """Every match of every type, with its type, rank and date, as one union."""
    parts = [
        _matches(candidate, parsed, tsquery)
        .annotate(
            ident=F("pk"),
            result_kind=Value(code, output_field=CharField()),
            sort_date=F(candidate.date_field),
        )
        .values_list("ident", "result_kind", "rank", "sort_date")
        for code, candidate in kinds.items()
    ]
    return parts[0].union(*parts[1:], all=True)


def _page_with_counts(ranked: QuerySet, codes: list[str], kind: str | None, number: int):
    """The rows of one page (of ``kind``, or of all types), and the number of matches of
    every type, in one query (the matches found once, counted and paged)."""
    connection = connections[ranked.db]
    sql, params = ranked.query.get_compiler(using=ranked.db).as_sql()
    quote = connection.ops.quote_name
    kind_column = quote("result_kind")
    # The type codes are constants of the types' declarations, never input.
    sums = ", ".join(
        f"SUM(CASE WHEN {kind_column} = '{code}' THEN 1 ELSE 0 END) AS {quote('n_' + code)}"
        for code in codes
    )
    wanted = "" if kind is None else f"WHERE {kind_column} = %s"
    page_sql = (
        f"WITH kb_matches AS ({sql}), "  # noqa: S608
        f"kb_counts AS (SELECT {sums} FROM kb_matches), "
        f"kb_page AS (SELECT * FROM kb_matches {wanted} ORDER BY {quote('rank')} DESC, "
        f"{quote('sort_date')} DESC, {quote('ident')} LIMIT %s OFFSET %s) "
        "SELECT kb_page.*, kb_counts.* FROM kb_counts LEFT JOIN kb_page ON 1 = 1"
    )
    arguments = [*params, *([kind] if kind else []), RESULTS_PER_PAGE,
                 (number - 1) * RESULTS_PER_PAGE]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(page_sql, arguments)
        fetched = cursor.fetchall()
    counts = dict(zip(codes, (int(n or 0) for n in fetched[0][4:]), strict=True))
    return [row[:4] for row in fetched if row[0] is not None], counts


def _hits(rows: list, kinds: dict[str, Searchable], parsed: ParsedQuery) -> list[Hit]:
    wanted: dict[str, list[int]] = {}
    for ident, code, _rank, _date in rows:
        wanted.setdefault(code, []).append(ident)
    items = {}
    for code, idents in wanted.items():
        queryset = kinds[code].public_rows().filter(pk__in=idents)
        if kinds[code].prefetch:
            queryset = queryset.prefetch_related(*kinds[code].prefetch)
        items.update({(code, item.pk): item for item in queryset})
    hits = []
    for ident, code, _rank, _date in rows:
        item = items.get((code, ident))
        if item is not None:
            kind = kinds[code]
            hits.append(Hit(kind, item, highlight(kind.snippet(item), parsed)))
    return hits


def suggest(parsed: ParsedQuery) -> str | None:
    """The query with each unknown word replaced by a close known one, if any changed.

    Known words are the words of public content (the vocabulary), so a suggestion is a
    real word that is found. One query finds which words are known; only the first
    MAX_SUGGESTED_WORDS unknown words (of four letters or more) get a lookup, the others
    stay as typed. A word is only offered when it is close (:func:`is_close`).
    """
    words = parsed.words
    candidates = {word for word in words if len(word) >= MIN_WORD_LENGTH}
    known = set(SearchTerm.objects.filter(word__in=candidates).values_list("word", flat=True))
    unknown = [word for word in dict.fromkeys(words) if word in candidates - known]
    replacements = {}
    for word in unknown[:MAX_SUGGESTED_WORDS]:
        closest = next((near for near in _near_words(word) if is_close(word, near)), None)
        if closest:
            replacements[word] = closest
    if not replacements:
        return None
    return parsed.with_words(replacements)


NEAR_WORDS = 10  # the nearest words of the vocabulary looked at for one unknown word


def _near_words(word: str) -> list[str]:
    """The known words nearest to ``word``, nearest first, in one query: by trigram
    similarity (pg_trgm) on Postgres, by letters changed among the words of about the same
    length on SQLite (the vocabulary of a development database is small)."""
    if uses_postgres(SearchTerm.objects.all()):
        nearest = (
            SearchTerm.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
        )
    else:
        changed = Func(F("word"), Value(word), function="kb_distance", output_field=IntegerField())
        nearest = (
            SearchTerm.objects.annotate(length=Length("word"), changed=changed)
            .filter(length__range=(len(word) - 2, len(word) + 2), changed__lte=2)
            .order_by("changed", "word")
        )
    return list(nearest.values_list("word", flat=True)[:NEAR_WORDS])


def kind_choices() -> list[tuple[str, str]]:
    """The types of content a site search can be narrowed to (``soort``), with their names."""
    return [(code, kind.plural) for code, kind in _kinds().items()]

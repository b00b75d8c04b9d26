"""The one text search of the knowledge base.

A query is parsed once, in the spirit of web search: words (all must match), "quoted
phrases", ``-excluded`` words and ``or`` between alternatives. On Postgres the query
becomes a ``dutch`` tsquery over a stored, weighted search vector, with every word
matched as a prefix (the Dutch stemmer keeps "grondstoffen" and "grondstof" apart), and
the results are ranked. On SQLite, the zero-setup development database, the same query
falls back to case-insensitive substring matching over the same fields, unranked.

Snippets are made in Python, for the shown page only: the text is escaped first and the
matched words are then wrapped in ``<mark>``.
"""

import html
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramSimilarity
from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models import CharField, Count, F, FloatField, Func, Q, QuerySet, Value
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.caching import page_of

SEARCH_CONFIG = "dutch"
# The bounds of one query, for every entry point (/zoeken/, /lessen/?q=): its length in
# characters, the words it searches for (each word is a prefix lookup in the index; the
# rest is dropped and the page says so) and the unknown words for which "Bedoelde u …?"
# looks for a known one (one trigram lookup each). Whatever a visitor types, a query costs
# at most this much.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_SUGGESTED_WORDS = 3
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_SPLIT_WORDS = re.compile(r"(\w+)")


@dataclass(frozen=True)
class Term:
    """A word, or a phrase of several words that must appear in this order."""

    words: tuple[str, ...]

    def tsquery(self) -> str:
        if len(self.words) == 1:
            return f"{self.words[0]}:*"
        return "(" + " <-> ".join(self.words) + ")"


@dataclass
class ParsedQuery:
    # Every clause must match; a clause matches when one of its terms does.
    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    # Words were dropped to stay within MAX_TERMS.
    shortened: bool = False

    def __bool__(self) -> bool:
        return bool(self.clauses)

    @property
    def notice(self) -> str:
        """What a results page says when the query was cut, or ""."""
        if not self.shortened:
            return ""
        return _("Je zoekopdracht is ingekort tot de eerste %(count)d woorden.") % {
            "count": MAX_TERMS
        }

    @property
    def words(self) -> list[str]:
        """The words to look for (not the excluded ones), for highlighting."""
        return [word for clause in self.clauses for term in clause for word in term.words]

    def tsquery(self) -> str:
        """Text for Postgres ``to_tsquery``; built from \\w+ words only, so always valid."""
        parts = [
            "(" + " | ".join(term.tsquery() for term in clause) + ")" for clause in self.clauses
        ]
        parts += [f"!{term.tsquery()}" for term in self.excluded]
        return " & ".join(parts)


def parse(text: str | ParsedQuery) -> ParsedQuery:
    """The query in ``text``, cut to MAX_QUERY_LENGTH characters and MAX_TERMS words
    (searched for or excluded; each word of a phrase counts), in the order typed."""
    if isinstance(text, ParsedQuery):
        return text
    parsed = ParsedQuery()
    budget = MAX_TERMS
    join_next = False
    for match in _TOKEN.finditer(text[:MAX_QUERY_LENGTH]):
        negated_phrase, phrase, bare = match.groups()
        negated = bool(negated_phrase)
        raw = phrase if phrase is not None else bare
        if phrase is None and raw.lower() == "or" and parsed.clauses:
            join_next = True
            continue
        if phrase is None and raw.startswith("-") and len(raw) > 1:
            negated, raw = True, raw[1:]
        words = tuple(word.lower() for word in _WORD.findall(raw))
        if not words:
            continue
        if len(words) > budget:
            parsed.shortened = True
            words = words[:budget]
            if not words:
                break
        budget -= len(words)
        term = Term(words)
        if negated:
            parsed.excluded.append(term)
        elif join_next:
            parsed.clauses[-1].append(term)
        else:
            parsed.clauses.append([term])
        join_next = False
    return parsed


def is_postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def search(
    queryset: QuerySet, text: "str | ParsedQuery", *, fallback_fields: list[str]
) -> QuerySet:
    """Filter ``queryset`` to what matches ``text`` (or a query parsed already, to know
    whether it was shortened), best match first.

    The model needs a ``search_vector`` field (kept current on Postgres).
    ``fallback_fields`` are the lookups matched on other databases, for example
    ``["title", "lead", "body", "themes__name"]``.
    """
    parsed = parse(text)
    if not parsed:
        return queryset.none()
    if is_postgres(queryset):
        query = SearchQuery(parsed.tsquery(), search_type="raw", config=SEARCH_CONFIG)
        return (
            queryset.filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            # Then the list's own order: ties between equal ranks stay put between pages.
            .order_by("-rank", *(queryset.query.order_by or queryset.model._meta.ordering))
        )
    return _fallback_search(queryset, parsed, fallback_fields)


def _fallback_search(queryset: QuerySet, parsed: ParsedQuery, fields: list[str]) -> QuerySet:
    def term_matches(term: Term) -> Q:
        phrase = " ".join(term.words)
        return Q.create([(f"{name}__icontains", phrase) for name in fields], connector=Q.OR)

    condition = Q()
    for clause in parsed.clauses:
        condition &= Q.create([term_matches(term) for term in clause], connector=Q.OR)
    for term in parsed.excluded:
        condition &= ~term_matches(term)
    # Lookups across to-many relations would repeat rows; match by primary key instead.
    matching = queryset.model._default_manager.filter(condition).values("pk")
    return queryset.filter(pk__in=matching)


def _word_matches(token: str, words: list[str]) -> bool:
    # Either may be the longer form: "grondstof" marks "grondstoffen" and vice versa.
    token = token.lower()
    return any(
        token.startswith(word) or (len(token) >= 4 and word.startswith(token)) for word in words
    )


def highlight(text: str, query: str | ParsedQuery, *, max_words: int = 40) -> SafeString:
    """An escaped excerpt of ``text`` around the first match, matches in ``<mark>``."""
    parsed = parse(query) if isinstance(query, str) else query
    words = parsed.words
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
SUGGEST_BELOW = 3  # offer "Bedoelde u …?" when fewer results than this


class Recency(Func):
    """A factor between 1 and 1.25: recent items rank slightly above old ones."""

    template = (
        "(1 + 0.25 / (1 + GREATEST(EXTRACT(EPOCH FROM (NOW() - %(expressions)s)), 0) / 31536000.0))"
    )
    output_field = FloatField()


@dataclass(frozen=True)
class Kind:
    """One type of content in the site search."""

    code: str
    label: str
    plural: str
    queryset: Callable[[], QuerySet]
    date_field: str
    fallback_fields: list[str]
    snippet: Callable[[object], str]
    prefetch: tuple[str, ...] = ()
    # The heading of a hit: what the item's public page calls it.
    title: Callable[[object], str] = operator.attrgetter("title")


def _meeting_text(meeting) -> str:
    return " ".join([meeting.summary, *(statement.text for statement in meeting.statements.all())])


def _kinds() -> dict[str, Kind]:
    from cases.models import Case
    from ecosystem.models import Ecosystem
    from lessons.models import Lesson, Meeting

    kinds = [
        Kind("lessen", _("Les"), _("Lessen"), lambda: Lesson.objects.published(),
             "published_at", ["title", "lead", "body", "themes__name"],
             lambda lesson: lesson.search_text),
        Kind("cases", _("Praktijkcase"), _("Praktijkcases"), lambda: Case.objects.public(),
             "submitted_at", ["public_title", "public_summary", "insights"],
             lambda case: f"{case.public_summary} {case.insights}",
             title=operator.attrgetter("public_title")),
        Kind("kaarten", _("Ecosysteemkaart"), _("Ecosysteemkaarten"),
             lambda: Ecosystem.objects.published(), "published_at",
             ["title", "task", "new_reality", "actors__name", "factors__name"],
             lambda ecosystem: f"{ecosystem.task} {ecosystem.new_reality}"),
        Kind("bijeenkomsten", _("Bijeenkomst"), _("Bijeenkomsten"),
             lambda: Meeting.objects.published(), "starts_at",
             ["title", "summary", "statements__text"],
             _meeting_text,
             prefetch=("statements",)),
    ]  # fmt: skip
    return {kind.code: kind for kind in kinds}


@dataclass
class Hit:
    kind: Kind
    item: object
    snippet: SafeString

    @property
    def title(self) -> str:
        return self.kind.title(self.item)


@dataclass
class SiteResults:
    query: str
    kinds: dict[str, Kind]
    counts: dict[str, int]
    kind: str | None
    page: Page
    suggestion: str | None = None
    notice: str = ""  # the query was shortened (ParsedQuery.notice)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _matches(kind: Kind, parsed: ParsedQuery, tsquery) -> QuerySet:
    queryset = kind.queryset().order_by()
    if tsquery is not None:
        return queryset.filter(search_vector=tsquery).annotate(
            rank=SearchRank(F("search_vector"), tsquery) * Recency(F(kind.date_field))
        )
    return _fallback_search(queryset, parsed, kind.fallback_fields).annotate(
        rank=Value(0.0, output_field=FloatField())
    )


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
    if parsed and is_postgres(kinds["lessen"].queryset()):
        tsquery = SearchQuery(parsed.tsquery(), search_type="raw", config=SEARCH_CONFIG)
    counts = dict.fromkeys(kinds, 0)
    rows: list = []
    number = _page_number(page)
    if parsed:
        ranked = _ranked(kinds, parsed, tsquery)
        rows, found = _page_with_counts(ranked, list(kinds), kind, number)
        counts.update(found)
    total = counts[kind] if kind else sum(counts.values())
    paginator = _KnownCountPaginator([], RESULTS_PER_PAGE, count=total)
    shown = page_of(paginator, str(number)).number
    if shown != number and parsed:  # past the last page: show the last one
        rows, _found = _page_with_counts(ranked, list(kinds), kind, shown)
    result_page = Page(_hits(rows, kinds, parsed), shown, paginator)
    suggestion = suggest(parsed) if total < SUGGEST_BELOW and tsquery is not None else None
    return SiteResults(text, kinds, counts, kind, result_page, suggestion, parsed.notice)


def _page_number(page: int | str) -> int:
    try:
        return max(1, int(page))
    except (TypeError, ValueError):
        return 1


def _ranked(kinds: dict[str, Kind], parsed: ParsedQuery, tsquery) -> QuerySet:
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
    # The type codes are constants of this module, never input.
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


def _counts(matching: dict[str, QuerySet]) -> dict[str, int]:
    """The number of matches of each type, in one query."""
    parts = [
        matches.order_by()
        .annotate(kb_kind=Value(code, output_field=CharField()))
        .values("kb_kind")
        .annotate(kb_n=Count("pk"))
        .values_list("kb_kind", "kb_n")
        for code, matches in matching.items()
    ]
    return dict(parts[0].union(*parts[1:], all=True))


class _KnownCountPaginator(Paginator):
    """The counts per type are known already; no need to count the union again."""

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def _hits(rows: list, kinds: dict[str, Kind], parsed: ParsedQuery) -> list[Hit]:
    wanted: dict[str, list[int]] = {}
    for ident, code, _rank, _date in rows:
        wanted.setdefault(code, []).append(ident)
    items = {}
    for code, idents in wanted.items():
        queryset = kinds[code].queryset().filter(pk__in=idents)
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
    """The query with each unknown word replaced by the closest known one, if any changed.

    One query finds which words are known; only the first MAX_SUGGESTED_WORDS unknown
    words (of four letters or more) get a trigram lookup, the others stay as typed.
    """
    from duurzaamdoor.models import SearchTerm

    words = [word for clause in parsed.clauses for term in clause for word in term.words]
    candidates = {word for word in words if len(word) >= 4}
    known = set(SearchTerm.objects.filter(word__in=candidates).values_list("word", flat=True))
    unknown = [word for word in dict.fromkeys(words) if word in candidates - known]
    replacements = {}
    for word in unknown[:MAX_SUGGESTED_WORDS]:
        closest = (
            SearchTerm.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )
        if closest:
            replacements[word] = closest
    if not replacements:
        return None
    return " ".join(replacements.get(word, word) for word in words)


def kind_choices() -> list[tuple[str, str]]:
    """The types of content a site search can be narrowed to (``soort``), with their names."""
    return [(code, kind.plural) for code, kind in _kinds().items()]

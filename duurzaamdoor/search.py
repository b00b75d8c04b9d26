"""The one text search of the knowledge base.

A query is parsed once (:func:`parse`), for every page that searches, as its tips say:
words (all must match), "quoted phrases" (these words in this order), ``-excluded`` words
(``-textiel`` alone: everything without "textiel") and ``of``/``or`` between alternatives
("bouw of water"). Every word is looked up by its root
(:func:`duurzaamdoor.search_words.normalise`), as a prefix, so that singular and plural
find each other ("waterschappen", "waterschap"). On Postgres the query becomes a tsquery
of those roots over a stored, weighted ``dutch`` search vector, and the results are
ranked. On SQLite, the zero-setup development database, the same roots are matched in the
stored text of roots that :mod:`duurzaamdoor.search_index` keeps there, unranked.

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
from django.db.models import (
    CharField,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Length
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.caching import page_of
from duurzaamdoor.search_index import uses_postgres
from duurzaamdoor.search_words import WORD, is_close, normalise

# The vectors are made with the ``dutch`` configuration (search_index.py); a query holds
# roots made in Python already, which Postgres must take as they are.
QUERY_CONFIG = "simple"
# The bounds of one query, for every entry point (/zoeken/, /lessen/?q=): its length in
# characters, the words it searches for (each word is a prefix lookup in the index; the
# rest is dropped and the page says so) and the unknown words for which "Bedoelde je …?"
# looks for a known one (one lookup each). Whatever a visitor types, a query costs at most
# this much.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MAX_SUGGESTED_WORDS = 3
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_ALTERNATIVE = frozenset({"of", "or"})  # "bouw of water", "bouw OR water"
_SPLIT_WORDS = re.compile(r"([^\W_]+)")


@dataclass(frozen=True)
class Term:
    """A word, or a phrase of several words that must appear in this order."""

    words: tuple[str, ...]
    phrase: bool = False
    negated: bool = False

    @cached_property
    def roots(self) -> tuple[str, ...]:
        """The root of each word; "" for a stop word, which is not indexed."""
        return tuple(normalise(word) for word in self.words)

    def __bool__(self) -> bool:
        return any(self.roots)

    def tsquery(self) -> str:
        """Each root as a prefix; in a phrase, at its distance from the previous one (a
        stop word in between keeps its place in the vector, as in the text)."""
        pieces: list[str] = []
        skipped = 0
        for root in self.roots:
            if not root:
                skipped += bool(pieces)
                continue
            if pieces:
                pieces.append(f"<{skipped + 1}>" if skipped else "<->")
            pieces.append(f"{root}:*")
            skipped = 0
        return pieces[0] if len(pieces) == 1 else "(" + " ".join(pieces) + ")"

    def stored_text(self) -> str:
        """What the stored text of roots on SQLite holds where this term occurs: its roots
        after a space (the last one a prefix); stop words are not stored."""
        return " " + " ".join(root for root in self.roots if root)

    def typed(self, replacements: dict[str, str]) -> str:
        """The term as a visitor would type it, with some words replaced."""
        words = " ".join(replacements.get(word, word) for word in self.words)
        return ("-" if self.negated else "") + (f'"{words}"' if self.phrase else words)


@dataclass
class ParsedQuery:
    # Every clause must match; a clause matches when one of its terms does.
    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    # Words were dropped to stay within MAX_TERMS.
    shortened: bool = False
    # The terms and the "of"/"or" between them, in the order typed (for suggestions).
    typed: list["Term | str"] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.clauses or self.excluded)

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

    @property
    def roots(self) -> list[str]:
        """The roots of the words to look for."""
        return [root for clause in self.clauses for term in clause for root in term.roots if root]

    def tsquery(self) -> str:
        """Text for Postgres ``to_tsquery``; built from roots of letters and digits only,
        so always valid."""
        parts = [
            "(" + " | ".join(term.tsquery() for term in clause) + ")" for clause in self.clauses
        ]
        parts += [f"!{term.tsquery()}" for term in self.excluded]
        return " & ".join(parts)

    def condition(self) -> Q:
        """The same query over the stored text of roots (SQLite)."""
        condition = Q(search_vector__isnull=False)
        for clause in self.clauses:
            condition &= Q.create(
                [("search_vector__contains", term.stored_text()) for term in clause],
                connector=Q.OR,
            )
        for term in self.excluded:
            condition &= ~Q(search_vector__contains=term.stored_text())
        return condition

    def with_words(self, replacements: dict[str, str]) -> str:
        """The query as typed, with some words replaced."""
        return " ".join(
            part if isinstance(part, str) else part.typed(replacements) for part in self.typed
        )


def parse(text: str | ParsedQuery) -> ParsedQuery:
    """The query in ``text``, cut to MAX_QUERY_LENGTH characters and MAX_TERMS words
    (searched for or excluded; each word of a phrase counts), in the order typed.

    The one reading of a query for every page that searches. A term of stop words only
    ("de") is left out, as the index leaves them out."""
    if isinstance(text, ParsedQuery):
        return text
    parsed = ParsedQuery()
    budget = MAX_TERMS
    alternative = ""  # the "of" or "or" just read, after a term searched for
    for match in _TOKEN.finditer(text[:MAX_QUERY_LENGTH]):
        negated_phrase, phrase, bare = match.groups()
        negated = bool(negated_phrase)
        raw = phrase if phrase is not None else bare
        follows_term = bool(parsed.typed) and isinstance(parsed.typed[-1], Term)
        if phrase is None and raw.lower() in _ALTERNATIVE and follows_term:
            if not parsed.typed[-1].negated:  # "-textiel of hout": no alternative to "not"
                alternative = raw
            continue
        if phrase is None and raw.startswith("-") and len(raw) > 1:
            negated, raw = True, raw[1:]
        words = tuple(word.lower() for word in WORD.findall(raw))
        if not words:
            continue
        if len(words) > budget:
            parsed.shortened = True
            words = words[:budget]
            if not words:
                break
        budget -= len(words)
        term = Term(words, phrase=phrase is not None, negated=negated)
        if not term:
            alternative = ""
            continue
        if negated:
            parsed.excluded.append(term)
        elif alternative:
            parsed.clauses[-1].append(term)
            parsed.typed.append(alternative)
        else:
            parsed.clauses.append([term])
        parsed.typed.append(term)
        alternative = ""
    return parsed


def _tsquery(parsed: ParsedQuery) -> SearchQuery:
    return SearchQuery(parsed.tsquery(), search_type="raw", config=QUERY_CONFIG)


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
        query = _tsquery(parsed)
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


@dataclass(frozen=True)
class Kind:
    """One type of content in the site search."""

    code: str
    label: str
    plural: str
    queryset: Callable[[], QuerySet]
    date_field: str
    snippet: Callable[[object], str]
    prefetch: tuple[str, ...] = ()
    # The heading of a hit: what the item's public page calls it.
    title: Callable[[object], str] = operator.attrgetter("title")


def _meeting_text(meeting) -> str:
    return " ".join([meeting.summary, *(statement.text for statement in meeting.statements.all())])


def _kinds() -> dict[str, Kind]:
    from cases.models import Case
    from ecosystem.models import Ecosystem
    from lessons.models import Lesson
    from meetings.models import Meeting

    kinds = [
        Kind("lessen", _("Les"), _("Lessen"), lambda: Lesson.objects.published(),
             "published_at",
             lambda lesson: lesson.search_text),
        Kind("cases", _("Praktijkcase"), _("Praktijkcases"), lambda: Case.objects.public(),
             "submitted_at",
             lambda case: f"{case.public_summary} {case.insights}",
             title=operator.attrgetter("public_title")),
        Kind("kaarten", _("Ecosysteemkaart"), _("Ecosysteemkaarten"),
             lambda: Ecosystem.objects.published(), "published_at",
             lambda ecosystem: f"{ecosystem.task} {ecosystem.new_reality}"),
        Kind("bijeenkomsten", _("Bijeenkomst"), _("Bijeenkomsten"),
             lambda: Meeting.objects.published(), "starts_at",
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
    if parsed and uses_postgres(kinds["lessen"].queryset()):
        tsquery = _tsquery(parsed)
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
    suggestion = suggest(parsed) if total < SUGGEST_BELOW else None
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
    """The query with each unknown word replaced by a close known one, if any changed.

    Known words are the words of public content (the vocabulary), so a suggestion is a
    real word that is found. One query finds which words are known; only the first
    MAX_SUGGESTED_WORDS unknown words (of four letters or more) get a lookup, the others
    stay as typed. A word is only offered when it is close (:func:`is_close`).
    """
    from duurzaamdoor.models import SearchTerm

    words = parsed.words
    candidates = {word for word in words if len(word) >= 4}
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
    from duurzaamdoor.models import SearchTerm

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

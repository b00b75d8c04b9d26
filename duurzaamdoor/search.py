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

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.models import F, Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SEARCH_CONFIG = "dutch"
MAX_QUERY_LENGTH = 200
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

    def __bool__(self) -> bool:
        return bool(self.clauses)

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


def parse(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
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


def search(queryset: QuerySet, text: str, *, fallback_fields: list[str]) -> QuerySet:
    """Filter ``queryset`` to what matches ``text``, best match first.

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
            .order_by("-rank", *queryset.query.order_by)
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
    for i in range(start, end):
        if i % 2 and _word_matches(tokens[i], words):
            pieces.append(f"<mark>{escape(tokens[i])}</mark>")
        else:
            pieces.append(escape(tokens[i]))
    if end < len(tokens):
        pieces.append(" …")
    return mark_safe("".join(pieces).strip())  # noqa: S308 - every piece is escaped above

"""The query language of every page that searches, read once (:func:`parse`).

As the search tips say: words (all must match), "quoted phrases" (these words in this
order), ``-excluded`` words (``-textiel`` alone: everything without "textiel") and
``of``/``or`` between alternatives ("bouw of water"). Every word is looked up by its root
(:func:`duurzaamdoor.search_words.normalise`), as a prefix, so that singular and plural
find each other ("waterschappen", "waterschap"): on Postgres as a tsquery of those roots
(:meth:`ParsedQuery.tsquery`), on SQLite as a match in the stored text of roots
(:meth:`ParsedQuery.condition`).
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.search_words import PLAIN_CONFIG, WORD, normalise

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


def as_tsquery(parsed: ParsedQuery) -> SearchQuery:
    """The query for Postgres: roots made in Python already, which the ``simple``
    configuration takes as they are (the vectors are made with ``dutch``)."""
    return SearchQuery(parsed.tsquery(), search_type="raw", config=PLAIN_CONFIG)

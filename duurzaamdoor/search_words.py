"""How a word is indexed and looked up: one normalisation for the index and the query.

Postgres indexes public text with its ``dutch`` configuration: the snowball Dutch stemmer
(Porter's algorithm, ``dutch_porter`` in the snowball package) after dropping Dutch stop
words. That stemmer leaves some singulars and plurals apart: "waterschappen" becomes
"waterschapp" (it only undoubles kk, dd and tt), "provincies" stays "provincies" beside
"provincie" (an s after a vowel stays). :func:`normalise` stems with the same algorithm,
then folds such endings off, so that singular and plural end up as the same root:

* on Postgres the stored vectors are the ``dutch`` ones, and a query looks up each root as
  a prefix (``waterschap:*`` finds "waterschapp" too); folding only ever cuts letters
  off the end, so a root is always a prefix of the stems of the words it came from;
* on SQLite (no full-text search) the stored "vector" is the text of the roots of the
  words in order (:func:`index_text`), made by this module, and looked up the same way.

A lemmatiser or compound splitter would extend :func:`normalise`; on Postgres the vectors
would then have to be made from :func:`index_text` too.
"""

import re
from functools import lru_cache

import snowballstemmer

# The Postgres text search configurations: ``dutch`` makes the stored vectors (stems, stop
# words left out); ``simple`` takes words as they are, for the roots a query is made of
# (made here already) and for the words of the vocabulary.
SEARCH_CONFIG = "dutch"
PLAIN_CONFIG = "simple"
# Postgres's tsearch_data/dutch.stop: the words the ``dutch`` configuration leaves out.
STOP_WORDS = frozenset(
    [
        "de",
        "en",
        "van",
        "ik",
        "te",
        "dat",
        "die",
        "in",
        "een",
        "hij",
        "het",
        "niet",
        "zijn",
        "is",
        "was",
        "op",
        "aan",
        "met",
        "als",
        "voor",
        "had",
        "er",
        "maar",
        "om",
        "hem",
        "dan",
        "zou",
        "of",
        "wat",
        "mijn",
        "men",
        "dit",
        "zo",
        "door",
        "over",
        "ze",
        "zich",
        "bij",
        "ook",
        "tot",
        "je",
        "mij",
        "uit",
        "der",
        "daar",
        "haar",
        "naar",
        "heb",
        "hoe",
        "heeft",
        "hebben",
        "deze",
        "u",
        "want",
        "nog",
        "zal",
        "me",
        "zij",
        "nu",
        "ge",
        "geen",
        "omdat",
        "iets",
        "worden",
        "toch",
        "al",
        "waren",
        "veel",
        "meer",
        "doen",
        "toen",
        "moet",
        "ben",
        "zonder",
        "kan",
        "hun",
        "dus",
        "alles",
        "onder",
        "ja",
        "eens",
        "hier",
        "wie",
        "werd",
        "altijd",
        "doch",
        "wordt",
        "wezen",
        "kunnen",
        "ons",
        "zelf",
        "tegen",
        "na",
        "reeds",
        "wil",
        "kon",
        "niets",
        "uw",
        "iemand",
        "geweest",
        "andere",
    ]
)
# Letters and digits; an underscore or any other sign separates words, as for Postgres.
WORD = re.compile(r"[^\W_]+")
_VOWELS = frozenset("aeiouy")
_stemmer = snowballstemmer.stemmer("dutch_porter")


@lru_cache(maxsize=50_000)
def normalise(word: str) -> str:
    """The root under which ``word`` is indexed and searched, or "" for a stop word.

    "waterschappen" and "waterschap" → "waterschap"; "gemeenten" and "gemeente" →
    "gemeent"; "provincies" and "provincie" → "provinci".
    """
    word = word.lower()
    if word in STOP_WORDS:
        return ""
    root = _stemmer.stemWord(word)
    if root.endswith("ies"):  # provincies, subsidies: the plural s after a vowel
        root = root[:-2]
    elif root.endswith("ie"):
        root = root[:-1]
    if len(root) > 3 and root[-1] == root[-2] and root[-1] not in _VOWELS:
        root = root[:-1]  # waterschapp(en), grondstoff(en), less(en)
    return root


def roots(text: str) -> list[str]:
    """The roots of the words of ``text``, in order, stop words left out."""
    return [root for word in WORD.findall(text) if (root := normalise(word))]


def index_text(*texts: str | None) -> str:
    """The stored search text of a row on SQLite: the roots of ``texts``, each with a space
    before and after, so that ``LIKE '% root%'`` finds a word that starts with a root."""
    found = [root for text in texts if text for root in roots(text)]
    return f" {' '.join(found)} " if found else " "


def distance(a: str, b: str) -> int:
    """The number of letters to add, remove, change or swap with a neighbour to turn ``a``
    into ``b`` ("regoi" → "regio" is one)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def is_close(typed: str, known: str) -> bool:
    """Whether ``known`` is a fair "did you mean" for ``typed``: another word (with other
    results), at most a letter or two away from it, counted on their roots ("kostten" is
    no suggestion for "kratten": "kost" and "krat" differ in two of four letters)."""
    typed_root, known_root = normalise(typed), normalise(known)
    if not typed_root or not known_root or typed_root == known_root:
        return False
    allowed = 1 if len(typed_root) <= 5 else 2
    return distance(typed_root, known_root) <= allowed

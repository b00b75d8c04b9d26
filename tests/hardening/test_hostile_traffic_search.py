"""Issue 14, item 2: every text search is rate-limited alike, and one query's work is bounded.

The limit (``RATE_LIMITS["search"]``) counts every GET or HEAD with a search text, on every
page that runs one, cached or not; a query searches at most ``MAX_TERMS`` words and looks
up suggestions for at most ``MAX_SUGGESTED_WORDS`` unknown words, whatever it holds.
"""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from duurzaamdoor import search, search_query
from duurzaamdoor.models import SearchTerm
from duurzaamdoor.search_index import rebuild_vocabulary
from lessons.models import ThemeTag
from tests.factories import LessonFactory

NOTICE = "Je zoekopdracht is ingekort tot de eerste 12 woorden"
ONE_LETTER_ORS = " or ".join("abcdefghijklmnopqrstuvwxyz" * 2)  # 52 one-letter alternatives
UNKNOWN = [f"qz{a}{b}xw" for a in "bcdfghjklm" for b in "prst"]  # 40 unknown words


@pytest.fixture
def search_limit(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "3/h"}


@pytest.fixture
def lessons(db):
    LessonFactory(
        title="Circulair bouwen met hout", lead="Bouwen met biobased materiaal.", themes=["bouw"]
    )
    LessonFactory(title="Circulaire economie in de regio", lead="Samen met de provincie.")


# --- one limit for every search ----------------------------------------------------------


def test_lesson_search_is_rate_limited_like_the_site_search(client, lessons, search_limit):
    statuses = [client.get("/lessen/", {"q": f"bouw{n}"}).status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/lessen/", {"q": "hout"})
    assert refused.status_code == 429
    assert "Even rustig aan" in refused.content.decode()


def test_both_search_pages_share_one_budget(client, lessons, search_limit):
    assert client.get("/zoeken/", {"q": "bouwen"}).status_code == 200
    assert client.get("/lessen/", {"q": "bouwen"}).status_code == 200
    assert client.head("/lessen/", {"q": "hout"}).status_code == 200
    assert client.get("/zoeken/", {"q": "hout"}).status_code == 429
    assert client.get("/lessen/", {"q": "regio"}).status_code == 429


def test_a_cached_search_page_counts_too(client, lessons, search_limit):
    """Documented in ``search_rate_limited``: the budget does not depend on what others
    searched, so a refusal tells nothing about another visitor's searches."""
    first = client.get("/lessen/", {"q": "hout"})
    assert first["X-Cache"] == "miss"
    again = [client.get("/lessen/", {"q": "hout"}) for _ in range(2)]
    assert [response["X-Cache"] for response in again] == ["hit", "hit"]
    assert client.get("/lessen/", {"q": "hout"}).status_code == 429


def test_browsing_and_filtering_without_text_is_not_limited(client, lessons, search_limit):
    theme = ThemeTag.objects.get(name="bouw")
    for _ in range(6):
        assert client.get("/lessen/").status_code == 200
        assert client.get("/lessen/", {"thema": theme.slug, "q": "  "}).status_code == 200
        assert client.get("/zoeken/").status_code == 200
    assert client.get("/lessen/", {"q": "hout"}).status_code == 200


def test_every_public_text_search_goes_through_the_one_limit():
    """Each public view that reads ``q`` is wrapped in ``search_rate_limited``."""
    from django.urls import get_resolver

    from duurzaamdoor.views import search as site_search_view
    from lessons.views import lesson_list

    limited = set()
    for view in (site_search_view, lesson_list):
        assert view.__wrapped__  # search_rate_limited → require_safe → public_page → view
        limited.add(view.__name__)
    reading_q = set()
    for pattern in _all_patterns(get_resolver()):
        callback = pattern.callback
        source = _source_of(callback)
        if source and re.search(r"""GET\.get\(\s*["']q["']|cleaned_data\.get\(\s*["']q""", source):
            reading_q.add(callback.__name__)
    assert reading_q == limited == {"search", "lesson_list"}


def _all_patterns(resolver):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _all_patterns(pattern)
        else:
            yield pattern


def _source_of(callback) -> str:
    import inspect

    function = inspect.unwrap(callback)
    try:
        return inspect.getsource(function)
    except (OSError, TypeError):
        return ""


# --- bounded work per query --------------------------------------------------------------


def test_a_query_searches_at_most_twelve_words():
    parsed = search.parse(ONE_LETTER_ORS)
    assert len(parsed.words) == search_query.MAX_TERMS == 12
    assert parsed.words == list("abcdefghijkl")
    assert parsed.shortened
    # A phrase counts word by word; excluded words count too.
    long_phrase = search.parse('"' + " ".join(UNKNOWN[:20]) + '"')
    assert len(long_phrase.clauses[0][0].words) == 12 and long_phrase.shortened
    mixed = search.parse("a b c d e f g h i j -k -l -m n")
    assert len(mixed.words) + sum(len(t.words) for t in mixed.excluded) == 12
    assert [t.words for t in mixed.excluded] == [("k",), ("l",)]
    short = search.parse("circulair bouwen -beton")
    assert not short.shortened and short.notice == ""


def _search_sql(client, url: str, text: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": text})
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def _lookups(statements: list[str]) -> int:
    """Searched words in the SQL: prefix terms of a tsquery, or LIKE conditions."""
    return sum(sql.count(":*") + sql.count(" LIKE ") for sql in statements)


@pytest.mark.parametrize("url", ["/zoeken/", "/lessen/"])
def test_fifty_one_letter_or_terms_cost_what_twelve_do(client, lessons, url):
    capped = _search_sql(client, url, ONE_LETTER_ORS)
    cache.clear()  # nothing of the first query is reused by the second
    twelve = _search_sql(client, url, " or ".join("abcdefghijkl"))
    assert len(capped) == len(twelve)
    assert _lookups(capped) == _lookups(twelve) > 0
    if connection.vendor == "postgresql":  # every tsquery holds twelve prefix terms
        tsqueries = re.findall(r"to_tsquery\('simple'::regconfig, '([^']*)'", " ".join(capped))
        assert tsqueries and {query.count(":*") for query in tsqueries} == {12}


@pytest.mark.parametrize("url", ["/zoeken/", "/lessen/"])
def test_forty_unknown_words_cost_what_twelve_do(client, lessons, url):
    capped = _search_sql(client, url, " ".join(UNKNOWN))
    cache.clear()  # nothing of the first query is reused by the second
    twelve = _search_sql(client, url, " ".join(UNKNOWN[:12]))
    assert len(capped) == len(twelve)
    assert _lookups(capped) == _lookups(twelve)


def _trigram_lookups(statements: list[str]) -> int:
    return sum(1 for sql in statements if "SIMILARITY(" in sql.upper())


@pytest.mark.postgres
def test_suggestions_are_looked_up_for_the_first_three_unknown_words(client, lessons):
    rebuild_vocabulary()
    assert SearchTerm.objects.filter(word="circulaire").exists()
    typos = ["circulare", "econmie", "regoi", "provincei", *UNKNOWN]
    with CaptureQueriesContext(connection) as queries:
        results = search.site_search(" ".join(typos))
    statements = [query["sql"] for query in queries.captured_queries]
    assert _trigram_lookups(statements) == search.MAX_SUGGESTED_WORDS == 3
    words = results.suggestion.split()
    assert words[:3] == ["circulaire", "economie", "regio"]
    assert words[3:] == typos[3:12]  # past the third unknown word: left as typed
    assert results.notice.startswith(NOTICE)


@pytest.mark.postgres
def test_the_search_page_with_forty_unknown_words_stays_within_its_queries(client, lessons):
    rebuild_vocabulary()
    few = _search_sql(client, "/zoeken/", "circulare qzbpxw")
    cache.clear()  # nothing of the first query is reused by the second
    many = _search_sql(client, "/zoeken/", " ".join(["circulare", *UNKNOWN]))
    assert _trigram_lookups(few) == 2
    assert _trigram_lookups(many) == 3
    assert len(many) == len(few) + 1  # one lookup more, not thirty-nine


def test_both_pages_say_the_query_was_shortened(client, lessons):
    for url in ("/zoeken/", "/lessen/"):
        page = client.get(url, {"q": ONE_LETTER_ORS}).content.decode()
        assert NOTICE in page, url
        assert 'class="utrecht-paragraph kb-search-notice" role="status"' in page
        assert NOTICE not in client.get(url, {"q": "hout bouwen"}).content.decode()
    english = client.get("/en/zoeken/", {"q": ONE_LETTER_ORS}).content.decode()
    assert "Your search was shortened to its first 12 words" in english


def test_an_overlong_query_is_cut_to_its_maximum_length(client, lessons):
    page = client.get("/zoeken/", {"q": "hout " * 2000})
    assert page.status_code == 200
    assert search_query.MAX_QUERY_LENGTH == 200
    assert len(search.parse("x" * 10_000).words[0]) == 200

"""Search does what its tips say, on /zoeken/ and /lessen/, on Postgres and on SQLite.

A minus excludes a word (also on its own), "of" and "or" give either word, quotes keep a
phrase together, plain words must all be there, singular and plural find each other, and a
misspelling gets a suggestion that is a real word of the site.
"""

import html
import re

import pytest
from django.db import connection

from duurzaamdoor.search_index import rebuild_vocabulary
from tests.factories import (
    ActorFactory,
    CaseFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    StatementFactory,
)

_TITLE = re.compile(r'kb-lesson-card__title"><a class="utrecht-link" href="[^"]*">([^<]*)</a>')


def titles(client, url: str, query: str) -> set[str]:
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return {html.unescape(title) for title in _TITLE.findall(response.content.decode())}


def site(client, query: str) -> set[str]:
    return titles(client, "/zoeken/", query)


def lessons(client, query: str) -> set[str]:
    return titles(client, "/lessen/", query)


LESSONS = {
    "textiel": "Werkkleding terug in de keten",
    "hout": "Bouwen met hout",
    "waterschap": "Het waterschap houdt water vast",
    "waterschappen": "Samen met drie waterschappen",
    "phrase": "Circulair inkopen van meubilair",
    "apart": "Inkopen, en dan circulair denken",
    "gemeente": "Een gemeente ruimt op",
    "gemeenten": "Vier gemeenten ruimen op",
}
OTHERS = {
    "case_textiel": "Afgedankte kleding",
    "case_provincie": "De provincie bouwt",
    "map_water": "Kaart van de waterketen",
    "map_textiel": "Kaart van de kledingketen",
    "meeting_water": "Ronde Tafel over de kust",
    "meeting_textiel": "Ronde Tafel over mode",
    "case_provincies": "Twee provincies kopen samen",
}


@pytest.fixture
def kennisbank(db):
    """Every type, with "textiel" in some items (in a theme, an actor, a statement too),
    and private or unpublished items that hold none of the words searched for."""
    LessonFactory(title=LESSONS["textiel"], lead="Werkkleding.", body="", themes=["textiel"])
    LessonFactory(title=LESSONS["hout"], lead="Houten gebouwen.", body="")
    LessonFactory(title=LESSONS["waterschap"], lead="Het waterschap vangt regen op.", body="")
    LessonFactory(title=LESSONS["waterschappen"], lead="Drie waterschappen werken.", body="")
    LessonFactory(title=LESSONS["phrase"], lead="Bureaus en stoelen.", body="")
    LessonFactory(title=LESSONS["apart"], lead="Eerst de vraag.", body="")
    LessonFactory(title=LESSONS["gemeente"], lead="Opruimen.", body="")
    LessonFactory(title=LESSONS["gemeenten"], lead="Opruimen.", body="")
    LessonFactory(
        title="Concept over sloop", lead="Nog niet af.", status="draft", published_at=None
    )
    PublicCaseFactory(
        title=OTHERS["case_textiel"], public_summary="Oud textiel inzamelen.", insights=""
    )
    PublicCaseFactory(title=OTHERS["case_provincie"], public_summary="Bouw en sloop.", insights="")
    PublicCaseFactory(title=OTHERS["case_provincies"], public_summary="Samen inkopen.", insights="")
    CaseFactory(title="Besloten opgave", is_public=False)
    water = EcosystemFactory(title=OTHERS["map_water"], task="Water zuiveren.", new_reality="")
    ActorFactory(ecosystem=water, name="Zuiveringsschap")
    kleding = EcosystemFactory(
        title=OTHERS["map_textiel"], task="Kleding sorteren.", new_reality=""
    )
    ActorFactory(ecosystem=kleding, name="Textielsorteerder")
    EcosystemFactory(title="Conceptkaart", task="Nog niet af.", new_reality="", status="draft")
    kust = MeetingFactory(title=OTHERS["meeting_water"], summary="Over water en bouw.")
    StatementFactory(meeting=kust, text="Dijken mogen hoger.")
    mode = MeetingFactory(title=OTHERS["meeting_textiel"], summary="Over kleding.")
    StatementFactory(meeting=mode, text="Textiel hoort in de kringloop.")
    MeetingFactory(title="Besloten tafel", summary="Intern.", is_published=False)


PUBLIC_LESSONS = set(LESSONS.values())
PUBLIC = PUBLIC_LESSONS | set(OTHERS.values())
WITH_TEXTIEL = {
    LESSONS["textiel"],
    OTHERS["case_textiel"],
    OTHERS["map_textiel"],
    OTHERS["meeting_textiel"],
}


def test_a_minus_alone_finds_every_public_item_without_the_word(client, kennisbank):
    assert site(client, "-textiel") == PUBLIC - WITH_TEXTIEL
    assert lessons(client, "-textiel") == PUBLIC_LESSONS - {LESSONS["textiel"]}
    page = client.get("/zoeken/", {"q": "-textiel"}).content.decode()
    assert f"{len(PUBLIC - WITH_TEXTIEL)} resultaten" in page


def test_a_minus_excludes_a_word_from_the_other_words(client, kennisbank):
    assert site(client, "ronde tafel") == {OTHERS["meeting_water"], OTHERS["meeting_textiel"]}
    assert site(client, "ronde tafel -textiel") == {OTHERS["meeting_water"]}
    assert lessons(client, "opruimen") == {LESSONS["gemeente"], LESSONS["gemeenten"]}
    assert lessons(client, "opruimen -textiel") == {LESSONS["gemeente"], LESSONS["gemeenten"]}
    # Singular and plural are one word to search: excluding one excludes both.
    assert lessons(client, "opruimen -gemeenten") == set()


def test_of_and_or_give_either_word(client, kennisbank):
    bouw, water = site(client, "bouw"), site(client, "water")
    assert bouw and water and bouw != water
    union = bouw | water
    assert len(union) > max(len(bouw), len(water))
    for query in ("bouw of water", "bouw or water", "bouw OF water", "bouw OR water"):
        assert site(client, query) == union, query
    assert lessons(client, "hout of waterschap") == (
        lessons(client, "hout") | lessons(client, "waterschap")
    )
    # Plain words must all be there.
    assert site(client, "bouw water") == {OTHERS["meeting_water"]}


def test_quotes_keep_a_phrase_together(client, kennisbank):
    assert lessons(client, "circulair inkopen") == {LESSONS["phrase"], LESSONS["apart"]}
    assert lessons(client, '"circulair inkopen"') == {LESSONS["phrase"]}
    assert site(client, '"circulair inkopen"') == {LESSONS["phrase"]}
    assert site(client, '-"circulair inkopen"') == PUBLIC - {LESSONS["phrase"]}


@pytest.mark.parametrize(
    ("singular", "plural", "expected"),
    [
        ("waterschap", "waterschappen", {LESSONS["waterschap"], LESSONS["waterschappen"]}),
        ("gemeente", "gemeenten", {LESSONS["gemeente"], LESSONS["gemeenten"]}),
        ("provincie", "provincies", {OTHERS["case_provincie"], OTHERS["case_provincies"]}),
    ],
)
def test_singular_and_plural_find_each_other(client, kennisbank, singular, plural, expected):
    assert site(client, singular) == site(client, plural) == expected
    assert lessons(client, singular) == lessons(client, plural) == expected & PUBLIC_LESSONS


def test_matches_are_marked_in_singular_and_plural(client, kennisbank):
    page = client.get("/lessen/", {"q": "waterschappen"}).content.decode()
    assert "<mark>waterschappen</mark>" in page
    assert "<mark>waterschap</mark>" in page


def test_a_misspelling_gets_a_real_word_of_the_site_in_informal_dutch(client, kennisbank):
    LessonFactory(title="Hergebruik van bakken", lead="De bakken gaan mee terug.", body="")
    LessonFactory(title="Wat het kostte", lead="Keuringen kostten tijd.", body="")
    rebuild_vocabulary()
    page = client.get("/zoeken/", {"q": "hergebriuk"}).content.decode()
    assert "Bedoelde je" in page and "Bedoelde u" not in page
    assert '<a class="utrecht-link" href="?q=hergebruik">hergebruik</a>' in page
    assert site(client, "hergebruik") == {"Hergebruik van bakken"}
    english = client.get("/en/zoeken/", {"q": "hergebriuk"}).content.decode()
    assert "Did you mean" in english
    # "kostten" shares letters with "kratten", not its meaning: no suggestion.
    page = client.get("/zoeken/", {"q": "kratten"}).content.decode()
    assert "Bedoelde je" not in page and "kostten" not in page
    # The suggestion keeps the rest of the query as typed.
    page = client.get("/zoeken/", {"q": "hergebriuk of bakken -kostte"}).content.decode()
    assert 'href="?q=hergebruik%20of%20bakken%20-kostte"' in page


def test_the_tips_on_both_pages_say_what_search_does(client, kennisbank):
    for url in ("/zoeken/", "/lessen/"):
        page = client.get(url).content.decode()
        assert "-textiel" in page and "“circulair inkopen”" in page, url
        assert "bouw of water" in page and "waterschappen" in page, url


@pytest.mark.postgres
def test_the_roots_are_prefixes_of_what_postgres_indexes(db):
    """The query's roots are made in Python; they must be prefixes of the stems Postgres's
    ``dutch`` configuration stores, or a Postgres upgrade has changed the stemmer."""
    from duurzaamdoor.search_words import roots

    words = [
        "waterschappen", "waterschap", "gemeenten", "gemeente", "provincies", "provincie",
        "grondstoffen", "grondstof", "kratten", "lessen", "circulaire", "inkopen", "textiel",
        "hergebruiken", "bedrijven", "coöperatie", "materialen", "economische", "regio's",
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, strip(to_tsvector('dutch', w))::text FROM unnest(%s::text[]) AS w",
            [words],
        )
        stems = {word: vector.strip("'").split("' '") for word, vector in cursor.fetchall()}
    for word in words:
        for root in roots(word):
            assert any(stem.startswith(root) for stem in stems[word]), (word, stems[word])

"""Issue 15, item 13: what feeds, crawlers and scripts read from the site: feed authors,
a meta description per page, search results kept out of indexes, and when a refused
client may try again."""

import html
import re
import xml.etree.ElementTree as ET

import pytest

from tests.factories import (
    PASSWORD,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    SourceFactory,
    StatementFactory,
)
from tests.forms import case_submission

ATOM = "{http://www.w3.org/2005/Atom}"


# --- Retry-After on every refusal -----------------------------------------------------


def refused(send, times: int = 5):
    """The first 429 answer of ``times`` requests."""
    for _ in range(times):
        response = send()
        if response.status_code == 429:
            return response
    raise AssertionError("never refused")


def assert_retry_after_within(response, period: int):
    value = response["Retry-After"]
    assert value.isdigit(), value
    assert 1 <= int(value) <= period


def test_a_refused_search_says_when_to_try_again(client, db, low_limits):
    response = refused(lambda: client.get("/zoeken/", {"q": "bouw"}))
    assert_retry_after_within(response, 3600)
    lessons = refused(lambda: client.get("/lessen/", {"q": "bouw"}))
    assert_retry_after_within(lessons, 3600)


def test_a_refused_submission_and_map_say_when_to_try_again(client, db, low_limits):
    assert_retry_after_within(
        refused(lambda: client.post("/praktijkcases/indienen/", case_submission(client))), 3600
    )
    assert_retry_after_within(
        refused(
            lambda: client.post(
                "/ecosystemen/nieuw/",
                {"title": "Kaart", "task": "Textiel inzamelen.", "new_reality": ""},
            )
        ),
        3600,
    )


def test_a_refused_vote_says_when_to_try_again(client, db, low_limits):
    statement = StatementFactory()
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    assert_retry_after_within(refused(lambda: client.post(url, {"value": 3})), 3600)
    script = refused(lambda: client.post(url, {"value": 3}, HTTP_ACCEPT="application/json"))
    assert_retry_after_within(script, 3600)


def test_a_vote_refused_by_the_stuffing_limit_says_when_to_try_again(client, db, settings):
    settings.VOTE_LIMIT_NEW_PER_NETWORK = 1
    statement = StatementFactory(is_open=True)
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"

    def new_participant():
        client.cookies.clear()
        return client.post(url, {"value": 3})

    assert_retry_after_within(refused(new_participant), 24 * 3600)


def test_the_admin_lockout_says_when_it_ends(client, secretary, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/admin/login/", {"username": secretary.username, "password": "fout"})
    response = client.post("/admin/login/", {"username": secretary.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    cool_off = int(settings.AXES_COOLOFF_TIME.total_seconds())
    assert cool_off - 60 <= int(response["Retry-After"]) <= cool_off


# --- feeds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address", ["/feeds/lessen/", "/en/feeds/lessen/", "/feeds/praktijkcases/",
                "/en/feeds/praktijkcases/"],
)  # fmt: skip
def test_every_feed_names_the_secretariat_as_its_author(client, db, address, settings):
    LessonFactory()
    PublicCaseFactory()
    feed = ET.fromstring(client.get(address).content)  # noqa: S314 - our own output
    assert feed.tag == f"{ATOM}feed"
    authors = feed.findall(f"{ATOM}author")
    assert len(authors) == 1
    name = authors[0].findtext(f"{ATOM}name")
    assert "secretariaat" in name.lower() or "secretariat" in name.lower()
    assert authors[0].findtext(f"{ATOM}email") == settings.CONTACT_EMAIL
    # RFC 4287: every entry has an author, its own or the feed's.
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    assert all(entry.find(f"{ATOM}author") is None for entry in entries)


# --- search result pages stay out of indexes ---------------------------------------------


@pytest.mark.parametrize("address", ["/zoeken/?q=bouw", "/en/zoeken/?q=bouw", "/lessen/?q=bouw"])
def test_search_results_are_not_indexed_but_their_links_are_followed(client, db, address):
    LessonFactory(title="Bouw circulair")
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(address)
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex, follow"
    if address.startswith(("/zoeken/", "/en/zoeken/")):
        assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_plain_lists_stay_indexable(client, db):
    LessonFactory()
    assert "X-Robots-Tag" not in client.get("/lessen/")


# --- a meta description per page ---------------------------------------------------------

LONG_LEAD = (
    "Een gemeente die circulair wil inkopen, begint bij de inkoopkalender: wie weet welke "
    "contracten aflopen, kan op tijd met de markt praten en eisen stellen aan hergebruik."
)


@pytest.fixture
def site(db):
    pioneer = PioneerFactory(name="Sanne de Vries", bio="Werkt aan **circulaire** bouw in Zwolle.")
    source = SourceFactory(title="Versnellen in Transitie", summary="Het whitepaper van 2023.")
    lesson = LessonFactory(title="Begin bij de inkoopkalender", lead=LONG_LEAD, source=source,
                           pioneers=[pioneer])  # fmt: skip
    meeting = MeetingFactory(summary="Een gesprek over **lef** in de regio.")
    case = PublicCaseFactory(public_summary="Een provincie liep vast op de afvalstatus van grond.")
    ecosystem = EcosystemFactory(task="Grondstromen in de regio sluiten.")
    return [
        "/", "/lessen/", lesson.get_absolute_url(), "/voorlopers/", pioneer.get_absolute_url(),
        source.get_absolute_url(), "/bijeenkomsten/", meeting.get_absolute_url(),
        f"{meeting.get_absolute_url()}live/", "/praktijkcases/", case.get_absolute_url(),
        "/praktijkcases/indienen/", "/ecosystemen/", ecosystem.get_absolute_url(),
        "/ecosystemen/nieuw/", "/zoeken/", "/toegankelijkheid/", "/privacy/",
    ]  # fmt: skip


def meta_description(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200, address
    found = re.findall(r'<meta name="description" content="([^"]*)">', response.content.decode())
    assert len(found) == 1, address
    return html.unescape(found[0])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_type_has_a_description_of_its_own(client, site, language):
    prefix = "" if language == "nl" else "/en"
    descriptions = {address: meta_description(client, prefix + address) for address in site}
    for address, description in descriptions.items():
        assert 20 <= len(description) <= 170, (address, description)
        assert "**" not in description and "\n" not in description, address
    shared = {d for d in descriptions.values() if list(descriptions.values()).count(d) > 1}
    assert shared == set()


def test_descriptions_come_from_the_content_and_speak_the_pages_language(client, site):
    lesson = meta_description(client, "/lessen/begin-bij-de-inkoopkalender/")
    assert lesson.startswith("Een gemeente die circulair wil inkopen")
    assert lesson.endswith("…") and not lesson.endswith(" …")
    assert LONG_LEAD.startswith(lesson[:-1])  # cut at a word, not inside one
    assert LONG_LEAD[len(lesson) - 1] == " "
    pioneer = meta_description(client, "/voorlopers/sanne-de-vries/")
    assert pioneer == "Werkt aan circulaire bouw in Zwolle."
    assert meta_description(client, "/en/lessen/").startswith("Lessons from pioneers")
    assert meta_description(client, "/lessen/").startswith("Lessen van voorlopers")

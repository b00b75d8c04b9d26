"""/bronnen/: every source a published lesson comes from, by kind, in the navigation."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from lessons.models import Lesson
from tests.factories import LessonFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def dutch():
    """Addresses built in a test are Dutch, whatever language an earlier request left on."""
    with translation.override("nl"):
        yield


@pytest.fixture
def sources():
    whitepaper = SourceFactory(
        title="Versnellen in Transitie", kind="whitepaper", date=datetime.date(2023, 6, 1),
        summary="De whitepaper.",
    )  # fmt: skip
    talk = SourceFactory(title="LEF-Talk circulair inkopen", kind="lef_talk",
                         date=datetime.date(2024, 2, 14))  # fmt: skip
    undated = SourceFactory(title="Gesprek met een voorloper", kind="interview", date=None)
    only_drafts = SourceFactory(title="Artikel in voorbereiding", kind="artikel")
    LessonFactory.create_batch(3, source=whitepaper)
    LessonFactory(source=whitepaper, status="draft", published_at=None)
    LessonFactory(source=talk)
    LessonFactory(source=undated)
    LessonFactory(source=only_drafts, status="draft", published_at=None)
    return {"whitepaper": whitepaper, "talk": talk, "undated": undated, "drafts": only_drafts}


def _cards(html: str) -> list[str]:
    return re.findall(r'<li class="kb-card kb-card--plain">(.*?)</li>', html, re.S)


def _titles(html: str) -> list[str]:
    return [re.search(r'<a class="utrecht-link" href="[^"]+">([^<]+)</a>', card).group(1)
            for card in _cards(html)]  # fmt: skip


def test_the_index_lists_sources_with_published_lessons_newest_first(client, sources):
    response = client.get("/bronnen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert _titles(html) == [
        "LEF-Talk circulair inkopen", "Versnellen in Transitie", "Gesprek met een voorloper",
    ]  # fmt: skip
    assert "Artikel in voorbereiding" not in html  # only draft lessons: it leads nowhere yet
    whitepaper = next(card for card in _cards(html) if "Versnellen in Transitie" in card)
    assert 'href="/bronnen/versnellen-in-transitie/"' in whitepaper
    assert "Whitepaper" in whitepaper
    assert '<time datetime="2023-06-01">1 juni 2023</time>' in whitepaper
    assert "3 lessen" in whitepaper  # the draft lesson is not counted
    talk = next(card for card in _cards(html) if "LEF-Talk circulair inkopen" in card)
    assert "1 les<" in talk


def test_the_index_filters_by_kind(client, sources):
    html = client.get("/bronnen/", {"soort": "lef_talk"}).content.decode()
    assert _titles(html) == ["LEF-Talk circulair inkopen"]
    chips = re.search(r'<nav class="kb-kind-filter".*?</nav>', html, re.S).group(0)
    labels = re.findall(r'class="kb-chip[^"]*"[^>]*>([^<]+?) <span class="kb-count">(\d+)', chips)
    assert labels == [("Alle soorten", "3"), ("Whitepaper", "1"), ("LEF-Talk", "1"),
                      ("Interview", "1")]  # fmt: skip
    assert re.search(r'href="/bronnen/\?soort=lef_talk" aria-current="page"', chips)


def test_an_unknown_kind_shows_every_source_and_says_so(client, sources):
    html = client.get("/bronnen/", {"soort": "podcast"}).content.decode()
    assert len(_titles(html)) == 3
    assert "Soort bron “podcast” bestaat niet (meer), dus die keuze is weggelaten." in html
    assert 'href="/bronnen/"' in html.split("Toon zonder “podcast”")[0].rsplit("<a", 1)[1]


def test_a_kind_without_sources_says_so(client, sources):
    html = client.get("/bronnen/", {"soort": "ronde_tafel"}).content.decode()
    assert _titles(html) == []
    assert "Er zijn geen bronnen van deze soort met gepubliceerde lessen." in html


def test_without_sources_the_index_says_so(client, db):
    html = client.get("/bronnen/").content.decode()
    assert "Er zijn nog geen bronnen met gepubliceerde lessen." in html


def test_the_index_is_paginated(client, db):
    for number in range(35):
        LessonFactory(source=SourceFactory(title=f"Artikel {number:02d}"))
    first = client.get("/bronnen/").content.decode()
    second = client.get("/bronnen/", {"page": 2}).content.decode()
    assert len(_titles(first)) == 30 and len(_titles(second)) == 5
    assert set(_titles(first)).isdisjoint(_titles(second))
    assert 'rel="next" href="?page=2"' in first


def test_the_index_is_in_the_navigation_with_breadcrumbs_and_a_description(client, sources):
    html = client.get("/bronnen/").content.decode()
    nav = re.search(r'<nav class="utrecht-nav-bar kb-nav".*?</nav>', html, re.S).group(0)
    assert '<a class="kb-nav__link" href="/bronnen/" aria-current="page">Bronnen</a>' in nav
    crumbs = re.search(r'<nav class="kb-breadcrumbs".*?</nav>', html, re.S).group(0)
    assert 'href="/"' in crumbs and '<li aria-current="page">Bronnen</li>' in crumbs
    assert re.search(r'<meta name="description" content="Waar de lessen [^"]+whitepapers', html)
    detail = client.get(sources["whitepaper"].get_absolute_url()).content.decode()
    crumbs = re.search(r'<nav class="kb-breadcrumbs".*?</nav>', detail, re.S).group(0)
    assert 'href="/bronnen/">Bronnen</a>' in crumbs
    assert '<meta name="description" content="De whitepaper.">' in detail


def test_the_index_in_english(client, sources):
    html = client.get("/en/bronnen/").content.decode()
    assert '<html lang="en"' in html
    assert '<h1 class="utrecht-heading-1">Sources</h1>' in html
    assert 'href="/en/bronnen/" aria-current="page">Sources</a>' in html
    assert "3 lessons" in html
    assert 'href="/en/bronnen/versnellen-in-transitie/"' in html


def test_the_index_is_in_the_sitemap(client, db):
    xml = client.get("/sitemap-pages.xml").content.decode()
    assert "<loc>http://testserver/bronnen/</loc>" in xml
    assert "http://testserver/en/bronnen/" in xml


def test_the_index_is_cached_and_fresh_after_a_publication(client, sources):
    assert client.get("/bronnen/")["X-Cache"] == "miss"
    assert client.get("/bronnen/")["X-Cache"] == "hit"
    draft = Lesson.objects.get(source=sources["drafts"])
    draft.status = "published"
    draft.save()
    response = client.get("/bronnen/")
    assert response["X-Cache"] == "miss"
    assert "Artikel in voorbereiding" in response.content.decode()


def test_an_admin_change_to_a_source_shows_at_once(client, sources):
    assert client.get("/bronnen/")["X-Cache"] == "miss"
    secretary = UserFactory(username="secretaris", is_staff=True, is_superuser=True)
    admin = type(client)()
    admin.force_login(secretary)
    url = f"/admin/lessons/source/{sources['talk'].pk}/change/"
    from tests.forms import form_fields

    data = form_fields(admin.get(url).content.decode(), "source_form")
    data["title"] = ["LEF-Talk over inkopen"]
    assert admin.post(url, data).status_code == 302
    html = client.get("/bronnen/").content.decode()
    assert "LEF-Talk over inkopen" in html and "LEF-Talk circulair inkopen" not in html


def _queries(client) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/bronnen/").status_code == 200
    return len(queries)


def test_the_index_costs_the_same_queries_with_ten_times_the_sources(client, db):
    for number in range(3):
        LessonFactory.create_batch(2, source=SourceFactory(title=f"Klein {number}"))
    small = _queries(client)
    for number in range(30):
        LessonFactory.create_batch(2, source=SourceFactory(title=f"Groot {number}"))
    assert _queries(client) == small <= 6

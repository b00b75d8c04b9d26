"""Lesson, pioneer and source pages; the home page, feed and sitemap show published work only."""

import re

import pytest

from lessons import facet_index
from tests.factories import LessonFactory, PioneerFactory, SourceFactory


def test_lesson_page_shows_everything_about_the_lesson(client, catalogue):
    pioneer = PioneerFactory(name="Fatima el Amrani", organisation="Provincie Utrecht")
    lesson = catalogue["lessons"]["inkoop-inkopers"]
    lesson.pioneers.add(pioneer)
    response = client.get("/lessen/begin-bij-de-inkoopkalender/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Begin bij de inkoopkalender" in html
    assert lesson.lead in html
    assert "<h2>Wat werkte</h2>" in html
    assert 'href="/lessen/?thema=circulair-inkopen"' in html
    assert 'href="/lessen/?doelgroep=inkopers"' in html
    assert 'href="/lessen/?partij=rijk"' in html
    assert 'href="/voorlopers/fatima-el-amrani/"' in html
    assert 'href="/bronnen/versnellen-in-transitie/"' in html
    assert "Gepubliceerd op" in html


def test_pioneer_without_consent_is_not_named_on_a_lesson(client, catalogue):
    hidden = PioneerFactory(name="Anoniem Gebleven", may_publish=False)
    catalogue["lessons"]["inkoop-inkopers"].pioneers.add(hidden)
    html = client.get("/lessen/begin-bij-de-inkoopkalender/").content.decode()
    assert "Anoniem Gebleven" not in html


def test_related_lessons_share_most_themes_first(client, db):
    lesson = LessonFactory(title="Hoofdles", themes=["bouw", "water", "textiel"])
    two = LessonFactory(title="Twee gedeeld", themes=["bouw", "water"])
    one = LessonFactory(title="Een gedeeld", themes=["textiel"])
    LessonFactory(title="Niets gedeeld", themes=["biomassa"])
    LessonFactory(title="Concept gedeeld", themes=["bouw", "water", "textiel"], status="draft")
    related = list(client.get(lesson.get_absolute_url()).context["related"])
    assert [(other.title, other.url) for other in related] == [
        (two.title, two.get_absolute_url()),
        (one.title, one.get_absolute_url()),
    ]


def test_at_most_five_related_lessons(client, db):
    lesson = LessonFactory(themes=["bouw"])
    for n in range(7):
        LessonFactory(title=f"Bouw {n}", themes=["bouw"])
    assert len(client.get(lesson.get_absolute_url()).context["related"]) == 5


def test_draft_is_404_for_the_public_and_a_preview_for_the_secretary(
    client, catalogue, secretary, outsider
):
    url = "/lessen/nog-niet-klaar-inkopen-met-de-regio/"
    assert client.get(url).status_code == 404
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(secretary)
    response = client.get(url)
    assert response.status_code == 200
    assert "Concept: deze les is niet zichtbaar voor het publiek." in response.content.decode()


def test_unknown_lesson_is_404(client, db):
    assert client.get("/lessen/bestaat-niet/").status_code == 404


@pytest.mark.parametrize("count", [5, 50])
def test_lesson_page_renders_in_a_fixed_number_of_queries(
    client, db, django_assert_num_queries, count
):
    source = SourceFactory()
    lessons = [
        LessonFactory(title=f"Les {n}", themes=["bouw", "water"], parties=["rijk"], source=source)
        for n in range(count)
    ]
    lessons[0].pioneers.add(PioneerFactory())
    # The versions, the lesson with its source, one query for all six link lists (themes,
    # audiences, parties, pioneers, public cases, published meetings), the filter index of
    # its themes and of all published lessons, and the related lessons.
    with django_assert_num_queries(4 + facet_index.load_queries(facets=2)):
        response = client.get(lessons[0].get_absolute_url())
    assert len(response.context["related"]) == min(5, count - 1)


def test_pioneer_pages_only_show_consenting_pioneers_and_their_published_lessons(client, catalogue):
    shown = PioneerFactory(name="Joost Visser")
    hidden = PioneerFactory(name="Niet Tonen", may_publish=False)
    catalogue["lessons"]["inkoop-inkopers"].pioneers.add(shown, hidden)
    catalogue["lessons"]["draft"].pioneers.add(shown)

    listing = client.get("/voorlopers/").content.decode()
    assert "Joost Visser" in listing
    assert "Niet Tonen" not in listing
    assert "1 les" in listing

    page = client.get("/voorlopers/joost-visser/")
    assert page.status_code == 200
    assert [lesson.title for lesson in page.context["page"]] == ["Begin bij de inkoopkalender"]
    assert client.get("/voorlopers/niet-tonen/").status_code == 404


def test_source_page_lists_its_published_lessons(client, catalogue):
    response = client.get("/bronnen/versnellen-in-transitie/")
    assert response.status_code == 200
    assert [lesson.title for lesson in response.context["page"]] == ["Begin bij de inkoopkalender"]
    assert "Whitepaper" in response.content.decode()
    assert client.get("/bronnen/bestaat-niet/").status_code == 404


def test_home_shows_latest_lessons_and_popular_themes(client, catalogue):
    response = client.get("/")
    html = response.content.decode()
    assert "Vraag om een materialenpaspoort" in html
    assert "Nog niet klaar" not in html
    assert response.context["popular_themes"][0].name == "circulair inkopen"
    assert 'href="/lessen/?thema=circulair-inkopen"' in html


def test_atom_feed_lists_published_lessons_newest_first(client, catalogue):
    response = client.get("/feeds/lessen/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    xml = response.content.decode()
    positions = [
        xml.index(title)
        for title in ("Vraag om een materialenpaspoort", "Begin bij de inkoopkalender")
    ]
    assert positions == sorted(positions)
    assert "Nog niet klaar" not in xml
    assert '<category term="circulair inkopen"' in xml


def test_sitemap_and_robots(client, catalogue):
    PioneerFactory(name="Zichtbaar")
    PioneerFactory(name="Onzichtbaar", may_publish=False)
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>http://testserver(/sitemap-\w+\.xml)</loc>", index)
    assert "/sitemap-lessons.xml" in sections and "/sitemap-pioneers.xml" in sections
    xml = "".join(client.get(section).content.decode() for section in sections)
    assert "http://testserver/lessen/begin-bij-de-inkoopkalender/" in xml
    assert "http://testserver/en/lessen/begin-bij-de-inkoopkalender/" in xml
    assert "/voorlopers/zichtbaar/" in xml
    assert "onzichtbaar" not in xml
    assert "nog-niet-klaar" not in xml
    assert "/toegankelijkheid/" in xml
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    assert "Disallow: /admin/" in robots


def test_english_lesson_list(client, catalogue):
    html = client.get("/en/lessen/?thema=bouw").content.decode()
    assert '<html lang="en"' in html
    assert "1 lesson found" in html
    assert "Apply filters" in html

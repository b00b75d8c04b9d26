"""Free-text search in lessons: Dutch full text on Postgres, a simple match on SQLite."""

import pytest

from duurzaamdoor.search import highlight, parse
from lessons.models import Lesson
from tests.factories import LessonFactory


def found(text: str) -> list[str]:
    return [lesson.title for lesson in Lesson.objects.published().search(text)]


@pytest.fixture
def library(db):
    return {
        "grondstoffen": LessonFactory(
            title="Minder verspilling in de keten",
            lead="Hergebruik bespaart grondstoffen en geld.",
            body="Het gaat om de grondstoffen van morgen.",
        ),
        "provincies": LessonFactory(
            title="Samen optrekken in de regio",
            lead="Provincies die samenwerken komen verder.",
            body="",
        ),
        "title": LessonFactory(
            title="Circulair inkopen begint bij de kalender", lead="Plan vooruit."
        ),
        "body": LessonFactory(
            title="Een les over planning",
            lead="Over vooruitkijken.",
            body="Wie circulair wil inkopen, moet de kalender kennen.",
        ),
        "textiel": LessonFactory(
            title="Circulair inkopen van werkkleding",
            lead="Textiel van de gemeente gaat terug de keten in.",
            themes=["textiel"],
        ),
        "draft": LessonFactory(
            title="Grondstoffen in concept", lead="grondstoffen", status="draft", published_at=None
        ),
    }


def test_parse_understands_web_search_syntax():
    parsed = parse('"circulair inkopen" -textiel bouw or water')
    assert parsed.tsquery() == "((circulair:* <-> inkop:*)) & (bouw:* | water:*) & !textiel:*"
    assert parse("<script>&|!:*").tsquery() == "(script:*)"
    assert not parse("!!! ---")


@pytest.mark.postgres
def test_singular_finds_plural_on_postgres(library):
    assert found("grondstof") == ["Minder verspilling in de keten"]
    assert found("provincie") == ["Samen optrekken in de regio"]


@pytest.mark.postgres
def test_title_matches_rank_above_body_matches(library):
    assert found("kalender")[:2] == [
        "Circulair inkopen begint bij de kalender",
        "Een les over planning",
    ]


@pytest.mark.postgres
def test_quotes_and_minus_are_honoured(library):
    assert set(found('"circulair inkopen" -textiel')) == {
        "Circulair inkopen begint bij de kalender"
    }
    assert set(found("circulair inkopen")) == {
        "Circulair inkopen begint bij de kalender",
        "Een les over planning",
        "Circulair inkopen van werkkleding",
    }


@pytest.mark.postgres
def test_search_vector_follows_a_theme_change(library):
    lesson = library["provincies"]
    assert found("biomassa") == []
    lesson.themes.add("biomassa")
    assert found("biomassa") == ["Samen optrekken in de regio"]
    lesson.themes.remove("biomassa")
    assert found("biomassa") == []


@pytest.mark.postgres
def test_search_vector_follows_a_theme_rename(library):
    from lessons.models import ThemeTag

    theme = ThemeTag.objects.get(name="textiel")
    theme.name = "kleding"
    theme.save()
    assert found("kleding") == ["Circulair inkopen van werkkleding"]


@pytest.mark.postgres
def test_search_vector_follows_a_text_edit(library):
    lesson = library["title"]
    lesson.lead = "Het gaat om statiegeld."
    lesson.save()
    assert found("statiegeld") == ["Circulair inkopen begint bij de kalender"]


@pytest.mark.sqlite
def test_sqlite_falls_back_to_a_case_insensitive_match(library):
    assert found("GRONDSTOFFEN") == ["Minder verspilling in de keten"]
    assert set(found("circulair -textiel")) == {
        "Circulair inkopen begint bij de kalender",
        "Een les over planning",
    }
    assert found("textiel") == ["Circulair inkopen van werkkleding"]


def test_drafts_are_never_found(library):
    assert "Grondstoffen in concept" not in found("grondstoffen")


def test_search_on_the_list_page_highlights_matches_escaped(client, library):
    LessonFactory(title="<img src=x onerror=alert(1)>", lead="Over <b>grondstoffen</b> gesproken.")
    html = client.get("/lessen/", {"q": "grondstoffen"}).content.decode()
    assert "<mark>grondstoffen</mark>" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;b&gt;<mark>grondstoffen</mark>&lt;/b&gt;" in html


def test_highlight_marks_both_directions_of_a_word():
    assert str(highlight("De grondstof en grondstoffen.", "grondstoffen")) == (
        "De <mark>grondstof</mark> en <mark>grondstoffen</mark>."
    )
    excerpt = str(
        highlight(" ".join(f"woord{n}" for n in range(100)) + " doel", "doel", max_words=10)
    )
    assert excerpt.startswith("… ") and excerpt.endswith("<mark>doel</mark>")


def test_rebuild_search_index_repairs_missing_vectors(library):
    from io import StringIO

    from django.core.management import call_command

    Lesson.objects.update(search_vector=None)
    assert found("grondstof") == []
    out, err = StringIO(), StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=err)
    assert "Zoekindex bijgewerkt: 6 lessen, 0 praktijkcases" in out.getvalue()
    assert "6/6" in err.getvalue()
    assert found("grondstof") == ["Minder verspilling in de keten"]

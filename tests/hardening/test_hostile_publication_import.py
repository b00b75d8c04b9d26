"""The admin import costs a small constant per row, in the preview and when confirmed.

Issue 14, item 12: the preview (a dry run) of a lesson import cost ~110 ms and ~50 queries
per row on Postgres — every row looked up its source, audiences, parties, pioneers and
themes two or three times, wrote its links, history, search vector (twice) and vocabulary,
all to be rolled back — so a file of more than ~270 rows outlasted gunicorn's 30 s.
"""

import io

import pytest
import tablib
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.test.utils import CaptureQueriesContext

from duurzaamdoor.exports import MAX_IMPORT_ROWS
from duurzaamdoor.models import SearchTerm
from lessons.models import Lesson
from tests.factories import AudienceFactory, LessonFactory, PioneerFactory, SourceFactory

HEADERS = [
    "slug", "title", "lead", "body", "status", "published_at", "source", "themes", "audiences",
    "parties", "pioneers",
]  # fmt: skip
# Queries per row, the same for 20 rows as for 80: no lookup, link or search update per row.
PREVIEW_PER_ROW = 10
CONFIRM_PER_ROW = 12


@pytest.fixture
def references(db):
    AudienceFactory(name="Inkopers", slug="inkopers")
    AudienceFactory(name="Projectleiders", slug="projectleiders")
    PioneerFactory(name="Sanne Jansen", slug="sanne-jansen")
    SourceFactory(title="Versnellen in Transitie", slug="versnellen-in-transitie")


def lesson_file(count: int, *, title: str = "Geïmporteerde les", themes: str = "") -> bytes:
    data = tablib.Dataset(headers=HEADERS)
    for n in range(count):
        data.append([
            f"import-les-{n}", f"{title} {n}", "Een samenvatting.", "## Kop\n\nTekst.",
            "published", "2026-05-01 09:00:00", "Versnellen in Transitie",
            themes or "circulair inkopen, Bouw", "inkopers, Projectleiders", "rijk, ondernemers",
            "Sanne Jansen",
        ])  # fmt: skip
    return data.csv.encode()


def preview(client, content: bytes):
    upload = io.BytesIO(content)
    upload.name = "lessen.csv"
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            "/admin/lessons/lesson/import/", {"format": "0", "import_file": upload, "resource": "0"}
        )
    assert response.status_code == 200
    return response, len(queries)


def confirm(client, response) -> int:
    form = response.context["confirm_form"]
    with CaptureQueriesContext(connection) as queries:
        done = client.post(
            "/admin/lessons/lesson/process_import/", {**form.initial, "resource": "0"}
        )
    assert done.status_code == 302
    return len(queries)


def per_row(small: int, large: int, rows: int) -> float:
    return (large - small) / rows


def test_preview_and_import_cost_a_small_constant_per_row(client, secretary, references):
    client.force_login(secretary)
    small, small_queries = preview(client, lesson_file(20))
    large, large_queries = preview(client, lesson_file(80))
    assert "confirm_form" in large.context
    assert not Lesson.objects.exists()  # a preview writes nothing
    assert per_row(small_queries, large_queries, 60) <= PREVIEW_PER_ROW, (
        small_queries,
        large_queries,
    )

    # The confirmed import: 20 rows, then 60 more (the 20 again are unchanged: skipped).
    first = confirm(client, small)
    second = confirm(client, large)
    assert Lesson.objects.count() == 80
    assert (second - first) / 60 <= CONFIRM_PER_ROW, (first, second)


def test_a_preview_of_changes_costs_no_more_per_row(client, secretary, references):
    """Existing lessons come in one query with their links; a change is shown, not written."""
    client.force_login(secretary)
    confirm(client, preview(client, lesson_file(80))[0])
    _small, small_queries = preview(client, lesson_file(20, title="Nieuwe titel", themes="Bouw"))
    large, large_queries = preview(client, lesson_file(80, title="Nieuwe titel", themes="Bouw"))
    assert per_row(small_queries, large_queries, 60) <= PREVIEW_PER_ROW
    html = large.content.decode()
    assert "<ins>Nieuwe titel</ins>" in html or "Nieuwe titel" in html
    assert "<del>" in html  # "circulair inkopen" goes
    assert Lesson.objects.filter(title__startswith="Nieuwe titel").count() == 0


def test_the_preview_still_shows_every_column_and_every_error(client, secretary, references):
    client.force_login(secretary)
    html = preview(client, lesson_file(3))[0].content.decode()
    shown_cells = [
        "Bouw, circulair inkopen", "inkopers, projectleiders", "Ondernemers, Rijksoverheid",
        "sanne-jansen", "versnellen-in-transitie",
    ]  # fmt: skip
    for shown in shown_cells:
        assert shown in html, shown
    content = lesson_file(3) + b"import-les-9,Les,Lead,Body,published,,Onbekende bron,,,,\r\n"
    html = preview(client, content)[0].content.decode()
    assert "Onbekende bron: “Onbekende bron”." in html
    assert not Lesson.objects.exists()


def test_the_confirmed_import_still_writes_links_history_and_search(client, secretary, references):
    client.force_login(secretary)
    confirm(client, preview(client, lesson_file(5))[0])
    lesson = Lesson.objects.get(slug="import-les-3")
    assert sorted(lesson.themes.names()) == ["Bouw", "circulair inkopen"]
    assert sorted(lesson.audiences.values_list("slug", flat=True)) == ["inkopers", "projectleiders"]
    assert sorted(lesson.parties.values_list("code", flat=True)) == ["ondernemers", "rijk"]
    assert [p.slug for p in lesson.pioneers.all()] == ["sanne-jansen"]
    assert lesson.history.count() == 1
    if connection.vendor == "postgresql":
        # Themes weigh in the vector: written once, after the links, for all rows.
        found = Lesson.objects.filter(search_vector=SearchQuery("bouw", config="dutch"))
        assert found.count() == 5
        assert SearchTerm.objects.filter(word="samenvatting").exists()
        assert SearchTerm.objects.filter(word="circulair").exists()


def test_a_changed_lesson_keeps_exactly_the_links_of_the_file(client, secretary, references):
    client.force_login(secretary)
    existing = LessonFactory(slug="import-les-0", themes=["oud thema"], parties=["burgers"])
    confirm(client, preview(client, lesson_file(1, themes="Bouw"))[0])
    existing.refresh_from_db()
    assert existing.themes.names() == ["Bouw"] or list(existing.themes.names()) == ["Bouw"]
    assert sorted(existing.parties.values_list("code", flat=True)) == ["ondernemers", "rijk"]


def test_a_file_with_too_many_rows_is_refused_at_once_in_dutch(client, secretary, references):
    client.force_login(secretary)
    response, queries = preview(client, lesson_file(MAX_IMPORT_ROWS + 1))
    html = response.content.decode()
    assert f"Dit bestand heeft {MAX_IMPORT_ROWS + 1} regels" in html
    assert f"ten hoogste {MAX_IMPORT_ROWS}" in html
    assert "confirm_form" not in response.context
    assert queries < 20  # refused before the first row
    assert not Lesson.objects.exists()


@pytest.mark.postgres
def test_the_filter_index_is_in_step_after_an_import(client, secretary, references):
    """The import refreshes the filter index once, at the end: the same as row by row."""
    from tests.helpers import computed, kept

    client.force_login(secretary)
    LessonFactory(slug="import-les-0", themes=["oud thema"], parties=["burgers"])
    confirm(client, preview(client, lesson_file(30))[0])
    assert kept() == computed()
    # Changes to existing lessons too: another theme for all, one back to draft.
    changed = lesson_file(30, themes="Water").replace(b"published,2026", b"draft,2026", 1)
    confirm(client, preview(client, changed)[0])
    assert Lesson.objects.filter(status="draft").count() == 1
    assert kept() == computed()
    # And after the import, writes keep it current again, row by row.
    LessonFactory(themes=["Water"])
    assert kept() == computed()


@pytest.mark.postgres
def test_an_import_that_takes_a_word_out_of_public_text_makes_suggestions_forget_it(
    client, secretary, references
):
    """The preview defers what the vocabulary forgets; the confirmed import does it, once
    for all rows, against the updated texts."""
    client.force_login(secretary)
    confirm(client, preview(client, lesson_file(3, title="Kroonkurkenles"))[0])
    assert SearchTerm.objects.filter(word="kroonkurkenles").exists()
    response, _queries = preview(client, lesson_file(3, title="Flessendoppenles"))
    assert SearchTerm.objects.filter(word="kroonkurkenles").exists()  # a preview changes nothing
    confirm(client, response)
    assert not SearchTerm.objects.filter(word="kroonkurkenles").exists()
    assert SearchTerm.objects.filter(word="flessendoppenles").exists()

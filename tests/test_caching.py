"""The page cache: repeat visits cost no queries, and no visitor ever sees stale content."""

import re

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from duurzaamdoor import caching, table_versions
from duurzaamdoor.paginators import ListPaginator
from duurzaamdoor.sitemaps import LessonSitemap
from lessons.choices import LessonStatus
from lessons.models import Lesson, ThemeTag
from tests.factories import LessonFactory, PublicCaseFactory

pytestmark = pytest.mark.django_db


def test_a_repeat_visit_is_served_with_one_query_for_the_versions(client):
    LessonFactory(title="Begin bij de inkoopkalender")
    first = client.get("/lessen/")
    assert first["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/lessen/")
    assert [q["sql"] for q in queries] == ["SELECT name, version FROM duurzaamdoor_tableversion"]
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    assert "Begin bij de inkoopkalender" in again.content.decode()


def test_an_edit_shows_at_once(client):
    lesson = LessonFactory(title="Oude titel")
    assert "Oude titel" in client.get(lesson.get_absolute_url()).content.decode()
    assert "Oude titel" in client.get("/lessen/").content.decode()
    lesson.title = "Nieuwe titel"
    lesson.save()
    assert "Nieuwe titel" in client.get(lesson.get_absolute_url()).content.decode()
    listing = client.get("/lessen/").content.decode()
    assert "Nieuwe titel" in listing and "Oude titel" not in listing


def test_a_new_theme_shows_in_the_filtered_list_at_once(client):
    LessonFactory(title="Al over bouw", themes=["bouw"])
    lesson = LessonFactory(title="Hergebruik beton", themes=["textiel"])
    assert "Al over bouw" in client.get("/lessen/?thema=bouw").content.decode()
    assert "Hergebruik beton" not in client.get("/lessen/?thema=bouw").content.decode()
    lesson.themes.add("bouw")
    assert "Hergebruik beton" in client.get("/lessen/?thema=bouw").content.decode()


def test_unpublishing_and_deleting_take_the_page_away(client):
    lesson = LessonFactory(title="Even zichtbaar")
    url = lesson.get_absolute_url()
    assert client.get(url).status_code == 200
    lesson.status = LessonStatus.DRAFT
    lesson.save()
    assert client.get(url).status_code == 404
    assert "Even zichtbaar" not in client.get("/lessen/").content.decode()
    case = PublicCaseFactory(title="Vastgelopen inzameling")
    assert client.get(case.get_absolute_url()).status_code == 200
    case.delete()
    assert client.get(case.get_absolute_url()).status_code == 404


def test_a_version_changes_with_its_transaction_only():
    lesson = LessonFactory()
    before = table_versions.current_versions()
    try:
        with transaction.atomic():
            Lesson.objects.filter(pk=lesson.pk).update(title="Nooit bewaard")
            assert table_versions.current_versions()["lessons_lesson"] > before["lessons_lesson"]
            raise RuntimeError
    except RuntimeError:
        pass
    assert table_versions.current_versions() == before


def test_a_draft_changes_no_version():
    ThemeTag.objects.create(name="bouw")  # a new theme's name is public at once
    draft = LessonFactory(status=LessonStatus.DRAFT, published_at=None)
    before = table_versions.current_versions()
    draft.title = "Nog steeds een concept"
    draft.save()
    draft.themes.add("bouw")
    assert table_versions.current_versions() == before
    draft.status = LessonStatus.PUBLISHED
    draft.save()
    assert table_versions.current_versions()["lessons_lesson"] > before["lessons_lesson"]


def test_staff_never_get_the_visitors_copy(client, secretary, django_assert_max_num_queries):
    lesson = LessonFactory(title="Gedeelde les")
    client.get(lesson.get_absolute_url())
    client.force_login(secretary)
    response = client.get(lesson.get_absolute_url())
    assert response.status_code == 200
    assert response.wsgi_request.user == secretary
    draft = LessonFactory(title="Concept", status=LessonStatus.DRAFT, published_at=None)
    assert client.get(draft.get_absolute_url()).status_code == 200  # the preview
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_waiting_message_gets_a_page_of_its_own(client):
    LessonFactory()
    client.get("/lessen/")
    client.cookies.load({"messages": "iets"})
    response = client.get("/lessen/")
    assert response.status_code == 200
    assert "X-Cache" not in response


@pytest.mark.parametrize(
    "variant",
    [
        "/lessen/?thema=bouw&doelgroep=inkopers",
        "/lessen/?doelgroep=inkopers&thema=bouw",  # another order
        "/lessen/?thema=bouw&thema=bouw&doelgroep=inkopers",  # a repeated value
        "/lessen/?thema=bouw&doelgroep=inkopers&x=1&utm_source=nieuwsbrief",  # unknown
        "/lessen/?thema=bouw&doelgroep=inkopers&page=1&q=",  # the defaults, spelled out
        "/lessen/?thema=+bouw+&doelgroep=inkopers&page=abc",  # spaces, a page that is none
    ],
)
def test_every_variant_of_an_address_is_served_from_one_cached_page(client, variant):
    from tests.factories import AudienceFactory

    LessonFactory(title="Bouwen met inkopers", themes=["bouw"],
                  audiences=[AudienceFactory(name="Inkopers", slug="inkopers")])  # fmt: skip
    canonical = client.get("/lessen/?doelgroep=inkopers&thema=bouw")
    assert canonical["X-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(variant)
    assert response["X-Cache"] == "hit"
    assert len(queries) == 1  # the versions; nothing rendered
    assert response.content == canonical.content
    assert "Bouwen met inkopers" in response.content.decode()


def test_a_page_with_a_csrf_token_is_not_stored():
    calls = []

    @caching.public_page()
    def view(request):
        calls.append(1)
        return HttpResponse(f"<input name='csrfmiddlewaretoken' value='{get_token(request)}'>")

    factory = RequestFactory()
    view(factory.get("/formulier/"))
    view(factory.get("/formulier/"))
    assert len(calls) == 2


def test_feeds_answer_a_repeat_question_with_not_modified(client):
    LessonFactory(title="In de feed")
    first = client.get("/feeds/lessen/")
    assert first.status_code == 200 and first["ETag"]
    again = client.get("/feeds/lessen/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    LessonFactory(title="Nog een")
    changed = client.get("/feeds/lessen/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and "Nog een" in changed.content.decode()


def test_the_sitemap_is_an_index_of_bounded_pages(client, monkeypatch):
    monkeypatch.setattr(LessonSitemap, "limit", 2)
    for n in range(3):
        LessonFactory(title=f"Les {n}")
    index = client.get("/sitemap.xml").content.decode()
    pages = re.findall(r"<loc>http://testserver(/sitemap-lessons\.xml(?:\?p=\d+)?)</loc>", index)
    assert len(pages) == 3  # three lessons in two languages, two addresses per page
    urls = []
    for page in pages:
        urls += re.findall(
            r"<loc>(http://testserver/lessen/[^<]+)</loc>", client.get(page).content.decode()
        )
    assert len(urls) == 3


def test_admin_lists_count_once_until_a_write(client, superuser):
    client.force_login(superuser)
    LessonFactory.create_batch(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert "3 lessen" in client.get("/admin/lessons/lesson/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/admin/lessons/lesson/").content.decode()
    counts = [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert counts == []
    assert "3 lessen" in html
    LessonFactory()
    assert "4 lessen" in client.get("/admin/lessons/lesson/").content.decode()


def test_admin_rows_keep_their_selection_boxes(client, superuser):
    client.force_login(superuser)
    lesson = LessonFactory(title="Te <selecteren> les")
    html = client.get("/admin/lessons/lesson/").content.decode()
    assert (
        f'<input type="checkbox" name="_selected_action" value="{lesson.pk}" class="action-select"'
        in html
    )
    assert "Te &lt;selecteren&gt; les" in html
    assert "<selecteren>" not in html


def test_a_search_that_can_match_nothing_counts_nothing(client):
    LessonFactory(title="Iets")
    response = client.get("/lessen/?q=:")  # no searchable word at all
    assert response.status_code == 200
    assert "Iets" not in response.content.decode()


def test_deep_pages_show_the_same_lessons_in_the_same_order(client, monkeypatch):
    from lessons import listing

    for n in range(45):
        LessonFactory(title=f"Les {n:02d}", themes=["bouw", "water"] if n % 3 else ["bouw"])

    def titles(address: str) -> list[str]:
        cache.clear()
        html = client.get(address).content.decode()
        return re.findall(r'<a class="utrecht-link" href="/lessen/les-\d+/">(Les \d+)</a>', html)

    addresses = ("/lessen/?page=2", "/lessen/?page=3", "/lessen/?thema=bouw&page=2",
                 "/lessen/?thema=water", "/lessen/?thema=water&page=2")  # fmt: skip
    expected = {address: titles(address) for address in addresses}
    assert all(expected.values())
    # Every set walked along the list in chunks of three, from the nearer end.
    monkeypatch.setattr(listing, "SMALL_SET", 0)
    monkeypatch.setattr(listing, "FIRST_CHUNK", 3)
    assert {address: titles(address) for address in addresses} == expected
    water = [f"Les {n:02d}" for n in range(44, -1, -1) if n % 3]
    assert expected["/lessen/?thema=water"] == water[:20]
    assert expected["/lessen/?thema=water&page=2"] == water[20:]
    assert titles("/lessen/?page=3") == [f"Les {n:02d}" for n in range(4, -1, -1)]


def test_deep_pages_of_other_lists_look_up_ids_first(client, monkeypatch):
    for n in range(45):
        PublicCaseFactory(title=f"Case {n:02d}")
    plain = client.get("/praktijkcases/?page=3").content
    cache.clear()
    monkeypatch.setattr(ListPaginator, "deep_offset", 0)  # ids first, then the rows
    assert client.get("/praktijkcases/?page=3").content == plain


def test_a_meeting_page_is_shared_only_without_open_statements_or_positions(client):
    from meetings.participants import COOKIE
    from tests.factories import MeetingFactory, StatementFactory

    meeting = MeetingFactory(title="Ronde Tafel")
    statement = StatementFactory(meeting=meeting, text="Lef kun je leren.", is_open=True)
    url = meeting.get_absolute_url()
    page = client.get(url)
    assert "csrfmiddlewaretoken" in page.content.decode()
    assert client.get(url).content != page.content  # a fresh form, not a stored copy

    statement.is_open = False
    statement.save()
    closed = client.get(url)
    assert "csrfmiddlewaretoken" not in closed.content.decode()
    assert closed["Cache-Control"].startswith("max-age=0")  # browsers still ask again
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).content == closed.content
    assert len(queries) == 1  # the versions
    client.cookies[COOKIE] = "iemand"
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) > 0  # a participant sees their own positions


def test_the_tables_a_statement_reads():
    sql = (
        'WITH kb_matches AS (SELECT "id" FROM "lessons_lesson" WHERE "id" IN '
        "(SELECT value FROM json_each(%s))), kb_counts AS (SELECT count(*) FROM kb_matches) "
        'SELECT * FROM kb_counts LEFT JOIN "cases_case" ON 1 = 1'
    )
    reads = table_versions.Reads({}, table_versions.tables_in(sql))
    assert reads.tables == {"lessons_lesson", "cases_case", "json_each"}
    assert reads.unwatched() == set()  # json_each is a function, the rest is watched

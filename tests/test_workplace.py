"""The workplace: dashboard, contact data in exports, themes, history, links, previews."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import escape

from lessons.models import Lesson, ThemeTag
from tests.factories import (
    CaseFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    StatementFactory,
    UserFactory,
)
from tests.forms import change_data, form_fields

LONG_AGO = timezone.now() - datetime.timedelta(days=45)


@pytest.fixture
def workload(db):
    for n in range(3):
        CaseFactory(title=f"Nieuw {n}")
    CaseFactory(title="Stil", status="in_behandeling", status_changed_at=LONG_AGO)
    CaseFactory(title="Stil maar klaar", status="afgerond", status_changed_at=LONG_AGO)
    PublicCaseFactory.create_batch(2)
    LessonFactory.create_batch(4)
    LessonFactory.create_batch(2, status="draft", published_at=None)
    EcosystemFactory(title="Wachtende kaart", status="draft", self_service=True)
    EcosystemFactory(title="Concept van het secretariaat", status="draft")
    EcosystemFactory()
    upcoming = MeetingFactory(title="Volgende tafel")
    StatementFactory(meeting=upcoming, text="Open vraag", is_open=True)
    StatementFactory(meeting=upcoming, text="Nog dicht", is_open=False)
    MeetingFactory(title="Vorige tafel", starts_at=LONG_AGO)


def test_dashboard_shows_what_needs_attention(
    client, secretary, workload, django_assert_max_num_queries
):
    client.force_login(secretary)
    with django_assert_max_num_queries(17):  # 10 for the dashboard, the rest for the admin itself
        response = client.get("/admin/")
    board = response.context["dashboard"]
    assert board.new_case_count == 3
    assert [case.title for case in board.stale_cases] == ["Stil"]
    assert board.draft_lesson_count == 2
    assert [m.title for m in board.waiting_maps] == ["Wachtende kaart"]
    assert board.next_meeting.title == "Volgende tafel"
    assert [s.text for s in board.open_statements] == ["Open vraag"]
    assert board.totals == {
        "public_cases": 2, "published_lessons": 4, "published_maps": 1, "meetings": 2,
    }  # fmt: skip
    html = response.content.decode()
    assert "3 nieuwe praktijkcases wachten op moderatie" in html
    assert "1 lopende case is langer dan 30 dagen niet van status veranderd" in html
    # Each number links to the admin's list of exactly what it counts.
    for url, count in (
        (board.new_cases_url, 3),
        (board.draft_lessons_url, 2),
        (board.waiting_maps_url, 1),
    ):
        assert f'href="{escape(url)}"' in html
        assert client.get(url).context["cl"].result_count == count, url


def test_dashboard_query_count_does_not_grow_with_content(
    client, secretary, workload, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(secretary)
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    CaseFactory.create_batch(20)
    LessonFactory.create_batch(20, status="draft", published_at=None)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get("/admin/")


def test_dashboard_is_for_staff_only(client, outsider, db):
    client.force_login(outsider)
    assert client.get("/admin/").status_code == 302


def test_contact_data_only_in_a_superusers_export(client, secretary, superuser):
    CaseFactory(contact_email="geheim@example.org", contact_name="Geheime Naam")
    client.force_login(secretary)
    form = client.get("/admin/cases/case/export/").content.decode()
    assert "contact_email" not in form
    response = client.post(
        "/admin/cases/case/export/",
        {
            "format": "0",
            "resource": "0",
            "caseresource_contact_email": "on",
            "caseresource_title": "on",
        },
    )
    assert "geheim@example.org" not in response.content.decode()
    client.force_login(superuser)
    response = client.post(
        "/admin/cases/case/export/",
        {"format": "0", "resource": "0", "casewithcontactresource_contact_email": "on",
         "casewithcontactresource_title": "on"},
    )  # fmt: skip
    assert "geheim@example.org" in response.content.decode()


def test_merging_themes_moves_lessons_and_leaves_no_orphans(client, secretary):
    both = LessonFactory(title="Beide", themes=["circulair inkopen", "inkoop circulair"])
    one = LessonFactory(title="Een", themes=["inkoop circulair"])
    target = ThemeTag.objects.get(name="circulair inkopen")
    other = ThemeTag.objects.get(name="inkoop circulair")
    client.force_login(secretary)
    data = {"action": "merge", "_selected_action": [target.pk, other.pk]}
    assert (
        "Welk thema blijft over?" in client.post("/admin/lessons/themetag/", data).content.decode()
    )
    response = client.post(
        "/admin/lessons/themetag/", {**data, "apply": "1", "target": target.pk}, follow=True
    )
    assert "Samengevoegd in “circulair inkopen”; 2 lessen verhuisd." in response.content.decode()
    assert list(ThemeTag.objects.values_list("name", flat=True)) == ["circulair inkopen"]
    assert list(both.themes.names()) == ["circulair inkopen"]
    assert list(one.themes.names()) == ["circulair inkopen"]


def test_reverting_a_lesson_to_an_earlier_version(client, secretary):
    lesson = LessonFactory(title="Eerste titel")
    lesson.title = "Tweede titel"
    lesson.save()
    client.force_login(secretary)
    history = client.get(f"/admin/lessons/lesson/{lesson.pk}/history/").content.decode()
    assert "Eerste titel" in history or "Tweede titel" in history
    first = lesson.history.earliest()
    url = f"/admin/lessons/lesson/{lesson.pk}/history/{first.history_id}/"
    form = client.get(url)
    assert form.status_code == 200
    data = {
        "title": "Eerste titel", "slug": lesson.slug, "lead": lesson.lead, "body": lesson.body,
        "themes": "", "status": "published", "published_at_0": "2024-01-01",
        "published_at_1": "00:00:00",
    }  # fmt: skip
    response = client.post(url, data)
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.title == "Eerste titel"
    assert lesson.history.count() == 3
    # The history says who changed what.
    assert lesson.history.latest().history_user == secretary
    history = client.get(f"/admin/lessons/lesson/{lesson.pk}/history/").content.decode()
    assert secretary.username in history
    # The name is no link to the user admin, which the secretariat may not open (403).
    assert f"/admin/auth/user/{secretary.pk}/change/" not in history
    assert "Titel" in history or "titel" in history


@pytest.mark.parametrize("kind", ["lesson", "map"])
def test_publishing_from_the_list_gives_a_draft_its_moment_and_keeps_an_old_one(
    client, secretary, kind
):
    """The publish action writes lessons in bulk, past ``save()``; both kinds still get a
    publication moment, as when they are published on their own page."""
    factory, path = {
        "lesson": (LessonFactory, "/admin/lessons/lesson/"),
        "map": (EcosystemFactory, "/admin/ecosystem/ecosystem/"),
    }[kind]
    fresh = factory(status="draft", published_at=None)
    earlier = factory(status="draft", published_at=LONG_AGO)
    client.force_login(secretary)
    before = timezone.now().replace(microsecond=0)
    response = client.post(path, {"action": "publish", "_selected_action": [fresh.pk, earlier.pk]})
    assert response.status_code == 302
    fresh.refresh_from_db()
    earlier.refresh_from_db()
    assert fresh.is_published and earlier.is_published
    assert before <= fresh.published_at <= timezone.now()
    assert earlier.published_at == LONG_AGO.replace(microsecond=0)


@pytest.mark.parametrize("kind", ["case", "map"])
def test_a_case_or_map_version_is_read_not_put_back(client, secretary, kind):
    """Putting back an earlier version of a case would skip the workflow (status, timeline,
    publication, the mail to the submitter); of a map, the question before it moves to
    another case. Their versions can be read; the page has no button and refuses to save."""
    if kind == "case":
        thing = PublicCaseFactory(title="Case in onderzoek")
        thing.public_title = "Nieuwe publieke titel"
        base = f"/admin/cases/case/{thing.pk}/history/"
    else:
        first, second = CaseFactory(title="Eerste case"), CaseFactory(title="Tweede case")
        thing = EcosystemFactory(title="Kaart bij de eerste", case=first)
        thing.case = second
        base = f"/admin/ecosystem/ecosystem/{thing.pk}/history/"
    thing.save()
    before = thing.history.latest()
    earliest = thing.history.earliest()
    client.force_login(secretary)
    url = f"{base}{earliest.history_id}/"

    page = client.get(url).content.decode()
    assert "Terugzetten" not in page
    assert "bekijken" in page

    form_id = f"{thing._meta.model_name}_form"
    response = client.post(url, {"_save": "", **form_fields(page, form_id)})
    assert response.status_code == 403
    assert thing.history.latest() == before
    if kind == "map":
        thing.refresh_from_db()
        assert thing.case == second


def test_links_are_chosen_from_either_side_and_shown_on_both(client, secretary):
    lesson = LessonFactory(title="Verbonden les")
    case = PublicCaseFactory(title="Verbonden case")
    meeting = MeetingFactory(title="Verbonden tafel", starts_at=LONG_AGO)
    ecosystem = EcosystemFactory(title="Verbonden kaart")
    client.force_login(secretary)
    form = client.get(f"/admin/lessons/lesson/{lesson.pk}/change/").content.decode()
    assert 'name="cases"' in form and 'name="meetings"' in form
    data = {
        "title": lesson.title, "slug": lesson.slug, "lead": lesson.lead, "body": lesson.body,
        "themes": "", "status": "published", "published_at_0": "2024-01-01",
        "published_at_1": "00:00:00", "cases": [case.pk], "meetings": [meeting.pk],
    }  # fmt: skip
    assert client.post(f"/admin/lessons/lesson/{lesson.pk}/change/", data).status_code == 302
    assert list(case.lessons.all()) == [lesson]
    assert list(meeting.lessons.all()) == [lesson]

    case_form = client.get(f"/admin/cases/case/{case.pk}/change/").content.decode()
    assert f'<option value="{lesson.pk}" selected>Verbonden les</option>' in case_form
    # From the case's side: its map and the meeting where it was discussed.
    data = change_data(case, lessons=[lesson.pk], ecosystems=[ecosystem.pk], meetings=[meeting.pk])
    assert client.post(f"/admin/cases/case/{case.pk}/change/", data).status_code == 302
    ecosystem.refresh_from_db()
    assert ecosystem.case == case
    client.logout()
    lesson_page = client.get(lesson.get_absolute_url()).content.decode()
    assert "Verbonden case" in lesson_page and "Verbonden tafel" in lesson_page
    case_page = client.get(case.get_absolute_url()).content.decode()
    assert "Verbonden les" in case_page and "Verbonden kaart" in case_page
    assert "Verbonden tafel" in case_page
    assert "Verbonden case" in client.get(meeting.get_absolute_url()).content.decode()
    assert "Verbonden case" in client.get(ecosystem.get_absolute_url()).content.decode()


@pytest.mark.parametrize("kind", ["lesson", "case", "map", "meeting", "pioneer"])
def test_drafts_are_previewed_by_staff_and_404_for_the_public(client, secretary, kind):
    draft = {
        "lesson": lambda: LessonFactory(status="draft", published_at=None),
        "case": lambda: CaseFactory(public_summary="Nog niet openbaar"),
        "map": lambda: EcosystemFactory(status="draft"),
        "meeting": lambda: MeetingFactory(is_published=False),
        "pioneer": lambda: PioneerFactory(may_publish=False),
    }[kind]()
    url = draft.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(UserFactory(username="alleen-ingelogd"))
    assert client.get(url).status_code == 404
    client.force_login(secretary)
    response = client.get(url)
    assert response.status_code == 200
    assert "Concept:" in response.content.decode()


def test_lesson_model_is_unchanged_by_failed_imports(db):
    assert Lesson.objects.count() == 0

"""The secretary runs meetings in their own part of the admin, reached from lessons and cases
too, and addresses from before meetings had an app of their own still lead there."""

import re

import pytest
from django.contrib.auth.models import Group

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from tests.factories import LessonFactory, MeetingFactory, PublicCaseFactory, StatementFactory


def test_secretariat_has_exactly_the_meeting_permissions(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.filter(content_type__app_label="meetings")
    }
    expected = {
        f"meetings.{action}_{model}"
        for model in ("meeting", "statement")
        for action in ("add", "change", "delete", "view")
    } | {"meetings.view_position"}
    assert granted == expected


def test_meetings_have_their_own_part_of_the_admin(client, secretary):
    statement = StatementFactory(text="Lef kun je leren.")
    client.force_login(secretary)
    index = client.get("/admin/").content.decode()
    assert 'href="/admin/meetings/meeting/"' in index
    assert 'href="/admin/meetings/statement/"' in index
    assert "/admin/lessons/meeting/" not in index
    page = client.get(f"/admin/meetings/meeting/{statement.meeting.pk}/change/")
    assert page.status_code == 200
    assert "Lef kun je leren." in page.content.decode()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/admin/lessons/meeting/", "/admin/meetings/meeting/"),
        ("/admin/lessons/meeting/7/change/", "/admin/meetings/meeting/7/change/"),
        ("/admin/lessons/meeting/7/history/", "/admin/meetings/meeting/7/history/"),
        (
            "/admin/lessons/statement/?meeting__id__exact=7&is_open__exact=1",
            "/admin/meetings/statement/?meeting__id__exact=7&is_open__exact=1",
        ),
        (
            "/admin/lessons/position/?q=r%C3%A9sum%C3%A9",
            "/admin/meetings/position/?q=r%C3%A9sum%C3%A9",
        ),
    ],
)
def test_old_admin_addresses_lead_to_the_same_page_of_meetings(client, db, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_a_form_sent_to_an_old_admin_address_is_sent_on_as_it_was(client, secretary):
    client.force_login(secretary)
    response = client.post("/admin/lessons/statement/", {"action": "open_statements"})
    assert response.status_code == 308  # the browser sends the same form again
    assert response["Location"] == "/admin/meetings/statement/"


def test_the_lessons_own_admin_pages_stay_where_they_are(client, secretary):
    client.force_login(secretary)
    assert client.get("/admin/lessons/lesson/").status_code == 200
    assert client.get("/admin/lessons/source/").status_code == 200


def _autocomplete(form_html: str, field: str) -> dict:
    """What the admin's autocomplete widget of ``field`` asks the server for."""
    widget = re.search(rf'<select name="{field}"[^>]*>', form_html).group(0)
    attributes = dict(re.findall(r'data-(app-label|model-name|field-name)="([^"]*)"', widget))
    return {
        "app_label": attributes["app-label"],
        "model_name": attributes["model-name"],
        "field_name": attributes["field-name"],
    }


@pytest.mark.parametrize("owner", ["lesson", "case"])
def test_meetings_are_found_from_a_lesson_or_a_case(client, secretary, owner):
    """The lesson and case forms choose meetings through the link the meetings app adds to
    them, with the admin's autocomplete."""
    MeetingFactory(title="Ronde Tafel over lef")
    MeetingFactory(title="Werksessie inkoop")
    item = LessonFactory() if owner == "lesson" else PublicCaseFactory()
    client.force_login(secretary)
    app = "lessons" if owner == "lesson" else "cases"
    form = client.get(f"/admin/{app}/{owner}/{item.pk}/change/").content.decode()
    response = client.get(
        "/admin/autocomplete/", {"term": "ronde", **_autocomplete(form, "meetings")}
    )
    assert [row["text"] for row in response.json()["results"]] == ["Ronde Tafel over lef"]

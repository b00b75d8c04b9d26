"""The secretary moderates cases in the admin: queue, workflow, publication, personal data."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from cases.choices import CaseStatus
from cases.models import Case
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from tests.factories import CaseFactory, PublicCaseFactory
from tests.forms import admin_action_form as action_form
from tests.forms import change_data


def test_secretariat_permissions_for_cases(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    granted = set(
        group.permissions.filter(content_type__app_label="cases").values_list("codename", flat=True)
    )
    assert granted == {"change_case", "delete_case", "view_case", "view_caseevent"}


def test_queue_shows_new_cases_first_and_their_count_on_the_index(client, secretary):
    old_new = CaseFactory(
        title="Nieuw maar oud", submitted_at=timezone.now() - datetime.timedelta(days=9)
    )
    CaseFactory(title="In behandeling, recent", status="in_behandeling")
    CaseFactory(title="Nieuw en recent")
    client.force_login(secretary)
    response = client.get("/admin/cases/case/")
    titles = [case.title for case in response.context["cl"].result_list]
    assert titles == ["Nieuw en recent", old_new.title, "In behandeling, recent"]
    index = client.get("/admin/").content.decode()
    assert "2 nieuwe praktijkcases wachten op moderatie" in index


def test_change_form_moves_the_case_with_a_public_message(
    client, secretary, mailoutbox, django_capture_on_commit_callbacks
):
    case = CaseFactory()
    client.force_login(secretary)
    form = client.get(f"/admin/cases/case/{case.pk}/change/").content.decode()
    assert '<option value="in_behandeling">In behandeling</option>' in form
    assert '<option value="afgerond">' not in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/cases/case/{case.pk}/change/",
            change_data(case, transition_to="in_behandeling", public_message="Welkom aan tafel."),
        )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "in_behandeling"
    assert case.events.get().actor == secretary
    assert "Welkom aan tafel." in client.get(case.get_status_url()).content.decode()
    assert [mail.to for mail in mailoutbox] == [["lotte.verbeek@example.org"]]


def test_rejecting_in_the_form_needs_a_reason(client, secretary):
    case = CaseFactory()
    client.force_login(secretary)
    response = client.post(
        f"/admin/cases/case/{case.pk}/change/", change_data(case, transition_to="afgewezen")
    )
    assert response.status_code == 200
    assert "Geef een reden; de indiener ziet die." in response.content.decode()
    case.refresh_from_db()
    assert case.status == "ingediend"


def test_bulk_action_with_message_moves_allowed_cases_and_reports_refusals(client, secretary):
    new = CaseFactory(title="Nieuw")
    closed = CaseFactory(title="Klaar", status="afgerond")
    client.force_login(secretary)
    selected = {"action": "to_in_behandeling", "_selected_action": [new.pk, closed.pk]}
    confirm = client.post("/admin/cases/case/", selected)
    html = confirm.content.decode()
    assert "kan niet naar deze status en wordt overgeslagen" in html
    response = client.post(
        "/admin/cases/case/",
        {**selected, "apply": "1", "public_message": "We gaan aan de slag."},
        follow=True,
    )
    html = response.content.decode()
    assert "1 case gewijzigd." in html
    assert "“Klaar” staat op “Afgerond” en kan niet naar “In behandeling”." in html
    new.refresh_from_db()
    assert new.status == "in_behandeling"
    assert new.events.get().public_message == "We gaan aan de slag."


@pytest.mark.parametrize("status", ["ingediend", "in_behandeling", "afgewezen"])
def test_a_case_is_published_only_once_the_table_took_it_up(client, secretary, status):
    """The public list offers only the statuses a public case can have: a case still
    waiting or turned down cannot be published at all."""
    case = CaseFactory(title="Nog niet opgepakt", status=status)
    client.force_login(secretary)
    response = client.post(
        f"/admin/cases/case/{case.pk}/change/",
        change_data(case, is_public="on", public_title="Opslag", public_summary="Geanonimiseerd."),
    )
    assert response.status_code == 200
    assert "Je kunt een case pas publiceren als de tafel hem in onderzoek heeft genomen" in (
        response.content.decode()
    )
    case.refresh_from_db()
    assert not case.is_public


def test_publishing_needs_a_public_title_and_summary(client, secretary):
    case = CaseFactory(title="Vraag van Xandra Purgetest", status="in_onderzoek")
    client.force_login(secretary)
    url = f"/admin/cases/case/{case.pk}/change/"
    message = "Schrijf eerst een publieke titel en een publieke samenvatting"
    response = client.post(url, change_data(case, is_public="on"))
    assert response.status_code == 200
    assert message in response.content.decode()
    # A summary alone is not enough: the submitted title may name people.
    response = client.post(
        url, change_data(case, is_public="on", public_summary="Geanonimiseerd verhaal.")
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    response = client.post(
        url,
        change_data(
            case,
            is_public="on",
            public_title="Opslag van bouwmaterialen",
            public_summary="Geanonimiseerd verhaal.",
        ),
    )
    assert response.status_code == 302
    case.refresh_from_db()
    # The public address comes from the public title, not from the submitted one.
    assert case.slug == "opslag-van-bouwmaterialen"
    page = Client().get(case.get_absolute_url())
    assert page.status_code == 200
    assert "Opslag van bouwmaterialen" in page.content.decode()
    assert "Purgetest" not in page.content.decode()
    # Once public, the address stays when the public title changes.
    response = client.post(url, change_data(case, public_title="Opslag van sloophout"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.public_title, case.slug) == ("Opslag van sloophout", "opslag-van-bouwmaterialen")


def test_removing_personal_data_asks_first_and_removes_once_confirmed(client, secretary):
    case = PublicCaseFactory(title="Opslag in Arnhem", private_notes="Gebeld met Lotte Verbeek")
    other = PublicCaseFactory(title="Niet gekozen")
    client.force_login(secretary)
    chosen = {"action": "remove_personal_data", "_selected_action": [case.pk]}

    page = client.post("/admin/cases/case/", chosen)

    assert page.status_code == 200  # a page that asks, not the list with a message
    html = page.content.decode()
    assert "<h1>Persoonsgegevens verwijderen</h1>" in html
    assert "Opslag in Arnhem (Inzichten gedeeld)" in html
    assert "Niet gekozen" not in html
    assert "Dat kun je niet ongedaan maken." in html
    case.refresh_from_db()
    assert (case.contact_name, case.contact_email) == ("Lotte Verbeek", "lotte.verbeek@example.org")
    assert case.personal_data_removed_at is None

    response = client.post("/admin/cases/case/", action_form(html), follow=True)

    assert "Persoonsgegevens van 1 case verwijderd." in response.content.decode()
    case.refresh_from_db()
    assert (case.contact_name, case.contact_email) == ("", "")
    assert case.private_notes == "Gebeld met [naam verwijderd]"
    assert case.personal_data_removed_at is not None
    other.refresh_from_db()
    assert other.contact_email == "lotte.verbeek@example.org"


OPEN_CASE_WARNING = "de indiener niet meer mailen"


@pytest.mark.parametrize("status", CaseStatus.values)
def test_the_purge_page_warns_that_the_submitter_of_an_open_case_cannot_be_mailed(
    client, secretary, status
):
    """A closed case is where the purge is meant for; an open one may still need a mail to
    its submitter. The purge stays possible: a submitter may ask for erasure at any time."""
    case = CaseFactory(title="Gekozen case", status=status)
    client.force_login(secretary)
    html = client.post(
        "/admin/cases/case/", {"action": "remove_personal_data", "_selected_action": [case.pk]}
    ).content.decode()
    still_open = status not in ("afgerond", "afgewezen")
    assert (OPEN_CASE_WARNING in html) is still_open
    assert ("nog open: de indiener kan daarna niet meer gemaild worden" in html) is still_open
    assert 'value="Ja, verwijder de persoonsgegevens"' in html


def test_the_purge_page_names_the_open_cases_among_the_closed(client, secretary):
    open_case = CaseFactory(title="Loopt nog", status="in_behandeling")
    closed = CaseFactory(title="Klaar", status="afgerond")
    client.force_login(secretary)
    html = client.post(
        "/admin/cases/case/",
        {"action": "remove_personal_data", "_selected_action": [open_case.pk, closed.pk]},
    ).content.decode()
    assert "Let op: 1 case is nog niet afgerond of afgewezen." in html
    rows = dict(re.findall(r"<li>(Loopt nog|Klaar) \(.*?\)(.*?)</li>", html, re.S))
    assert "nog open" in rows["Loopt nog"]
    assert rows["Klaar"] == ""


def test_cases_are_not_added_in_the_admin(client, secretary):
    client.force_login(secretary)
    assert client.get("/admin/cases/case/add/").status_code == 403


def test_outsider_cannot_see_cases(client, outsider):
    client.force_login(outsider)
    assert client.get("/admin/cases/case/").status_code == 302


# The names of the steps, as the secretary reads them in the action menu of the case list.
STEP_NAMES = [
    ("to_in_behandeling", "In behandeling nemen"),
    ("to_in_onderzoek", "Naar onderzoek door de tafel"),
    ("to_inzichten_gedeeld", "Inzichten gedeeld"),
    ("to_afgerond", "Afronden"),
    ("to_afgewezen", "Afwijzen (met reden)"),
]


def test_the_action_menu_names_every_step_and_its_page_says_which(client, secretary):
    CaseFactory()
    client.force_login(secretary)
    html = client.get("/admin/cases/case/").content.decode()
    menu = re.findall(r'<option value="(to_[a-z_]+)">([^<]+)</option>', html)
    assert menu == STEP_NAMES
    for action, name in STEP_NAMES:
        page = client.post(
            "/admin/cases/case/",
            {"action": action, "_selected_action": [Case.objects.get().pk]},
        ).content.decode()
        assert f"<h1>{name}</h1>" in page, action

"""A map moves from one case to another only when the secretary says yes.

The link can be changed from the case's page and from the map's page; on both, a map that
belongs to another case is not silently taken away from it.
"""

import pytest

from ecosystem.models import Ecosystem
from tests.factories import CaseFactory, EcosystemFactory
from tests.forms import form_fields

QUESTION = "Ja, verplaats de kaart"


@pytest.fixture
def team_map(db):
    """A map the team submitted with its case."""
    submitted_with = CaseFactory(title="Sloophout zoekt opslag")
    return EcosystemFactory(title="Kaart van het team", case=submitted_with)


def opened(client, url: str, form_id: str) -> tuple[str, dict[str, list[str]]]:
    html = client.get(url).content.decode()
    return html, form_fields(html, form_id)


def test_linking_a_map_of_another_case_on_the_case_page_asks_first(client, secretary, team_map):
    other = CaseFactory(title="Hout in de regio", private_notes="")
    free_map = EcosystemFactory(title="Losse kaart")
    client.force_login(secretary)
    url = f"/admin/cases/case/{other.pk}/change/"
    html, form = opened(client, url, "case_form")
    assert QUESTION not in html
    form.update(
        ecosystems=[team_map.pk, free_map.pk], private_notes=["Kaart hoort eigenlijk hierbij."]
    )

    response = client.post(url, form)

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "“Kaart van het team” hoort nu bij de case “Sloophout zoekt opslag”; sla je op, dan "
        "verhuist de kaart naar “Hout in de regio” en staat hij niet meer bij “Sloophout "
        "zoekt opslag”."
    ) in html
    assert "Losse kaart” hoort nu" not in html  # a map of no case is simply linked
    again = form_fields(html, "case_form")
    assert again["private_notes"] == ["Kaart hoort eigenlijk hierbij."]
    assert again.get("confirm_map_move") is None  # asked, not yet answered
    assert QUESTION in html
    team_map.refresh_from_db()
    assert team_map.case.title == "Sloophout zoekt opslag"
    assert Ecosystem.objects.get(pk=free_map.pk).case is None
    other.refresh_from_db()
    assert other.private_notes == ""

    # Yes: the map moves, and the rest is saved with it.
    again["confirm_map_move"] = ["on"]
    assert client.post(url, again).status_code == 302
    team_map.refresh_from_db()
    other.refresh_from_db()
    assert team_map.case == other
    assert Ecosystem.objects.get(pk=free_map.pk).case == other
    assert other.private_notes == "Kaart hoort eigenlijk hierbij."

    # Its own maps do not ask again.
    html, form = opened(client, url, "case_form")
    assert QUESTION not in html
    assert client.post(url, form).status_code == 302


def test_choosing_another_case_on_the_map_page_asks_first(client, secretary, team_map):
    other = CaseFactory(title="Hout in de regio")
    client.force_login(secretary)
    url = f"/admin/ecosystem/ecosystem/{team_map.pk}/change/"
    html, form = opened(client, url, "ecosystem_form")
    assert QUESTION not in html
    form.update(case=[other.pk], task=["Hout uit sloop weer gebruiken."])

    response = client.post(url, form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "“Kaart van het team” hoort nu bij de case “Sloophout zoekt opslag”" in html
    assert QUESTION in html
    team_map.refresh_from_db()
    assert team_map.case.title == "Sloophout zoekt opslag"
    assert team_map.task != "Hout uit sloop weer gebruiken."

    again = form_fields(html, "ecosystem_form")
    assert again["task"] == ["Hout uit sloop weer gebruiken."]
    again["confirm_map_move"] = ["on"]
    assert client.post(url, again).status_code == 302
    team_map.refresh_from_db()
    assert (team_map.case, team_map.task) == (other, "Hout uit sloop weer gebruiken.")


def test_unlinking_a_map_needs_no_question(client, secretary, team_map):
    client.force_login(secretary)
    url = f"/admin/ecosystem/ecosystem/{team_map.pk}/change/"
    _html, form = opened(client, url, "ecosystem_form")
    form["case"] = [""]
    assert client.post(url, form).status_code == 302
    team_map.refresh_from_db()
    assert team_map.case is None

"""A workshop: thirty people behind one office address build their own maps.

Their edit pages show every view of the public map, and mistyped forms do not use up the
limit that the whole room shares.
"""

import re

import pytest

from ecosystem.models import Ecosystem
from tests.factories import ActorFactory, EcosystemFactory, FactorFactory

OFFICE = "192.0.2.40"  # the one address a whole room shares


@pytest.fixture
def workshop_map(db):
    ecosystem = EcosystemFactory(title="Textiel in Twente", status="draft", self_service=True)
    ActorFactory(ecosystem=ecosystem, name="Gemeente Enschede", party="decentraal", influence=5,
                 interest=4)  # fmt: skip
    ActorFactory(ecosystem=ecosystem, name="Kringloop Twente", party="maatschappelijk",
                 influence=1, interest=5)  # fmt: skip
    FactorFactory(ecosystem=ecosystem, name="Inzamelsubsidie", effect="helpt", weight=3)
    FactorFactory(ecosystem=ecosystem, name="Afvalstatus van textiel", effect="remt", weight=2)
    return ecosystem


def _section(html: str, heading_id: str) -> str:
    """The whole <section> that the heading with this id names."""
    match = re.search(
        rf'<section aria-labelledby="{heading_id}".*?</section>\s*</div>\s*</section>', html, re.S
    )
    assert match, f"no section {heading_id}"
    return match.group(0)


def test_the_edit_page_shows_the_grid_and_the_force_field(client, workshop_map):
    html = client.get(workshop_map.get_edit_url()).content.decode()
    grid = _section(html, "kb-grid-title")
    assert "Invloed en belang" in grid
    close = re.search(r'id="kb-q-nauw_betrekken".*?</section>', grid, re.S).group(0)
    inform = re.search(r'id="kb-q-informeren".*?</section>', grid, re.S).group(0)
    assert "Gemeente Enschede" in close and "Kringloop Twente" in inform
    forces = _section(html, "kb-forces-title")
    helps, hinders = forces.split('id="kb-hinders-title"')
    assert "Inzamelsubsidie" in helps and "Afvalstatus van textiel" in hinders


def test_the_edit_page_shows_the_same_grid_and_force_field_as_the_public_map(client, workshop_map):
    edit_html = client.get(workshop_map.get_edit_url()).content.decode()
    Ecosystem.objects.filter(pk=workshop_map.pk).update(status="published")
    public_html = client.get(workshop_map.get_absolute_url()).content.decode()
    for heading in ("kb-grid-title", "kb-forces-title"):
        assert _section(edit_html, heading) == _section(public_html, heading)


def test_a_published_map_shows_its_grid_and_force_field_behind_its_link_too(client, workshop_map):
    Ecosystem.objects.filter(pk=workshop_map.pk).update(status="published")
    html = client.get(workshop_map.get_edit_url()).content.decode()
    assert "Gemeente Enschede" in _section(html, "kb-grid-title")
    assert "Inzamelsubsidie" in _section(html, "kb-forces-title")


# --- the limit on starting maps ---------------------------------------------------------


def _start(client, title: str = "Kaart van de werkgroep"):
    data = {"title": title, "task": "Textiel inzamelen.", "new_reality": ""}
    return client.post("/ecosystemen/nieuw/", data, REMOTE_ADDR=OFFICE)


def _mistype(client):
    return client.post("/ecosystemen/nieuw/", {"title": "", "task": ""}, REMOTE_ADDR=OFFICE)


def test_a_workshop_of_thirty_behind_one_address_can_each_start_a_map(client, db):
    """With the default limit: everyone mistypes once first, and then starts a map."""
    for person in range(30):
        assert _mistype(client).status_code == 400
        assert _start(client, f"Kaart {person}").status_code == 302, person
    assert Ecosystem.objects.count() == 30


def test_forms_that_do_not_validate_do_not_count(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "map_create": "2/h"}
    assert [_mistype(client).status_code for _ in range(5)] == [400] * 5
    assert [_start(client).status_code for _ in range(2)] == [302, 302]
    assert _start(client).status_code == 429
    assert Ecosystem.objects.count() == 2


def test_the_refusal_says_in_dutch_when_to_try_again(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "map_create": "1/h"}
    assert _start(client).status_code == 302
    refused = _start(client)
    assert refused.status_code == 429
    html = refused.content.decode()
    minutes = re.search(
        r"Over (\d+) minu(?:ut|ten) kun je het opnieuw proberen, om (\d\d:\d\d)", html
    )
    assert minutes, html
    assert 1 <= int(minutes.group(1)) <= 60
    assert 1 <= int(refused["Retry-After"]) <= 3600


def test_the_refusal_says_it_in_english_under_en(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "map_create": "1/h"}
    data = {"title": "Map", "task": "Task", "new_reality": ""}
    assert client.post("/en/ecosystemen/nieuw/", data, REMOTE_ADDR=OFFICE).status_code == 302
    refused = client.post("/en/ecosystemen/nieuw/", data, REMOTE_ADDR=OFFICE)
    assert refused.status_code == 429
    assert re.search(r"You can try again in \d+ minutes?, at \d\d:\d\d", refused.content.decode())

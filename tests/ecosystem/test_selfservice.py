"""A team builds its own map through a private link, with ordinary forms."""

import re

import pytest
from django.core.cache import cache

from ecosystem import services
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from tests.factories import ActorFactory, EcosystemFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def own_map(db):
    ecosystem = EcosystemFactory(title="Onze opgave", status="draft", self_service=True)
    ActorFactory(ecosystem=ecosystem, name="Gemeente Zwolle", party="decentraal")
    ActorFactory(ecosystem=ecosystem, name="Hogeschool Windesheim", party="onderwijs")
    return ecosystem


def test_starting_a_map_leads_to_its_private_edit_page(client, db):
    response = client.post(
        "/ecosystemen/nieuw/",
        {
            "title": "Textiel in Twente",
            "task": "Textiel inzamelen en hergebruiken.",
            "new_reality": "",
        },
    )
    ecosystem = Ecosystem.objects.get()
    assert response["Location"] == f"/ecosystemen/bewerken/{ecosystem.edit_token}/"
    assert ecosystem.status == "draft" and ecosystem.self_service
    page = client.get(response["Location"])
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    html = page.content.decode()
    assert "Je kaart is aangemaakt." in html
    assert f'value="http://testserver/ecosystemen/bewerken/{ecosystem.edit_token}/"' in html
    assert "deel hem alleen met je eigen team" in html
    # A draft made this way is not public.
    assert client.get(ecosystem.get_absolute_url()).status_code == 404


def test_new_map_needs_title_and_task(client, db):
    response = client.post("/ecosystemen/nieuw/", {"title": "", "task": ""})
    assert response.status_code == 400
    assert "Geef de kaart een naam." in response.content.decode()
    assert not Ecosystem.objects.exists()


def test_add_actor_factor_and_relation(client, own_map):
    url = own_map.get_edit_url()
    response = client.post(url, {
        "form": "actor", "actor-name": "Kringloop Zwolle", "actor-party": "maatschappelijk",
        "actor-kind": "nieuwe_speler", "actor-contributes": "on", "actor-influence": "2",
        "actor-interest": "5", "actor-note": "",
    })  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == f"{url}#actoren"
    actor = Actor.objects.get(name="Kringloop Zwolle")
    assert (actor.kind, actor.contributes, actor.influence, actor.interest) == (
        "nieuwe_speler",
        True,
        2,
        5,
    )

    client.post(url, {
        "form": "factor", "factor-name": "Subsidie", "factor-kind": "financiering",
        "factor-effect": "helpt", "factor-weight": "3", "factor-note": "",
    })  # fmt: skip
    assert Factor.objects.get(ecosystem=own_map).weight == 3

    source = Actor.objects.get(name="Gemeente Zwolle")
    client.post(url, {
        "form": "relation", "relation-source": source.pk, "relation-kind": "samenwerking",
        "relation-target": actor.pk, "relation-note": "",
    })  # fmt: skip
    assert Relation.objects.get(ecosystem=own_map).target == actor
    html = client.get(url).content.decode()
    assert "Kringloop Zwolle" in html and 'class="kb-wheel"' in html


def test_errors_keep_the_input(client, own_map):
    response = client.post(own_map.get_edit_url(), {
        "form": "actor", "actor-name": "Gemeente Zwolle", "actor-party": "decentraal",
        "actor-kind": "belanghebbende", "actor-influence": "9", "actor-interest": "3",
    })  # fmt: skip
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er staat al een actor met deze naam op de kaart." in html
    assert 'href="#id_actor-influence"' in html
    assert Actor.objects.filter(ecosystem=own_map).count() == 2


def test_relation_with_an_actor_of_another_map_is_refused(client, own_map):
    stranger = ActorFactory(ecosystem=EcosystemFactory(), name="Vreemde")
    source = own_map.actors.first()
    response = client.post(own_map.get_edit_url(), {
        "form": "relation", "relation-source": source.pk, "relation-kind": "spanning",
        "relation-target": stranger.pk,
    })  # fmt: skip
    assert response.status_code == 400
    assert not Relation.objects.exists()


def test_change_and_delete_through_the_token(client, own_map):
    actor = own_map.actors.get(name="Gemeente Zwolle")
    edit_url = f"{own_map.get_edit_url()}actor/{actor.pk}/"
    assert client.get(edit_url)["X-Robots-Tag"] == "noindex, nofollow"
    response = client.post(edit_url, {
        "name": "Gemeente Zwolle", "party": "decentraal", "kind": "belanghebbende",
        "strengthen": "on", "influence": "4", "interest": "4", "note": "Trekker",
    })  # fmt: skip
    assert response.status_code == 302
    actor.refresh_from_db()
    assert actor.strengthen and actor.note == "Trekker"

    confirm = client.get(f"{edit_url}verwijderen/")
    assert "“Gemeente Zwolle” verwijderen?" in confirm.content.decode()
    client.post(f"{edit_url}verwijderen/")
    assert not Actor.objects.filter(pk=actor.pk).exists()


def test_without_the_right_token_everything_is_404(client, own_map):
    actor = own_map.actors.first()
    other = EcosystemFactory(status="draft", self_service=True)
    for url in (
        "/ecosystemen/bewerken/verkeerd-token/",
        f"/ecosystemen/bewerken/{other.edit_token}/actor/{actor.pk}/",
        f"/ecosystemen/bewerken/{other.edit_token}/actor/{actor.pk}/verwijderen/",
        f"/ecosystemen/bewerken/{own_map.edit_token}/iets/{actor.pk}/",
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, {"form": "map"}).status_code == 404
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_a_full_map_refuses_more_with_a_clear_message(client, own_map, monkeypatch):
    monkeypatch.setitem(services.LIMITS, "actors", 2)
    response = client.post(own_map.get_edit_url(), {
        "form": "actor", "actor-name": "Nummer drie", "actor-party": "burgers",
        "actor-kind": "belanghebbende", "actor-influence": "3", "actor-interest": "3",
    })  # fmt: skip
    assert response.status_code == 400
    assert "Een kaart kan ten hoogste 2 actoren bevatten." in response.content.decode()
    assert own_map.actors.count() == 2


def test_starting_maps_is_rate_limited(client, db, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "map_create": "2/h"}
    data = {"title": "Kaart", "task": "Opgave"}
    assert [client.post("/ecosystemen/nieuw/", data).status_code for _ in range(3)] == [
        302,
        302,
        429,
    ]
    response = client.post("/ecosystemen/nieuw/", data)
    assert "Even rustig aan" in response.content.decode()
    assert Ecosystem.objects.count() == 2


def test_case_submission_can_attach_a_map_by_its_edit_link(client, own_map):
    html = client.get("/praktijkcases/indienen/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    data = {
        "form_token": token, "title": "Textiel", "transition_task": "Taak", "region": "overijssel",
        "organisation": "Gemeente Zwolle", "bottleneck": "Vast", "help_wanted": "Hulp",
        "contact_name": "An", "contact_email": "an@example.org", "consent": "on",
        "ecosystem_link": f"https://kennisbank.example.nl{own_map.get_edit_url()}",
    }  # fmt: skip
    assert client.post("/praktijkcases/indienen/", data).status_code == 302
    own_map.refresh_from_db()
    assert own_map.case.title == "Textiel"

    data["ecosystem_link"] = "https://kennisbank.example.nl/ecosystemen/bewerken/fout/"
    html = client.post(
        "/praktijkcases/indienen/", {**data, "form_token": token + "x"}
    ).content.decode()
    assert "We vinden geen kaart bij deze link." in html

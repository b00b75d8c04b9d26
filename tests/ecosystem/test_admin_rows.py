"""A full map in the admin: its page shows the first rows of each kind, the rest is one
click away, and a relation connects only actors of its own map."""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission

from ecosystem.admin_rows import MAP_PAGE_ROWS
from ecosystem.bulk import create_bulk_maps
from ecosystem.models import MAX_ACTORS, MAX_FACTORS, MAX_RELATIONS, Actor, Ecosystem, Relation
from tests.factories import ActorFactory, EcosystemFactory, RelationFactory, UserFactory
from tests.forms import form_fields


@pytest.fixture
def full_map(db) -> Ecosystem:
    """A map as full as a team's map may be: 200 actors, 100 factors, 400 relations."""
    create_bulk_maps(
        1, actors_per_map=MAX_ACTORS, factors_per_map=MAX_FACTORS,
        relations_per_map=MAX_RELATIONS, prefix="vol",
    )  # fmt: skip
    return Ecosystem.objects.get(slug="vol-1-1")


def change_url(ecosystem: Ecosystem) -> str:
    return f"/admin/ecosystem/ecosystem/{ecosystem.pk}/change/"


def page_data(client, ecosystem: Ecosystem) -> dict[str, list[str]]:
    return form_fields(client.get(change_url(ecosystem)).content.decode(), "ecosystem_form")


def test_a_full_maps_page_shows_the_first_rows_and_links_to_all(client, secretary, full_map):
    client.force_login(secretary)
    html = client.get(change_url(full_map)).content.decode()
    for total, noun, model in ((200, "actoren", "actor"), (100, "factoren", "factor"),
                               (400, "relaties", "relation")):  # fmt: skip
        assert f"Hier staan de eerste {MAP_PAGE_ROWS} van de {total} {noun} van deze kaart." in html
        link = f"/admin/ecosystem/{model}/?ecosystem__id__exact={full_map.pk}"
        assert f'<a href="{link}">Alle {total} {noun} bekijken, doorzoeken en wijzigen</a>' in html
        listed = client.get(link)
        assert listed.context["cl"].result_count == total
    # The actors are not repeated as options in every relation row (that was 166,157
    # options and 10 MB for this map).
    assert html.count("<option") < 1000
    assert len(html) < 400_000


def test_a_small_maps_page_shows_every_row_without_a_note(client, secretary):
    ecosystem = EcosystemFactory()
    RelationFactory(ecosystem=ecosystem, source__name="Gemeente Zwolle", target__name="ROC")
    client.force_login(secretary)
    html = client.get(change_url(ecosystem)).content.decode()
    assert "Hier staan de eerste" not in html
    assert "Gemeente Zwolle → ROC" in html
    assert '<option value="' in html and ">Gemeente Zwolle</option>" in html  # the chosen one


def test_the_secretary_saves_a_full_map_from_its_page(client, secretary, full_map):
    client.force_login(secretary)
    data = page_data(client, full_map)
    first = Actor.objects.get(pk=data["actors-0-id"][0])
    data |= {"title": ["Volle kaart, nagekeken"], "actors-0-name": ["Nagekeken actor"]}
    response = client.post(change_url(full_map), data)
    assert response.status_code == 302, response.content.decode()[:500]
    full_map.refresh_from_db()
    assert full_map.title == "Volle kaart, nagekeken"
    first.refresh_from_db()
    assert first.name == "Nagekeken actor"
    # The rows the page does not show are kept as they were.
    assert (full_map.actors.count(), full_map.factors.count(), full_map.relations.count()) == (
        MAX_ACTORS, MAX_FACTORS, MAX_RELATIONS)  # fmt: skip


def test_an_edit_lands_on_its_row_when_a_row_was_added_in_between(client, secretary, full_map):
    client.force_login(secretary)
    data = page_data(client, full_map)
    last = f"actors-{MAP_PAGE_ROWS - 1}"
    edited = int(data[f"{last}-id"][0])
    data[f"{last}-name"] = ["Laatste actor, nagekeken"]
    # Meanwhile a team member adds an actor that sorts before every other one.
    ActorFactory(ecosystem=full_map, name="Aa eerst", party="burgers")
    response = client.post(change_url(full_map), data)
    assert response.status_code == 302
    assert Actor.objects.get(pk=edited).name == "Laatste actor, nagekeken"


def test_a_relation_offers_and_takes_only_actors_of_its_own_map(client, secretary):
    ecosystem = EcosystemFactory()
    own = ActorFactory(ecosystem=ecosystem, name="Eigen actor")
    ActorFactory(ecosystem=ecosystem, name="Tweede eigen actor")
    stranger = ActorFactory(ecosystem=EcosystemFactory(), name="Actor van een andere kaart")
    client.force_login(secretary)

    def search(**map_parameter) -> list[str]:
        response = client.get("/admin/autocomplete/", {
            "term": "actor", "app_label": "ecosystem", "model_name": "relation",
            "field_name": "source", **map_parameter,
        })  # fmt: skip
        return [row["text"] for row in response.json()["results"]]

    assert search(ecosystem=ecosystem.pk) == ["Eigen actor", "Tweede eigen actor"]
    assert search() == []  # no map, no actors
    html = client.get(change_url(ecosystem)).content.decode()
    assert f'data-ajax--url="/admin/autocomplete/?ecosystem={ecosystem.pk}"' in html

    # Sending another map's actor anyway is refused, in Dutch, and nothing is saved.
    data = page_data(client, ecosystem)
    data |= {"relations-0-source": [str(own.pk)], "relations-0-target": [str(stranger.pk)]}
    response = client.post(change_url(ecosystem), data)
    assert response.status_code == 200
    assert "Kies een actor van deze kaart." in response.content.decode()
    data["relations-0-target"] = [str(own.pk)]
    response = client.post(change_url(ecosystem), data)
    assert "Kies twee verschillende actoren." in response.content.decode()
    assert not Relation.objects.exists()


def test_a_relation_has_its_own_page_on_its_own_map(client, secretary):
    relation = RelationFactory(source__name="Provincie", target__name="Bouwbedrijf")
    other = ActorFactory(ecosystem=relation.ecosystem, name="Waterschap")
    stranger = ActorFactory(name="Elders")
    client.force_login(secretary)
    url = f"/admin/ecosystem/relation/{relation.pk}/change/"
    html = client.get(url).content.decode()
    assert f"/admin/autocomplete/?ecosystem={relation.ecosystem_id}" in html
    data = form_fields(html, "relation_form")
    response = client.post(url, {**data, "target": [str(stranger.pk)]})
    assert "Kies een actor van deze kaart." in response.content.decode()
    response = client.post(url, {**data, "target": [str(other.pk)], "kind": ["spanning"]})
    assert response.status_code == 302
    relation.refresh_from_db()
    assert (relation.target, relation.kind) == (other, "spanning")
    assert LogEntry.objects.filter(object_id=str(relation.pk)).exists()  # in its history
    # A new relation is added on the map's page, where the map and its actors are known.
    assert client.get("/admin/ecosystem/relation/add/").status_code == 403
    # Deleting from the list of the map's relations.
    client.post(
        f"/admin/ecosystem/relation/?ecosystem__id__exact={relation.ecosystem_id}",
        {"action": "delete_selected", "_selected_action": [relation.pk], "post": "yes"},
    )
    assert not Relation.objects.filter(pk=relation.pk).exists()


def test_an_actor_added_from_a_maps_list_joins_that_map_and_stays_there(client, secretary):
    ecosystem = EcosystemFactory(title="Textiel in Twente")
    client.force_login(secretary)
    listed = client.get(f"/admin/ecosystem/actor/?ecosystem__id__exact={ecosystem.pk}")
    add = re.search(r'href="(/admin/ecosystem/actor/add/\?[^"]+)" class="addlink"',
                    listed.content.decode()).group(1)  # fmt: skip
    html = client.get(add).content.decode()
    assert f'<option value="{ecosystem.pk}" selected>Textiel in Twente</option>' in html
    actor = ActorFactory(ecosystem=ecosystem)
    html = client.get(f"/admin/ecosystem/actor/{actor.pk}/change/").content.decode()
    # Its map is shown, not offered: moving it would take its relations to another map.
    assert 'name="ecosystem"' not in html and "Textiel in Twente" in html


def test_who_may_only_look_sees_the_relations_of_a_map(client, db):
    relation = RelationFactory(source__name="Provincie", target__name="Bouwbedrijf")
    viewer = UserFactory(username="kijker", is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_ecosystem", "view_actor", "view_relation"]))  # fmt: skip
    client.force_login(viewer)
    html = client.get(change_url(relation.ecosystem)).content.decode()
    assert "Provincie → Bouwbedrijf" in html

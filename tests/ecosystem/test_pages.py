"""Published maps: the wheel, the grid, the force field and the tables, on one page."""

import itertools

import pytest

from tests.factories import ActorFactory, EcosystemFactory, FactorFactory, RelationFactory


def test_list_shows_published_maps_with_counts(client, published_map):
    EcosystemFactory(title="Concept kaart", status="draft")
    html = client.get("/ecosystemen/").content.decode()
    assert "Circulair bouwen in Gelderland" in html
    assert "3 actoren · 2 factoren" in html
    assert "Concept kaart" not in html


def test_map_page_shows_wheel_grid_force_field_and_tables(client, published_map):
    response = client.get(published_map.get_absolute_url())
    html = response.content.decode()
    assert 'role="img" aria-labelledby="kb-wheel-title kb-wheel-desc"' in html
    assert "Ecosysteemwiel met 3 actoren" in html
    quadrants = {q.key: [a.name for a in q.actors] for q in response.context["quadrants"]}
    assert quadrants == {
        "tevreden_houden": [],
        "nauw_betrekken": ["Provincie Gelderland"],
        "monitoren": ["=SOM(A1:A9)"],
        "informeren": ["ROC Rijn IJssel"],
    }
    assert 'class="kb-force kb-force--hinders kb-force--w3"' in html
    assert 'class="kb-force kb-force--helps kb-force--w1"' in html
    assert "<caption" in html and "3 actoren" in html
    assert "Provincie Gelderland</td>" in html or "Provincie Gelderland</th>" in html
    assert "Spanning" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("partij=onderwijs", {"ROC Rijn IJssel"}),
        ("soort=nieuwe_speler", {"ROC Rijn IJssel"}),
        ("versterken=1", {"ROC Rijn IJssel"}),
        ("partij=decentraal&versterken=1", set()),
        ("partij=onzin", {"Provincie Gelderland", "ROC Rijn IJssel", "=SOM(A1:A9)"}),
    ],
)
def test_filters_on_party_kind_and_to_strengthen(client, published_map, query, expected):
    response = client.get(f"{published_map.get_absolute_url()}?{query}")
    assert {actor.name for actor in response.context["actors"]} == expected


def test_draft_is_404_for_the_public_and_previewable_by_staff(client, secretary):
    draft = EcosystemFactory(status="draft")
    for url in (draft.get_absolute_url(), f"{draft.get_absolute_url()}export.csv"):
        assert client.get(url).status_code == 404
    client.force_login(secretary)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "Concept: deze kaart is niet zichtbaar voor het publiek." in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_map_page_in_a_fixed_number_of_queries(client, db, django_assert_num_queries, count):
    ecosystem = EcosystemFactory()
    actors = [ActorFactory(ecosystem=ecosystem) for _ in range(count)]
    for source, target in itertools.pairwise(actors):
        RelationFactory(ecosystem=ecosystem, source=source, target=target)
    FactorFactory.create_batch(4, ecosystem=ecosystem)
    # versions, the map (with its case), its actors, factors and relations
    with django_assert_num_queries(5):
        response = client.get(ecosystem.get_absolute_url())
    assert len(response.context["wheel"].marks) == count

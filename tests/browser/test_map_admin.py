"""The secretary adds a relation to a full map in a real browser: the actor search offers the
actors of that map only, and the page saves."""

import re

import pytest
from playwright.sync_api import expect

from ecosystem.admin_rows import MAP_PAGE_ROWS
from ecosystem.bulk import create_bulk_maps
from ecosystem.models import MAX_ACTORS, MAX_RELATIONS, Ecosystem, Relation
from tests.browser.pages import login
from tests.factories import ActorFactory

pytestmark = pytest.mark.browser


def choose_actor(page, row: str, end: str, typed: str, name: str) -> None:
    """Open the search of one end of a relation, type, and pick ``name``."""
    page.locator(f"#id_relations-{row}-{end} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(typed)
    results = page.locator(".select2-results__option")
    expect(results.first).not_to_have_text(re.compile("Zoeken|Searching"))
    assert "Bouwbedrijf van een andere kaart" not in results.all_inner_texts()
    results.filter(has_text=re.compile(f"^{name}$")).click()


def test_a_relation_joins_a_full_map_with_two_of_its_own_actors(page, secretary):
    create_bulk_maps(1, actors_per_map=MAX_ACTORS, relations_per_map=MAX_RELATIONS, prefix="vol")
    ecosystem = Ecosystem.objects.get(slug="vol-1-1")
    ActorFactory(name="Bouwbedrijf van een andere kaart")
    source, target = ecosystem.actors.filter(name__startswith="Bouwbedrijf").order_by("name")[:2]
    login(page, secretary)
    page.goto(f"/admin/ecosystem/ecosystem/{ecosystem.pk}/change/")
    expect(
        page.get_by_text(f"Hier staan de eerste {MAP_PAGE_ROWS} van de 400 relaties")
    ).to_be_visible()
    new_row = str(MAP_PAGE_ROWS)  # the empty row after the first page of relations
    choose_actor(page, new_row, "source", "bouwbedrijf", source.name)
    choose_actor(page, new_row, "target", target.name, target.name)
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert Relation.objects.filter(ecosystem=ecosystem, source=source, target=target).exists()
    assert ecosystem.relations.count() == MAX_RELATIONS + 1

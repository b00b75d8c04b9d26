"""Ecosystem maps in a real browser: accessible, and buildable with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from ecosystem.models import Ecosystem
from tests.browser.axe import assert_accessible
from tests.browser.pages import tab_to
from tests.factories import ActorFactory, EcosystemFactory, FactorFactory, RelationFactory

PARTIES = ["rijk", "decentraal", "onderwijs", "onderzoek", "ondernemers", "burgers",
           "maatschappelijk", "nieuwe-generatie"]  # fmt: skip


@pytest.fixture
def demo_map(transactional_db):
    ecosystem = EcosystemFactory(title="Circulair bouwen in Gelderland")
    actors = [
        ActorFactory(
            ecosystem=ecosystem, name=f"Organisatie {n} met een lange naam", party=PARTIES[n % 8],
            kind="nieuwe_speler" if n % 3 == 0 else "belanghebbende", contributes=n % 2 == 0,
            strengthen=n % 4 == 1, influence=1 + n % 5, interest=1 + (n * 2) % 5,
        )
        for n in range(18)
    ]  # fmt: skip
    for n in range(9):
        RelationFactory(ecosystem=ecosystem, source=actors[n], target=actors[n + 5],
                        kind=["samenwerking", "afhankelijkheid", "spanning"][n % 3])  # fmt: skip
    for n in range(6):
        FactorFactory(ecosystem=ecosystem, effect="helpt" if n % 2 else "remt", weight=1 + n % 3)
    return ecosystem


@pytest.mark.parametrize("query", ["", "?versterken=1", "?partij=onderwijs&soort=nieuwe_speler"])
def test_map_page_has_no_wcag_violations(page, demo_map, query):
    page.goto(demo_map.get_absolute_url() + query)
    expect(page.get_by_role("img", name="Circulair bouwen in Gelderland")).to_be_visible()
    expect(page.get_by_role("heading", name="Invloed en belang")).to_be_visible()
    assert_accessible(page)


def test_english_map_page_and_list(page, demo_map):
    page.goto("/en/ecosystemen/")
    assert_accessible(page)
    page.goto(f"/en{demo_map.get_absolute_url()}")
    assert_accessible(page)


def test_wheel_is_readable_at_320_pixels_without_page_scrolling(page, demo_map):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(demo_map.get_absolute_url())
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # The wheel keeps a readable size inside its own scrollable, focusable region.
    region = page.get_by_role("region", name=re.compile("Ecosysteemwiel"))
    assert region.evaluate("element => element.scrollWidth") >= 700
    assert (
        page.locator(".kb-wheel__label").first.evaluate(
            "element => element.getBoundingClientRect().height"
        )
        >= 10
    )


def test_build_a_map_with_the_keyboard_alone(page, transactional_db):
    page.goto("/ecosystemen/nieuw/")
    assert_accessible(page)
    for label, text in [
        ("Naam van de kaart", "Textiel in Twente"),
        ("Transitieopgave", "Textiel inzamelen."),
    ]:
        tab_to(page, page.get_by_label(label, exact=True))
        page.keyboard.type(text)
    tab_to(page, page.get_by_role("button", name="Kaart maken"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Textiel in Twente")
    assert_accessible(page)

    for name, party in [
        ("Gemeente Enschede", "Decentrale overheden"),
        ("ROC van Twente", "Onderwijs"),
    ]:
        tab_to(page, page.get_by_label("Naam van de actor"))
        page.keyboard.type(name)
        tab_to(page, page.get_by_label("Partij", exact=True))
        page.keyboard.type(party)
        tab_to(page, page.get_by_role("checkbox", name="Draagt nu al bij"))
        page.keyboard.press("Space")
        tab_to(page, page.get_by_role("button", name="Actor toevoegen", exact=True))
        page.keyboard.press("Enter")
        expect(page.get_by_text(f"Toegevoegd: {name}.")).to_be_visible()

    tab_to(page, page.get_by_label("Naam van de factor"))
    page.keyboard.type("Afvalstatus")
    tab_to(page, page.get_by_label("Soort", exact=True).nth(1))
    page.keyboard.type("Regelgeving")
    tab_to(page, page.get_by_label("Effect"))
    page.keyboard.type("Remt")
    tab_to(page, page.get_by_role("button", name="Factor toevoegen"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Toegevoegd: Afvalstatus.")).to_be_visible()

    tab_to(page, page.get_by_label("Van", exact=True))
    page.keyboard.type("Gemeente")
    tab_to(page, page.get_by_label("Naar", exact=True))
    page.keyboard.type("ROC")
    tab_to(page, page.get_by_role("button", name="Relatie toevoegen"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Toegevoegd: Gemeente Enschede → ROC van Twente.")).to_be_visible()
    expect(page.get_by_role("img", name="Textiel in Twente")).to_be_visible()
    assert_accessible(page)

    ecosystem = Ecosystem.objects.get()
    assert ecosystem.actors.count() == 2
    assert ecosystem.factors.get().effect == "remt"
    relation = ecosystem.relations.get()
    assert (relation.source.name, relation.target.name) == ("Gemeente Enschede", "ROC van Twente")

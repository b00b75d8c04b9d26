"""Lessons in a real browser: accessible pages, and filters usable with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import AudienceFactory, LessonFactory, PioneerFactory, SourceFactory


@pytest.fixture
def lessons(transactional_db):
    inkopers = AudienceFactory(name="Inkopers", slug="inkopers")
    source = SourceFactory(title="Versnellen in Transitie", kind="whitepaper")
    pioneer = PioneerFactory(name="Sanne Jansen", organisation="Gemeente Deventer")
    first = LessonFactory(
        title="Begin bij de inkoopkalender",
        body="## Wat werkte\n\n- Vroeg beginnen\n- Samen met de **inkopers**",
        themes=["circulair inkopen", "rol van de ambtenaar"],
        audiences=[inkopers],
        parties=["rijk", "decentraal"],
        pioneers=[pioneer],
        source=source,
    )
    for n in range(24):
        LessonFactory(title=f"Bouwles {n}", themes=["bouw"], parties=["ondernemers"], source=source)
    LessonFactory(
        title="Inkoop in de bouw", themes=["bouw", "circulair inkopen"], audiences=[inkopers]
    )
    return {"first": first, "pioneer": pioneer}


@pytest.mark.parametrize(
    "path",
    [
        "/lessen/",
        "/lessen/?thema=bouw&doelgroep=inkopers&q=inkoop",
        "/lessen/?thema=bouw&page=2",
        "/lessen/begin-bij-de-inkoopkalender/",
        "/voorlopers/",
        "/voorlopers/sanne-jansen/",
        "/bronnen/versnellen-in-transitie/",
        "/en/lessen/",
        "/en/lessen/begin-bij-de-inkoopkalender/",
        "/zoeken/?q=inkoop",
        "/zoeken/?q=bouw&soort=lessen",
        "/en/zoeken/?q=bouw",
    ],
)
def test_lesson_pages_have_no_wcag_violations(page, lessons, path):
    page.goto(path)
    assert_accessible(page)


def test_filter_form_works_with_the_keyboard_alone(page, lessons):
    page.goto("/lessen/")
    page.get_by_label("Zoek in lessen").focus()
    # Tab to the "bouw" theme, tick it with the space bar, and submit with Enter.
    bouw = page.get_by_role("group", name="Thema").get_by_role("checkbox", name=re.compile("^bouw"))
    for _ in range(10):
        page.keyboard.press("Tab")
        if bouw.evaluate("element => element === document.activeElement"):
            break
    expect(bouw).to_be_focused()
    page.keyboard.press("Space")
    expect(bouw).to_be_checked()
    inkopers = page.get_by_role("group", name="Doelgroep").get_by_role(
        "checkbox", name=re.compile("^Inkopers")
    )
    for _ in range(20):
        page.keyboard.press("Tab")
        if inkopers.evaluate("element => element === document.activeElement"):
            break
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"thema=bouw&doelgroep=inkopers"))
    expect(page.get_by_role("heading", level=2, name="1 les gevonden")).to_be_visible()
    expect(page.get_by_role("link", name="Inkoop in de bouw")).to_be_visible()

    # Remove one filter with the keyboard: the chip is a link.
    chip = page.get_by_role("link", name=re.compile("Verwijder filter Doelgroep"))
    chip.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/lessen/\?thema=bouw$"))
    expect(page.get_by_role("heading", level=2, name="25 lessen gevonden")).to_be_visible()


def test_pagination_keeps_filters_in_the_browser(page, lessons):
    page.goto("/lessen/?thema=bouw")
    page.get_by_role("navigation", name="Paginering").get_by_role(
        "link", name="Volgende pagina"
    ).click()
    expect(page).to_have_url(re.compile(r"thema=bouw&page=2"))
    expect(page.get_by_role("link", name="Pagina 2")).to_have_attribute("aria-current", "page")

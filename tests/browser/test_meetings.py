"""Meetings in a real browser: voting with the keyboard, results and the projector view."""

import re

from playwright.sync_api import expect

from meetings.models import Position
from meetings.services import position_record
from tests.browser.axe import assert_accessible
from tests.browser.pages import tab_to


def test_meeting_page_with_vote_form_and_results_is_accessible(page, meeting):
    page.goto(meeting.get_absolute_url())
    expect(page.get_by_role("group", name="Inkoop is de sleutel.")).to_be_visible()
    expect(page.get_by_role("table", name="Uitslag (4 posities)")).to_be_visible()
    assert_accessible(page)
    page.goto("/bijeenkomsten/")
    assert_accessible(page)


def test_vote_with_the_keyboard_alone_without_a_reload(page, meeting):
    page.goto(meeting.get_absolute_url())
    first = page.get_by_role("radio", name="Helemaal oneens")
    tab_to(page, first)
    page.keyboard.press("ArrowRight")  # Oneens
    page.keyboard.press("ArrowRight")  # Neutraal
    page.keyboard.press("ArrowRight")  # Eens
    expect(page.get_by_role("radio", name="Eens", exact=True)).to_be_checked()
    tab_to(page, page.get_by_label(re.compile("Ik hoor bij")))
    page.keyboard.type("Ondernemers")
    tab_to(page, page.get_by_role("button", name="Positie innemen"))
    page.keyboard.press("Enter")
    expect(
        page.get_by_role("status").filter(has_text="Je positie is opgeslagen: Eens.")
    ).to_be_visible()
    assert page.url.endswith(meeting.get_absolute_url())  # no navigation
    position = Position.objects.get(statement__text="Inkoop is de sleutel.")
    assert (position.value, position.party) == (4, "ondernemers")
    assert_accessible(page)


def test_two_participants_and_the_live_view(browser, live_server, meeting):
    statement = meeting.statements.get(is_open=True)
    contexts = [browser.new_context(base_url=live_server.url, locale="nl-NL") for _ in range(3)]
    try:
        phones = [context.new_page() for context in contexts[:2]]
        for phone, stance in zip(phones, ["Helemaal eens", "Oneens"], strict=True):
            phone.goto(meeting.get_absolute_url())
            phone.locator(".kb-scale__label").get_by_text(stance, exact=True).click()
            phone.get_by_role("button", name="Positie innemen").click()
            expect(phone.get_by_text("Je positie is opgeslagen")).to_be_visible()
        assert Position.objects.filter(statement=statement).count() == 2

        projector = contexts[2].new_page()
        projector.goto(meeting.get_live_url())
        expect(projector.get_by_role("heading", level=1)).to_have_text("Inkoop is de sleutel.")
        expect(projector.get_by_text("2 posities ingenomen")).to_be_visible()
        assert_accessible(projector)
        # A third position arrives; the projector shows it without anyone reloading.
        position_record(statement=statement, participant="e" * 32, value=5, party="burgers")
        expect(projector.locator(".kb-live__total")).to_have_text(
            "3 posities ingenomen", timeout=10_000
        )
    finally:
        for context in contexts:
            context.close()


def test_closed_statement_refuses_in_the_browser(page, meeting):
    page.goto(meeting.get_absolute_url())
    statement = meeting.statements.get(is_open=True)
    statement.is_open = False
    statement.save()
    page.locator(".kb-scale__label").get_by_text("Neutraal", exact=True).click()
    page.get_by_role("button", name="Positie innemen").click()
    expect(
        page.get_by_text("Deze stelling is gesloten; je kunt geen positie meer innemen.")
    ).to_be_visible()
    assert not Position.objects.filter(statement=statement).exists()

"""The projector view for a screen reader: one live region that stays, and a pause button.

The page's clock is Playwright's: the four-second updates run when the test moves the
clock on, not after real waiting.
"""

import pytest
from playwright.sync_api import expect

from meetings.services import position_record
from tests.browser.axe import assert_accessible
from tests.browser.pages import tab_to


@pytest.fixture
def statement(meeting):
    return meeting.statements.get(is_open=True)


@pytest.fixture
def projector(page, meeting):
    page.clock.install()
    page.fragments = []
    page.on("request", lambda r: "fragment=1" in r.url and page.fragments.append(r.url))
    page.goto(meeting.get_live_url())
    expect(total(page)).to_have_text("0 posities ingenomen")
    return page


def total(page):
    return page.locator(".kb-live__total")


def test_the_live_region_stays_and_announces_only_what_changed(projector, statement):
    announcer = projector.get_by_role("status")
    region = announcer.element_handle()
    expect(announcer).to_have_text("")

    position_record(statement=statement, participant="e" * 32, value=5, party="burgers")
    projector.clock.run_for(4_500)

    expect(total(projector)).to_have_text("1 positie ingenomen")
    expect(announcer).to_have_text("1 positie ingenomen")
    assert region.evaluate("element => element.isConnected"), "the live region was replaced"
    assert projector.locator("[aria-live], [role=status]").count() == 1


def test_pause_stops_the_updates_until_resumed_with_the_keyboard(projector, statement):
    button = projector.get_by_role("button", name="Bijwerken pauzeren")
    expect(button).to_have_attribute("aria-pressed", "false")
    tab_to(projector, button)
    projector.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(projector.get_by_role("status")).to_have_text("Bijwerken gepauzeerd.")
    assert_accessible(projector)

    position_record(statement=statement, participant="e" * 32, value=5, party="burgers")
    projector.clock.run_for(60_000)  # a minute of paused updates: none
    expect(total(projector)).to_have_text("0 posities ingenomen")

    projector.keyboard.press("Space")
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(total(projector)).to_have_text("1 positie ingenomen")  # at once
    expect(projector.get_by_role("status")).to_have_text("1 positie ingenomen")
    assert len(projector.fragments) == 1, "the page asked for results while paused"

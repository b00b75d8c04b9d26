"""A real Chromium, driven by Playwright, against the live test server.

Uses the system Chromium only (never a downloaded browser). Without /usr/bin/chromium the
browser tests skip locally; CI sets TESTS_FORBID_SKIPS=1, which turns a skip into a failure.
"""

import os

import pytest

from meetings.models import Position
from tests.factories import MeetingFactory, StatementFactory

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(browser, live_server, locale: str):
    context = browser.new_context(base_url=live_server.url, locale=locale)
    page = context.new_page()
    page.csp_violations = []
    # A report without a source address comes from a script the test evaluated itself, not
    # from the page: axe-core adds a <style> of its own while it measures some pages.
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text)
            if "Content Security Policy" in message.text and message.location.get("url")
            else None
        ),
    )
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    return context, page


@pytest.fixture
def page(browser, live_server):
    """A page in a fresh browser context whose own language is English.

    The Dutch site must be Dutch whatever the browser's language; a browser asking for
    English is the harder case. Fails the test when a script error or a Content Security
    Policy violation happened on any page it visited.
    """
    context, page = _new_page(browser, live_server, locale="en-GB")
    yield page
    context.close()
    assert page.csp_violations == [], "Content Security Policy violations"
    assert page.js_errors == [], "JavaScript errors"


@pytest.fixture
def meeting(transactional_db):
    meeting = MeetingFactory(title="Ronde Tafel over lef")
    closed = StatementFactory(meeting=meeting, text="Lef kun je leren.", is_open=False, order=1)
    for number, (value, party) in enumerate([(5, "rijk"), (4, "rijk"), (1, "onderwijs"), (3, "")]):
        Position.objects.create(
            statement=closed, participant=f"{number:032d}", value=value, party=party
        )
    StatementFactory(meeting=meeting, text="Inkoop is de sleutel.", order=2)
    return meeting

"""The foundation in a real browser: accessibility, language switch, keyboard, small screens."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import PASSWORD, UserFactory

PAGES = [
    ("/", "nl"),
    ("/toegankelijkheid/", "nl"),
    ("/privacy/", "nl"),
    ("/bestaat-niet/", "nl"),
    ("/en/", "en"),
    ("/en/toegankelijkheid/", "en"),
    ("/en/privacy/", "en"),
    ("/en/bestaat-niet/", "en"),
]


@pytest.mark.parametrize(("path", "lang"), PAGES)
def test_pages_have_no_wcag_violations(page, path, lang):
    page.goto(path)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert_accessible(page)


def test_language_switch_goes_back_and_forth_on_the_same_page(page):
    page.goto("/toegankelijkheid/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegankelijkheidsverklaring")
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/toegankelijkheid/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/toegankelijkheid/$"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["width"] > 40 and box["height"] >= 44
    page.keyboard.press("Enter")
    expect(page.locator("#inhoud")).to_be_focused()


def test_focus_is_visible_on_links(page):
    page.goto("/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_search_field_in_the_header_leads_to_the_search_page(page):
    page.goto("/privacy/")
    page.get_by_role("searchbox", name="Zoek in de kennisbank").fill("grondstoffen")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=grondstoffen$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Zoeken")


@pytest.mark.parametrize("path", ["/", "/privacy/", "/en/toegankelijkheid/"])
def test_no_horizontal_scrolling_at_320_pixels(page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    expect(page.get_by_role("searchbox", name=re.compile("Zoek|Search"))).to_be_visible()


def test_print_shows_content_without_navigation(page):
    page.goto("/privacy/")
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Hoofdmenu")).to_be_hidden()
    expect(page.get_by_role("search")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_secretary_logs_in_to_the_admin_under_the_csp(page, secretary):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/\?next=/admin/$"))
    page.get_by_label("Gebruikersnaam").fill(secretary.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_text("Kennisbank Participatietafel — beheer").first).to_be_visible()
    # The page fixture fails the test on any Content Security Policy violation.


def test_admin_forms_with_scripts_work_under_the_csp(page, db):
    admin = UserFactory(username="beheerder", is_staff=True, is_superuser=True)
    page.goto("/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(admin.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.goto("/admin/auth/group/add/")
    # The two-list permission widget is built by the admin's own JavaScript.
    expect(page.locator("#id_permissions_filter")).to_be_visible()
    page.goto("/admin/auth/user/")
    expect(page.get_by_role("link", name="beheerder")).to_be_visible()

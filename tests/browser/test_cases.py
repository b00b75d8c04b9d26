"""Submitting and following a case in a real browser, with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from cases.models import Case
from tests.browser.axe import assert_accessible
from tests.browser.pages import fill_in_case_form, tab_to
from tests.factories import LessonFactory, PublicCaseFactory


def test_submission_with_the_keyboard_alone(page, transactional_db):
    page.goto("/praktijkcases/indienen/")
    assert_accessible(page)

    # Sending the empty form: the error summary takes the focus and lists every problem.
    submit = page.get_by_role("button", name="Case indienen")
    tab_to(page, submit)
    page.keyboard.press("Enter")
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name="Geef je case een titel.")).to_be_visible()
    assert_accessible(page)

    fields = [
        ("Titel van je case", "Bermgras blijft liggen"),
        ("Aan welke transitieopgave werken jullie?", "Bermgras als grondstof voor karton."),
        ("Organisatie", "Provincie Drenthe"),
        ("Waar loopt het vast?", "Het maaisel is afval en mag niet naar de verwerker."),
        ("Welke hulp vragen jullie van de tafel?", "Contact met een provincie die dit oploste."),
        ("Je naam", "Pieter Hoekstra"),
        ("Je e-mailadres", "pieter@example.org"),
    ]
    for label, text in fields:
        tab_to(page, page.get_by_label(label, exact=True))
        page.keyboard.type(text)
    tab_to(page, page.get_by_label("In welke provincie speelt de case?"))
    page.keyboard.type("Drenthe")
    tab_to(page, page.get_by_role("checkbox", name="Ondernemers"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("checkbox", name=re.compile("Ik geef toestemming")))
    page.keyboard.press("Space")
    tab_to(page, submit)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Je case is ingediend")
    assert_accessible(page)
    case = Case.objects.get()
    assert case.region == "drenthe"
    assert list(case.parties.values_list("code", flat=True)) == ["ondernemers"]

    status_link = page.locator(".kb-status-link a")
    tab_to(page, status_link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bermgras blijft liggen")
    expect(page.get_by_text("Case ingediend")).to_be_visible()
    assert_accessible(page)


@pytest.fixture
def public_case(transactional_db):
    case = PublicCaseFactory(
        title="Hergebruik stokt op opslag", parties=["decentraal", "ondernemers"]
    )
    case.lessons.add(LessonFactory(title="Maak de afvalstatus bespreekbaar"))
    return case


@pytest.mark.parametrize(
    "path", ["/praktijkcases/", "/praktijkcases/?regio=gelderland", "/en/praktijkcases/"]
)
def test_case_list_has_no_wcag_violations(page, public_case, path):
    page.goto(path)
    expect(page.get_by_role("link", name="Hergebruik stokt op opslag")).to_be_visible()
    assert_accessible(page)


def test_case_page_has_no_wcag_violations(page, public_case):
    page.goto(public_case.get_absolute_url())
    expect(page.get_by_role("heading", level=2, name="Inzichten")).to_be_visible()
    assert_accessible(page)


def test_from_submission_to_published_case(page, secretary, mailoutbox):
    """The whole story: the secretary makes sure to be told of new cases, a team submits,
    the secretary moves and publishes, everyone sees it."""
    secretary.email = ""
    secretary.save()
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Gebruikersnaam").fill(secretary.username)
    page.get_by_label("Wachtwoord").fill("correct-paard-batterij-nietje")
    page.get_by_role("button", name="Aanmelden").click()
    warning = page.locator(".kb-dashboard__warning")
    expect(warning).to_contain_text("Let op: niemand krijgt bericht van nieuwe praktijkcases")
    warning.get_by_role("link", name="Mijn gegevens").click()
    page.get_by_label("E-mailadres").fill("secretaris@example.org")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".messagelist")).to_contain_text("Je gegevens zijn opgeslagen.")
    expect(page.locator(".kb-dashboard__warning")).to_have_count(0)

    page.goto("/praktijkcases/indienen/")
    fill_in_case_form(page)
    page.get_by_role("button", name="Case indienen").click()
    status_url = page.locator(".kb-status-link a").get_attribute("href")
    assert ["secretaris@example.org"] in [mail.to for mail in mailoutbox]

    page.goto("/admin/")
    page.get_by_role("link", name="1 nieuwe praktijkcase wacht op moderatie").click()
    page.get_by_role("link", name="Maaisel blijft liggen").click()
    page.get_by_label("Status wijzigen naar").select_option("in_behandeling")
    page.get_by_label("Bericht aan de indiener").fill("We bespreken je case op 3 december.")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("gewijzigd")

    page.goto(status_url)
    expect(page.get_by_text("We bespreken je case op 3 december.")).to_be_visible()

    case = Case.objects.get()
    page.goto(f"/admin/cases/case/{case.pk}/change/")
    page.get_by_label("Status wijzigen naar").select_option("in_onderzoek")
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    expect(page.locator(".messagelist")).to_contain_text("gewijzigd")
    page.get_by_label("Publieke titel").fill("Maaisel blijft liggen bij een waterschap")
    page.get_by_label("Publieke samenvatting").fill("Een waterschap wilde maaisel verwerken.")
    page.get_by_label("Openbaar").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()

    page.goto("/praktijkcases/")
    page.get_by_role("link", name="Maaisel blijft liggen bij een waterschap").click()
    expect(page.get_by_text("Een waterschap wilde maaisel verwerken.")).to_be_visible()
    expect(page.get_by_text("Sietske")).to_have_count(0)

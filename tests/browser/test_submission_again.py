"""What a regional team experiences when it submits a case: once, even after Back."""

import re

from django.core import mail
from playwright.sync_api import expect

from cases.models import Case


def fill_in_the_form(page) -> None:
    page.get_by_label("Titel van je case", exact=True).fill("Maaisel blijft liggen")
    page.get_by_label("Aan welke transitieopgave werken jullie?").fill("Bermgras naar karton.")
    page.get_by_label("In welke provincie speelt de case?").select_option("friesland")
    page.get_by_label("Organisatie", exact=True).fill("Wetterskip Fryslân")
    page.get_by_label("Waar loopt het vast?").fill("Het maaisel is afval.")
    page.get_by_label("Welke hulp vragen jullie van de tafel?").fill("Meedenken.")
    page.get_by_label("Je naam", exact=True).fill("Sietske de Vries")
    page.get_by_label("Je e-mailadres").fill("sietske@example.org")
    page.get_by_role("checkbox", name=re.compile("Ik geef toestemming")).check()


def test_submitting_again_after_back_stores_one_case_and_sends_one_set_of_mails(
    page, transactional_db, secretary
):
    page.goto("/praktijkcases/indienen/")
    fill_in_the_form(page)
    page.get_by_role("button", name="Case indienen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je case is ingediend")
    first_link = page.locator(".kb-status-link a").get_attribute("href")

    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Praktijkcase indienen")
    fill_in_the_form(page)  # what the browser restored, or typed again: the same case
    page.get_by_role("button", name="Case indienen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Je case is ingediend")
    assert page.locator(".kb-status-link a").get_attribute("href") == first_link
    assert Case.objects.count() == 1
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(["sietske@example.org", secretary.email])

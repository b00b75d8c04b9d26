"""What a regional team experiences when it submits a case: once, even after Back."""

import re

from django.core import mail
from playwright.sync_api import expect

from cases.models import Case
from tests.browser.pages import fill_in_case_form


def test_submitting_again_after_back_stores_one_case_and_sends_one_set_of_mails(
    page, transactional_db, secretary
):
    page.goto("/praktijkcases/indienen/")
    fill_in_case_form(page)
    page.get_by_role("button", name="Case indienen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je case is ingediend")
    first_link = page.locator(".kb-status-link a").get_attribute("href")

    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text("Praktijkcase indienen")
    fill_in_case_form(page)  # what the browser restored, or typed again: the same case
    page.get_by_role("button", name="Case indienen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Je case is ingediend")
    assert page.locator(".kb-status-link a").get_attribute("href") == first_link
    assert Case.objects.count() == 1
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(["sietske@example.org", secretary.email])


def test_pasted_text_over_the_limit_is_kept_counted_and_refused_in_words(page, transactional_db):
    page.goto("/praktijkcases/indienen/")
    fill_in_case_form(page)
    title = page.get_by_label("Titel van je case", exact=True)
    pasted = "Hergebruik stokt " * 14 + "x" * 12  # 250 characters
    title.fill("")
    title.focus()
    page.keyboard.insert_text(pasted)  # as a paste: one input of the whole text
    assert title.input_value() == pasted

    counter = page.locator("#id_title_counter")
    expect(counter).to_have_text("50 tekens te veel")
    expect(counter).to_have_class(re.compile("kb-counter--over"))
    # Screen readers hear the count once typing pauses, through a polite status.
    status = page.locator("#id_title_counter + [role=status]")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text("50 tekens te veel")
    assert "id_title_counter" in title.get_attribute("aria-describedby")

    page.get_by_role("button", name="Case indienen").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Deze tekst is 250 tekens lang en mag maximaal 200 tekens zijn. Maak hem 50 tekens korter."
    )
    title = page.get_by_label("Titel van je case", exact=True)
    assert title.input_value() == pasted
    expect(page.locator("#id_title_counter")).to_have_text("50 tekens te veel")
    assert page.get_by_label("Waar loopt het vast?").input_value() == "Het maaisel is afval."
    assert not Case.objects.exists()


def test_the_counter_speaks_english_under_en(page, transactional_db):
    page.goto("/en/praktijkcases/indienen/")
    field = page.locator("#id_bottleneck")
    expect(page.locator("#id_bottleneck_counter")).to_have_text("4,000 characters left")
    field.fill("x" * 3999)
    expect(page.locator("#id_bottleneck_counter")).to_have_text("1 character left")
    field.fill("Bermgras")
    expect(page.locator("#id_bottleneck_counter")).to_have_text("3,992 characters left")

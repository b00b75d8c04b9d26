"""The secretary's workplace in a real browser, under the Content Security Policy."""

import re

from playwright.sync_api import expect

from lessons.models import Lesson
from tests.browser.test_cases import tab_to
from tests.factories import PASSWORD, AudienceFactory, CaseFactory, LessonFactory

CSV = (
    "slug,title,lead,body,status,published_at,source,themes,audiences,parties,pioneers\n"
    "uit-de-browser,Les uit de browser,Samenvatting.,Tekst.,published,2026-05-01 09:00:00,,"
    "bouw,inkopers,rijk,\n"
)


def login(page, user) -> None:
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()


def test_dashboard_and_import_preview_with_the_keyboard(page, secretary, tmp_path):
    CaseFactory(title="Wacht op moderatie")
    LessonFactory(status="draft", published_at=None)
    AudienceFactory(name="Inkopers", slug="inkopers")
    login(page, secretary)
    expect(page.get_by_role("heading", name="Te doen")).to_be_visible()
    link = page.get_by_role("link", name="1 nieuwe praktijkcase wacht op moderatie")
    tab_to(page, link, limit=60)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/cases/case/\?status__exact=ingediend$"))
    expect(page.get_by_role("link", name="Wacht op moderatie")).to_be_visible()

    upload = tmp_path / "lessen.csv"
    upload.write_text(CSV, encoding="utf-8")
    page.goto("/admin/lessons/lesson/import/")
    page.get_by_label("Bestand om te importeren").set_input_files(upload)
    page.get_by_label("Formaat").select_option(label="csv")
    submit = page.get_by_role("button", name="Indienen")
    tab_to(page, submit, limit=80)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Les uit de browser")).to_be_visible()
    assert not Lesson.objects.filter(slug="uit-de-browser").exists()  # only a preview so far
    confirm = page.get_by_role("button", name="Accepteer de import")
    tab_to(page, confirm, limit=80)
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_be_visible()
    assert Lesson.objects.get(slug="uit-de-browser").title == "Les uit de browser"
    # The page fixture fails the test on any Content Security Policy violation or script error.


def test_export_page_works_under_the_csp(page, secretary):
    CaseFactory(title="Te exporteren")
    login(page, secretary)
    page.goto("/admin/cases/case/export/")
    expect(page.get_by_label("Formaat")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_label("Formaat").select_option(label="csv")
        page.get_by_role("button", name="Indienen").click()
    assert "Te exporteren" in download.value.path().read_text(encoding="utf-8-sig")

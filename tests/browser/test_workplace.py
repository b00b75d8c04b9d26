"""The secretary's workplace in a real browser, under the Content Security Policy, in Dutch."""

import re

from playwright.sync_api import expect

from lessons.models import Lesson
from tests.admin_language import not_dutch, shown_text
from tests.browser.pages import login, tab_to
from tests.factories import AudienceFactory, CaseFactory, LessonFactory

CSV = (
    "slug,title,lead,body,status,published_at,source,themes,audiences,parties,pioneers\n"
    'uit-de-browser,Les uit de browser,Samenvatting.,"Eerste alinea.\n\nTweede alinea.",'
    "published,2026-05-01 09:00:00,,bouw,inkopers,rijk,\n"
)


def assert_dutch(page) -> None:
    """No English word and no formal "u" on the page, its spoken attributes included."""
    assert not_dutch(shown_text(page.content())) == [], page.url


def test_the_secretary_imports_exports_and_reverts_in_dutch(page, secretary, tmp_path):
    """The workplace in one walk, with the keyboard where it matters: the dashboard, an import
    (preview, then confirmed), an export, a change, the history and reverting to the
    imported version. Every page Dutch, in "je"; no CSP violation (the page fixture)."""
    CaseFactory(title="Wacht op moderatie")
    LessonFactory(status="draft", published_at=None)
    AudienceFactory(name="Inkopers", slug="inkopers")
    login(page, secretary)
    expect(page.get_by_role("heading", name="Te doen")).to_be_visible()
    assert_dutch(page)
    link = page.get_by_role("link", name="1 nieuwe praktijkcase wacht op moderatie")
    tab_to(page, link, limit=60)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/cases/case/\?status__exact=ingediend$"))
    expect(page.get_by_role("link", name="Wacht op moderatie")).to_be_visible()
    assert_dutch(page)

    upload = tmp_path / "lessen.csv"
    upload.write_text(CSV, encoding="utf-8")
    page.goto("/admin/lessons/lesson/import/")
    assert_dutch(page)
    page.get_by_label("Bestand om te importeren").set_input_files(upload)
    page.get_by_label("Formaat").select_option(label="csv")
    submit = page.get_by_role("button", name="Voorbeeld tonen")
    tab_to(page, submit, limit=80)
    page.keyboard.press("Enter")
    expect(page.get_by_text("Les uit de browser")).to_be_visible()
    assert_dutch(page)
    assert not Lesson.objects.filter(slug="uit-de-browser").exists()  # only a preview so far
    confirm = page.get_by_role("button", name="Import bevestigen")
    tab_to(page, confirm, limit=80)
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_have_text(
        "Import van lessen klaar: 1 nieuw, 0 gewijzigd, 0 verwijderd en 0 overgeslagen."
    )
    assert_dutch(page)
    lesson = Lesson.objects.get(slug="uit-de-browser")
    assert lesson.body == "Eerste alinea.\n\nTweede alinea."

    page.get_by_role("link", name="Exporteren").click()
    expect(page.get_by_text("Kies de velden die je wilt exporteren:")).to_be_visible()
    assert_dutch(page)
    with page.expect_download() as download:
        page.get_by_label("Formaat").select_option(label="csv")
        page.get_by_role("button", name="Exporteren").click()
    assert "Les uit de browser" in download.value.path().read_text(encoding="utf-8-sig")

    # A new title, the text untouched: the browser sends its line breaks as CR LF.
    page.goto(f"/admin/lessons/lesson/{lesson.pk}/change/")
    assert_dutch(page)
    page.get_by_role("textbox", name="Titel").fill("Les uit de browser, herzien")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("is met succes gewijzigd")
    page.goto(f"/admin/lessons/lesson/{lesson.pk}/history/")
    assert_dutch(page)
    changes = page.locator("#change-history tbody tr").first
    expect(changes).to_contain_text("Titel: Les uit de browser → Les uit de browser, herzien")
    expect(changes).not_to_contain_text("Tekst")

    page.get_by_role("link", name="Les uit de browser", exact=True).click()
    expect(page.get_by_text("Dit is een eerdere versie.")).to_be_visible()
    assert_dutch(page)
    page.get_by_role("button", name="Terugzetten").last.click()
    expect(page.locator(".messagelist")).to_contain_text("is met succes gewijzigd")
    assert_dutch(page)
    lesson.refresh_from_db()
    assert lesson.title == "Les uit de browser"
    assert lesson.history.count() == 3
    # The page fixture fails the test on any Content Security Policy violation or script error.

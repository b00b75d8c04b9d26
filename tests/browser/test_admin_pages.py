"""The secretary's admin in a real browser, on the demo content of a fresh installation.

One walk through the pages the secretary works on: axe finds no WCAG 2.2 AA violation on
any of them (an open autocomplete list included), nothing scrolls sideways on a laptop
screen of 1280 by 800 (a list's table neither), every page shows the site's own icon and
nothing answers 404, and the autocomplete fields work with the keyboard alone.
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count
from playwright.sync_api import expect

from cases.models import Case
from ecosystem.models import Ecosystem
from lessons.models import Lesson, Pioneer, Source
from tests.browser.axe import axe_violations
from tests.browser.pages import LONG_WORD, login, tab_to
from tests.factories import LessonFactory

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 800}
HEADER = "slug,title,lead,body,status,published_at,source,themes,audiences,parties,pioneers\n"
GOOD_ROW = "uit-een-bestand,Les uit een bestand,Samenvatting.,Tekst.,draft,,,bouw,,rijk,\n"
BAD_ROW = "foute-les,Foute les,Samenvatting.,Tekst.,draft,,geen-bestaande-bron,,,,\n"


class Walk:
    """What the pages of one walk showed that they should not have."""

    def __init__(self, page):
        self.page = page
        self.violations: dict[str, list] = {}
        self.too_wide: dict[str, int] = {}
        self.icons: dict[str, int] = {}
        self.broken_words: dict[str, list[str]] = {}
        self.failed: list[tuple[int, str]] = []
        page.on(
            "response",
            lambda response: (
                self.failed.append((response.status, response.url))
                if response.status >= 400
                else None
            ),
        )

    # A table that fits by breaking its headers or the import preview's cells inside words
    # ("Ge/pu/bli/ce/erd") is no table one can read: the words that span more than one line.
    # A line may end at a hyphen, and a word longer than 16 letters (a compound noun in a
    # title column) may break.
    BROKEN_WORDS = """() => {
        const broken = [];
        for (const cell of document.querySelectorAll("table th, .import-preview td")) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const words = /(?<![^\\s-])[^\\s-]{1,16}(?![^\\s-])/g;
                for (const word of node.textContent.matchAll(words)) {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(word[0]);
                }
            }
        }
        return broken.slice(0, 10);
    }"""

    def check(self, name: str, *, fits: bool = True) -> None:
        """axe, the width and the icon of the page shown now."""
        page = self.page
        found = axe_violations(page)
        if found:
            self.violations[name] = [
                {"rule": v["id"], "nodes": [node["target"] for node in v["nodes"]][:5]}
                for v in found
            ]
        if fits:
            widths = page.evaluate(
                """() => {
                    const list = document.querySelector("#changelist .results");
                    return {
                        page: document.documentElement.scrollWidth,
                        list: list ? list.scrollWidth - list.clientWidth : 0,
                    };
                }"""
            )
            if widths["page"] > LAPTOP["width"] or widths["list"] > 0:
                self.too_wide[name] = widths
        broken = page.evaluate(self.BROKEN_WORDS)
        if broken:
            self.broken_words[name] = broken
        icon = page.locator("link[rel~=icon]")
        if icon.count() != 1:
            self.icons[name] = icon.count()
        else:
            status = page.request.get(icon.get_attribute("href")).status
            if status != 200:
                self.icons[name] = status


@pytest.fixture
def demo(transactional_db):
    """The demo content, and a lesson whose title holds a word longer than its column."""
    call_command("seed_demo", stdout=StringIO())
    LessonFactory(title=f"Les over {LONG_WORD}", status="draft", published_at=None)


def test_the_secretary_walks_the_admin(page, demo, secretary, tmp_path):
    page.set_viewport_size(LAPTOP)
    walk = Walk(page)
    login(page, secretary)
    expect(page.get_by_role("heading", name="Te doen")).to_be_visible()
    walk.check("dashboard")

    page.goto("/admin/lessons/lesson/")
    expect(page.get_by_role("link", name=f"Les over {LONG_WORD}")).to_be_visible()
    walk.check("lessons")

    # A lesson without a source: an empty single choice beside multiple ones that are not.
    lesson = Lesson.objects.filter(source=None).exclude(pioneers=None).first()
    source = Source.objects.order_by("title").first()
    pioneer = Pioneer.objects.exclude(lessons=lesson).order_by("name").first()
    page.goto(f"/admin/lessons/lesson/{lesson.pk}/change/")
    walk.check("lesson")

    # Choosing with the keyboard alone, in fields that say what they are.
    combobox = page.get_by_role("combobox", name=re.compile(r"^Bron"))
    expect(combobox).to_be_visible()
    tab_to(page, combobox, limit=120)
    page.keyboard.press("Enter")
    search = page.get_by_role("searchbox", name=re.compile(r"^Bron"))
    expect(search).to_be_focused()
    page.keyboard.type(source.title[:12])
    expect(page.get_by_role("option", name=source.title)).to_be_visible()
    walk.check("lesson, a list of sources open")
    page.keyboard.press("Enter")
    expect(combobox).to_have_accessible_name(re.compile(re.escape(source.title)))

    pioneers = page.get_by_role("searchbox", name=re.compile(r"^Voorlopers"))
    tab_to(page, pioneers, limit=20)
    page.keyboard.type(pioneer.name)
    expect(page.get_by_role("option", name=pioneer.name)).to_be_visible()
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("button", name="Opslaan", exact=True), limit=60)
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_be_visible()
    lesson.refresh_from_db()
    assert lesson.source == source
    assert pioneer in lesson.pioneers.all()

    page.goto(f"/admin/lessons/lesson/{lesson.pk}/history/")
    expect(page.get_by_role("link", name=lesson.title).first).to_be_visible()
    walk.check("lesson history")

    page.goto("/admin/cases/case/")
    walk.check("cases")
    case = Case.objects.order_by("pk").first()
    page.goto(f"/admin/cases/case/{case.pk}/change/")
    walk.check("case")

    page.goto("/admin/ecosystem/ecosystem/")
    walk.check("maps")
    ecosystem = Ecosystem.objects.annotate(actor_total=Count("actors"))
    ecosystem = ecosystem.order_by("-actor_total").first()
    page.goto(f"/admin/ecosystem/ecosystem/{ecosystem.pk}/change/")
    walk.check("map")
    # The rows of a map are wider than the page: their table scrolls sideways in a box that
    # fits the window, so the scroll bar is in sight, not below 25 rows.
    boxes = page.locator(".inline-group .tabular").evaluate_all(
        "boxes => boxes.map(box => [box.scrollWidth > box.clientWidth, box.offsetHeight])"
    )
    assert any(wide for wide, _height in boxes)
    assert all(height <= LAPTOP["height"] for _wide, height in boxes), boxes

    upload = tmp_path / "lessen.csv"
    upload.write_text(HEADER + GOOD_ROW, encoding="utf-8")
    page.goto("/admin/lessons/lesson/import/")
    page.get_by_label("Bestand om te importeren").set_input_files(upload)
    page.get_by_label("Formaat").select_option(label="csv")
    page.get_by_role("button", name="Voorbeeld tonen").click()
    expect(page.get_by_text("Les uit een bestand")).to_be_visible()
    walk.check("import preview")

    # A row with an error: the error is on the page, not only under the mouse.
    upload.write_text(HEADER + GOOD_ROW + BAD_ROW, encoding="utf-8")
    page.goto("/admin/lessons/lesson/import/")
    page.get_by_label("Bestand om te importeren").set_input_files(upload)
    page.get_by_label("Formaat").select_option(label="csv")
    page.get_by_role("button", name="Voorbeeld tonen").click()
    error = page.get_by_text("geen-bestaande-bron”")
    expect(error).to_have_count(1)
    shown = error.evaluate("e => e.checkVisibility({opacityProperty: true})")
    assert shown, "the error of the row shows only while the mouse is over its count"
    walk.check("import errors", fits=False)

    favicon = page.request.get("/favicon.ico")
    assert favicon.status == 200
    assert favicon.headers["content-type"] == "image/x-icon"
    assert favicon.body()[:4] == b"\x00\x00\x01\x00"  # an icon file, not a page

    assert walk.violations == {}, f"axe found WCAG violations: {walk.violations}"
    assert walk.too_wide == {}, f"wider than {LAPTOP['width']} px: {walk.too_wide}"
    assert walk.broken_words == {}, f"words broken inside: {walk.broken_words}"
    assert walk.icons == {}, f"pages without a working icon: {walk.icons}"
    assert walk.failed == []

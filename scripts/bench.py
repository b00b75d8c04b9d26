"""Page benchmark: every page type at volume, against the site's own floor.

    make bench          # Postgres, 10,000 lessons and the rest; gunicorn, about two minutes
    make bench-smoke    # small data on SQLite, in-process; fails over a query budget

`make bench` fills the database in DATABASE_URL (default: the local Postgres database
kennisbank_bench, created if missing) with the volume data, serves it with gunicorn
(production settings, DEBUG off, static files collected) and measures from this separate
process, for every page type: median and 95th percentile response time, the SQL queries
(in-process, with an empty cache and again with a warm one), the HTML size plain and
compressed, and the median as a ratio to the static-text page /toegankelijkheid/. Then
throughput with concurrent clients, and the size and cache headers of the static files.
Prints a table and the targets, and writes everything as JSON (--json) to compare runs.
Exits 1 when a target does not hold.
"""

import argparse
import gzip
import http.client
import json
import multiprocessing
import os
import re
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from harness import ROOT, manage, run_together, server_environment, start_gunicorn

BENCH_REDIS = "redis://127.0.0.1:6379/15"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/kennisbank_bench"
VOLUME = {"lessons": 10000, "cases": 2000, "maps": 200, "actors-per-map": 30,
          "large-map-actors": 200, "meetings": 50, "positions": 20000}  # fmt: skip
SMOKE_VOLUME = {"lessons": 400, "cases": 80, "maps": 4, "actors-per-map": 30,
                "large-map-actors": 200, "meetings": 3, "positions": 300}  # fmt: skip
QUERY_BUDGET = 12
FLOOR = "static_text"
COMMON_WORD = "circulaire"
RARE_WORD = "bermmaaisel"
ONE_YEAR = 365 * 24 * 3600


@dataclass
class Page:
    key: str
    label: str
    path: str
    kind: str  # "public", "admin" or "floor"
    factor: float = 4.0  # allowed median as a multiple of the static-text page
    queries_cold: int = 0
    queries_warm: int = 0
    full_counts: list[str] = field(default_factory=list)
    html_bytes: int = 0
    html_gzip_bytes: int = 0
    median_ms: float = 0.0
    p95_ms: float = 0.0
    cold_ms: float = 0.0  # in-process, empty cache
    ratio: float = 0.0


# --- preparing the data ---------------------------------------------------------------


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
    from ecosystem.models import Ecosystem
    from lessons.meetings import Meeting
    from lessons.models import Audience, Lesson, ThemeTag

    lesson = (
        Lesson.objects.published().filter(cases__isnull=False).order_by("pk").first()
        or Lesson.objects.published().order_by("pk").first()
    )
    case = Case.objects.public().exclude(insights="").order_by("pk").first()
    small_map = Ecosystem.objects.published().get(slug="bulk-1-1")
    large_map = Ecosystem.objects.published().get(slug="bulk-groot-1-1")
    meeting = Meeting.objects.published().get(slug="bulk-1-1")
    theme = ThemeTag.objects.get(name="bouw")
    audience = Audience.objects.order_by("pk").first()
    last_page = max(1, -(-Lesson.objects.published().count() // 20))
    return [
        Page("static_text", "Toegankelijkheid (vloer)", "/toegankelijkheid/", "floor", 1.0),
        Page("home", "Home", "/", "public"),
        Page("lessons", "Lessen", "/lessen/", "public"),
        Page("lessons_filtered", "Lessen, twee filters",
             f"/lessen/?thema={theme.slug}&doelgroep={audience.slug}", "public"),
        Page("lessons_deep", "Lessen, laatste pagina", f"/lessen/?page={last_page}", "public"),
        Page("lesson", "Les", lesson.get_absolute_url(), "public"),
        Page("search_common", f"Zoeken '{COMMON_WORD}'", f"/zoeken/?q={COMMON_WORD}", "public"),
        Page("search_rare", f"Zoeken '{RARE_WORD}'", f"/zoeken/?q={RARE_WORD}", "public"),
        Page("cases", "Praktijkcases", "/praktijkcases/", "public"),
        Page("case", "Praktijkcase", case.get_absolute_url(), "public"),
        Page("map_small", f"Kaart, {small_map.actors.count()} actoren",
             small_map.get_absolute_url(), "public"),
        Page("map_large", f"Kaart, {large_map.actors.count()} actoren",
             large_map.get_absolute_url(), "public", 6.0),
        Page("meeting", "Bijeenkomst met uitslagen", meeting.get_absolute_url(), "public"),
        Page("feed", "Atom-feed lessen", "/feeds/lessen/", "public"),
        Page("sitemap", "Sitemap", "/sitemap.xml", "public"),
        Page("admin_lessons", "Beheer: lessen", "/admin/lessons/lesson/", "admin", 10.0),
        Page("admin_cases", "Beheer: praktijkcases", "/admin/cases/case/", "admin", 10.0),
    ]  # fmt: skip


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


# --- in-process: queries and sizes ----------------------------------------------------

FULL_COUNT = re.compile(r'^SELECT COUNT\(\*\) AS "__count" FROM "\w+"$')
COLD_REPEAT = 3


def clients(session: str):
    """An anonymous visitor for the public pages, a logged-in superuser for the admin."""
    from django.test import Client

    visitor, staff = Client(HTTP_HOST="127.0.0.1"), Client(HTTP_HOST="127.0.0.1")
    staff.cookies["sessionid"] = session
    return {"public": visitor, "floor": visitor, "admin": staff}


def measure_in_process(page_list: list[Page], session: str) -> None:
    """Per page: queries and render time with an empty cache, then queries with a warm one."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    by_kind = clients(session)
    for page in page_list:
        client = by_kind[page.kind]
        durations = []
        for _ in range(COLD_REPEAT):
            cache.clear()
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as cold:
                response = client.get(page.path)
            durations.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{page.path} gaf {response.status_code}")
        page.queries_cold = len(cold)
        page.cold_ms = statistics.median(durations)
        with CaptureQueriesContext(connection) as warm:
            response = client.get(page.path)
        page.queries_warm = len(warm)
        page.full_counts = [q["sql"] for q in warm if FULL_COUNT.match(q["sql"])]
        body = b"".join(response) if response.streaming else response.content
        page.html_bytes = len(body)
        page.html_gzip_bytes = len(gzip.compress(body, 6))


def time_in_process(page_list: list[Page], session: str, repeat: int) -> None:
    by_kind = clients(session)
    for page in page_list:
        client = by_kind[page.kind]
        client.get(page.path)
        durations = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(page.path)
            durations.append((time.perf_counter() - started) * 1000)
        summarise(page, durations)


# --- over HTTP: latency, throughput, static files ---------------------------------------


def fetch(port: int, path: str, headers: dict[str, str]) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def headers_for(page: Page, session: str) -> dict[str, str]:
    headers = {"Accept-Encoding": "gzip", "Host": "127.0.0.1"}
    if page.kind == "admin":
        headers["Cookie"] = f"sessionid={session}"
    return headers


def summarise(page: Page, durations: list[float]) -> None:
    durations.sort()
    page.median_ms = statistics.median(durations)
    page.p95_ms = durations[min(len(durations) - 1, round(0.95 * (len(durations) - 1)))]


def time_over_http(port: int, page_list: list[Page], session: str, repeat: int) -> None:
    for page in page_list:
        headers = headers_for(page, session)
        for _ in range(3):  # warm up both workers
            fetch(port, page.path, headers)
        durations = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = fetch(port, page.path, headers)
            durations.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                raise SystemExit(f"{page.path} gaf {response.status}")
        summarise(page, durations)


def _hammer(port: int, path: str, stop_at: float, counter) -> None:
    done = 0
    while time.time() < stop_at:
        if fetch(port, path, {"Accept-Encoding": "gzip"}).status == 200:
            done += 1
    with counter.get_lock():
        counter.value += done


def throughput(port: int, path: str, seconds: float, clients: int) -> float:
    counter = multiprocessing.Value("i", 0)
    stop_at = time.time() + seconds
    run_together(
        [
            multiprocessing.Process(target=_hammer, args=(port, path, stop_at, counter))
            for _ in range(clients)
        ]
    )
    return counter.value / seconds


def static_assets(port: int, html: str) -> dict:
    """The stylesheets and scripts of a page: compressed size and cache headers."""
    paths = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    paths += re.findall(r'<script[^>]* src="([^"]+)"', html)
    assets = []
    for path in dict.fromkeys(paths):
        response = fetch(port, path, {"Accept-Encoding": "gzip, br"})
        control = response.getheader("Cache-Control", "")
        max_age = int(re.search(r"max-age=(\d+)", control).group(1)) if "max-age" in control else 0
        assets.append(
            {
                "path": path,
                "bytes": len(response.body),
                "encoding": response.getheader("Content-Encoding", ""),
                "max_age": max_age,
                "immutable": "immutable" in control,
            }
        )
    return {"assets": assets, "total_bytes": sum(asset["bytes"] for asset in assets)}


def time_static_file(port: int, path: str, repeat: int) -> Page:
    page = Page("static_file", "Statisch bestand (whitenoise)", path, "floor", 1.0)
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        fetch(port, path, {"Accept-Encoding": "gzip"})
        durations.append((time.perf_counter() - started) * 1000)
    summarise(page, durations)
    return page


# --- report ---------------------------------------------------------------------------


def table(page_list: list[Page]) -> str:
    lines = [
        f"{'pagina':32} {'mediaan':>8} {'p95':>7} {'x vloer':>7} {'zonder':>7} {'queries':>9} "
        f"{'HTML':>7} {'gzip':>6}",
        f"{'':32} {'ms':>8} {'ms':>7} {'':>7} {'cache ms':>7} {'koud/warm':>9} {'kB':>7} {'kB':>6}",
    ]
    for page in page_list:
        measured = bool(page.html_bytes)
        queries = f"{page.queries_cold}/{page.queries_warm}" if measured else "-"
        cold = f"{page.cold_ms:7.1f}" if measured else f"{'-':>7}"
        lines.append(
            f"{page.label[:32]:32} {page.median_ms:8.1f} {page.p95_ms:7.1f} {page.ratio:7.2f} "
            f"{cold} {queries:>9} {page.html_bytes / 1000:7.1f} {page.html_gzip_bytes / 1000:6.1f}"
        )
    return "\n".join(lines)


def targets(page_list: list[Page], extra: dict, *, timed: bool) -> list[tuple[str, bool, str]]:
    checks = []
    for page in page_list:
        if page.kind == "floor":
            continue
        checks.append((f"{page.key}: ≤ {QUERY_BUDGET} queries", page.queries_cold <= QUERY_BUDGET,
                       f"{page.queries_cold} koud, {page.queries_warm} warm"))  # fmt: skip
        if timed:
            checks.append((f"{page.key}: mediaan ≤ {page.factor:g}x vloer",
                           page.ratio <= page.factor, f"{page.ratio:.2f}x"))  # fmt: skip
        if page.kind == "admin":
            checks.append((f"{page.key}: geen COUNT(*) over de hele tabel", not page.full_counts,
                           "; ".join(page.full_counts) or "geen"))  # fmt: skip
    for key in ("lessons", "cases"):
        page = next(p for p in page_list if p.key == key)
        checks.append((f"{key}: HTML < 60 kB", page.html_bytes < 60_000,
                       f"{page.html_bytes / 1000:.1f} kB"))  # fmt: skip
    if "static" in extra:
        static = extra["static"]
        detail = f"{static['total_bytes'] / 1000:.1f} kB in {len(static['assets'])} bestanden"
        checks.append(
            ("CSS en JS samen < 60 kB gecomprimeerd", static["total_bytes"] < 60_000, detail)
        )
        ok = all(
            a["encoding"] in ("gzip", "br") and a["max_age"] >= ONE_YEAR for a in static["assets"]
        )
        checks.append(("statische bestanden gecomprimeerd, cache ≥ 1 jaar", ok,
                       ", ".join(f"{a['encoding'] or 'ongecomprimeerd'}/{a['max_age']}s"
                                 for a in static["assets"][:1]) + " …"))  # fmt: skip
    if "throughput" in extra:
        rates = extra["throughput"]
        share = rates["/lessen/"] / rates["/toegankelijkheid/"]
        checks.append(("/lessen/ doorvoer ≥ 35% van de vloer", share >= 0.35, f"{share:.0%}"))
    return checks


def report(page_list: list[Page], extra: dict, *, timed: bool, json_path: str | None) -> int:
    print()
    print(table(page_list))
    for name, value in extra.get("throughput", {}).items():
        print(f"doorvoer {name:40} {value:8.1f} verzoeken/s")
    checks = targets(page_list, extra, timed=timed)
    print()
    for name, ok, detail in checks:
        print(f"{'✓' if ok else '✗'} {name:52} {detail}")
    failed = [name for name, ok, _ in checks if not ok]
    print(f"\n{len(checks) - len(failed)} van {len(checks)} doelen gehaald.")
    if json_path:
        data = {"pages": [asdict(page) for page in page_list], **extra,
                "targets": [{"name": n, "ok": ok, "detail": d} for n, ok, d in checks]}  # fmt: skip
        Path(json_path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"JSON: {json_path}")
    return 1 if failed else 0


def apply_ratios(page_list: list[Page]) -> None:
    floor = next(page for page in page_list if page.key == FLOOR).median_ms
    for page in page_list:
        page.ratio = page.median_ms / floor


# --- the two modes --------------------------------------------------------------------


def full(args: argparse.Namespace) -> int:
    url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE
    if not url.startswith("postgres"):
        raise SystemExit(
            "De benchmark draait op Postgres; zet DATABASE_URL naar een Postgres-database."
        )
    ensure_database(url)
    env = server_environment(args.port)
    env.update(DATABASE_URL=url, DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver")
    # As in production: one Redis shared by the workers (its own database, emptied freely).
    if not env.get("DJANGO_REDIS_URL") and redis_listening():
        env["DJANGO_REDIS_URL"] = BENCH_REDIS
    cache = env.get("DJANGO_REDIS_URL") or "geheugen per worker (geen Redis gevonden)"
    print(f"Database: {url}\nCache: {cache}", flush=True)
    if not args.skip_seed:
        prepare(env, VOLUME, collect=True)
    else:
        manage(env, "collectstatic", "--noinput", "-v0")
    setup_django(env)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    page_list = pages()
    session = staff_session()
    measure_in_process(page_list, session)
    connection.close()

    server = start_gunicorn(args.port, env, args.workers)
    try:
        print("Responstijden meten …", flush=True)
        time_over_http(args.port, page_list, session, args.repeat)
        home = fetch(args.port, "/", {"Host": "127.0.0.1"}).body.decode()
        static = static_assets(args.port, home)
        page_list.append(time_static_file(args.port, static["assets"][0]["path"], args.repeat))
        rates = {}
        for path in ("/lessen/", f"/zoeken/?q={COMMON_WORD}", "/toegankelijkheid/"):
            print(f"Doorvoer {path} ({args.seconds:g} s, {args.clients} clients) …", flush=True)
            rates[path] = throughput(args.port, path, args.seconds, args.clients)
    finally:
        server.terminate()
        server.wait(timeout=30)
    apply_ratios(page_list)
    extra = {
        "static": static,
        "throughput": rates,
        "settings": {"cache": cache, "workers": args.workers, "clients": args.clients,
                     "seconds": args.seconds, "repeat": args.repeat, "volume": VOLUME,
                     "cpus": os.cpu_count()},
    }  # fmt: skip
    return report(page_list, extra, timed=True, json_path=args.json)


def smoke(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as directory:
        env = server_environment(args.port)
        env.update(
            DATABASE_URL=f"sqlite:///{directory}/smoke.sqlite3",
            DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        )
        prepare(env, SMOKE_VOLUME, collect=True)
        setup_django(env)
        page_list = pages()
        session = staff_session()
        measure_in_process(page_list, session)
        time_in_process(page_list, session, args.repeat)
        apply_ratios(page_list)
        print("\nIn-process, SQLite, kleine hoeveelheid: tijden zijn indicatief, geen doel.")
        return report(page_list, {}, timed=False, json_path=args.json)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="klein, SQLite, alleen querybudgetten")
    parser.add_argument("--repeat", type=int, default=40, help="metingen per pagina")
    parser.add_argument("--seconds", type=float, default=20, help="duur van elke doorvoermeting")
    parser.add_argument("--clients", type=int, default=8, help="gelijktijdige clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--skip-seed", action="store_true", help="de database is al gevuld")
    parser.add_argument("--json", help="schrijf de uitkomsten ook als JSON naar dit bestand")
    args = parser.parse_args()
    sys.exit(smoke(args) if args.smoke else full(args))


if __name__ == "__main__":
    main()

"""Load, a cache outage and a restart: a mixed load on gunicorn, and a count of losses.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kennisbank_load make load-test

Starts a redis-server of its own on a free port (never the machine's shared Redis) and
gunicorn (production settings, DEBUG off, that Redis as the shared cache) against the
Postgres database in DATABASE_URL, and sends browsing, searching and case submissions from
a separate process for 60 seconds. A sixth of the way in, Redis is stopped for 10 seconds
(``--cache-outage``) and started again, empty; halfway, gunicorn is stopped and restarted.
Reports the requests served, the errors, the slowest request, and whether every submission
that got a confirmation page is in the database. Not part of `make test`.
"""

import argparse
import http.cookiejar
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from harness import (
    PYTHON,
    ROOT,
    RedisServer,
    manage,
    run_together,
    server_environment,
    start_gunicorn,
)

PAGES = ["/", "/lessen/", "/praktijkcases/", "/ecosystemen/", "/bijeenkomsten/", "/voorlopers/",
         "/lessen/?thema=bouw", "/toegankelijkheid/"]  # fmt: skip
WORDS = ["grondstoffen", "bouw", "textiel", "inkopen", "provincie", "maaisel", "regio", "lef"]


# --- the load, in its own process -----------------------------------------------------


class AnyCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    """Send the (Secure) cookies over plain HTTP on the loopback, as a browser would over TLS."""

    def return_ok_secure(self, cookie, request):
        return True

    def set_ok(self, cookie, request):
        return True


def visitor(base: str, stop_at: float, tally: dict, lock: threading.Lock) -> None:
    jar = http.cookiejar.CookieJar(policy=AnyCookiePolicy())
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    rng = random.Random()

    def count(key: str, item=None) -> None:
        with lock:
            tally[key] += 1
            if item is not None:
                tally["acknowledged"].append(item)

    while time.time() < stop_at:
        choice = rng.random()
        started = time.time()
        try:
            if choice < 0.6:
                with opener.open(base + rng.choice(PAGES), timeout=20) as response:
                    response.read()
            elif choice < 0.85:
                query = urllib.parse.urlencode({"q": rng.choice(WORDS)})
                with opener.open(f"{base}/zoeken/?{query}", timeout=20) as response:
                    response.read()
            else:
                with opener.open(base + "/praktijkcases/indienen/", timeout=20) as response:
                    html = response.read().decode()
                count("requests")
                token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
                csrf = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
                title = f"Belasting {secrets.token_hex(6)}"
                data = {
                    "csrfmiddlewaretoken": csrf, "form_token": token, "title": title,
                    "transition_task": "Taak", "region": "utrecht", "organisation": "Gemeente",
                    "bottleneck": "Vast", "help_wanted": "Hulp", "contact_name": "Naam",
                    "contact_email": "iemand@example.org", "consent": "on",
                }  # fmt: skip
                request = urllib.request.Request(
                    base + "/praktijkcases/indienen/",
                    data=urllib.parse.urlencode(data).encode(),
                    headers={"Referer": base + "/praktijkcases/indienen/"},
                )
                with opener.open(request, timeout=20) as response:
                    page = response.read().decode()
                    if (
                        "/praktijkcases/ingediend/" in response.geturl()
                        and "Je case is ingediend" in page
                    ):
                        count("submissions_acknowledged", title)
            count("requests")
        except urllib.error.HTTPError as error:
            count("server_errors" if error.code >= 500 else "client_errors")
        except (OSError, urllib.error.URLError):
            count("connection_failures")  # mostly while the server restarts
            time.sleep(0.2)
        with lock:
            tally["slowest_request_seconds"] = max(
                tally["slowest_request_seconds"], round(time.time() - started, 2)
            )
        time.sleep(rng.uniform(0, 0.03))


def generate(base: str, seconds: float, concurrency: int, output: str) -> None:
    tally = {
        "requests": 0, "server_errors": 0, "client_errors": 0, "connection_failures": 0,
        "submissions_acknowledged": 0, "acknowledged": [], "slowest_request_seconds": 0,
    }  # fmt: skip
    lock = threading.Lock()
    stop_at = time.time() + seconds
    run_together(
        [
            threading.Thread(target=visitor, args=(base, stop_at, tally, lock))
            for _ in range(concurrency)
        ]
    )
    Path(output).write_text(json.dumps(tally), encoding="utf-8")


# --- the orchestra ------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--cache-outage", type=float, default=10,
                        help="seconden zonder Redis (0: geen uitval)")  # fmt: skip
    parser.add_argument("--generate", nargs=4, metavar=("BASE", "SECONDS", "CONCURRENCY", "OUT"))
    args = parser.parse_args()
    if args.generate:
        base, seconds, concurrency, output = args.generate
        generate(base, float(seconds), int(concurrency), output)
        return

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Zet DATABASE_URL naar een Postgres-database (die mag leeg zijn).")
    redis = RedisServer().start()
    env = {**server_environment(args.port), "DJANGO_REDIS_URL": redis.url()}
    try:
        report = run(args, env, redis)
    finally:
        redis.stop()
    for key, value in report.items():
        print(f"{key:32} {value}")
    print(json.dumps(report))
    if report["submissions_lost"] or report["server_errors"]:
        raise SystemExit(1)


def run(args: argparse.Namespace, env: dict[str, str], redis: RedisServer) -> dict:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "compile_translations")
    manage(env, "seed_demo")
    base = f"http://127.0.0.1:{args.port}"
    out = ROOT / ".load-result.json"
    server = start_gunicorn(args.port, env, args.workers)
    load = subprocess.Popen(  # noqa: S603 - this same script
        [PYTHON, __file__, "--generate", base, str(args.seconds), str(args.concurrency), str(out)],
        cwd=ROOT,
    )
    began = time.time()
    if args.cache_outage:
        time.sleep(args.seconds / 6)
        print(f"Redis {args.cache_outage:g} s weg …", flush=True)
        redis.stop()
        time.sleep(args.cache_outage)
        redis.start()  # empty again, as after a real restart
    time.sleep(max(0.0, began + args.seconds / 2 - time.time()))
    print("Gunicorn herstarten …", flush=True)
    restart_began = time.time()
    server.send_signal(signal.SIGTERM)  # graceful: requests in progress are finished
    server.wait(timeout=30)
    server = start_gunicorn(args.port, env, args.workers)
    downtime = time.time() - restart_began
    load.wait()
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)

    tally = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from cases.models import Case

    titles = tally.pop("acknowledged")
    found = Case.objects.filter(title__in=titles).count()
    report = {
        **tally,
        "submissions_found_in_database": found,
        "submissions_lost": len(titles) - found,
        "restart_seconds": round(downtime, 2),
        "cache_outage_seconds": args.cache_outage,
        "seconds": args.seconds,
        "concurrency": args.concurrency,
        "workers": args.workers,
    }
    return report


if __name__ == "__main__":
    main()

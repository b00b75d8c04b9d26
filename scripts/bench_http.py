"""The benchmark's measurements over HTTP, from processes separate from gunicorn.

Warm: a repeat visitor, served from the cache. Cold: the first visitor after a write, with
every cache the page uses emptied (the bench's own Redis database is flushed) before each
request. Throughput: concurrent clients for a fixed time. Churn: anonymous writes that no
public page shows (a self-service map, case submissions, votes) while visitors read.
"""

import http.client
import multiprocessing
import random
import re
import statistics
import time
import urllib.parse
from dataclasses import dataclass, field

from harness import run_together

CSRF_COOKIE = re.compile(r"csrftoken=([^;]+)")
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@dataclass
class Timing:
    median_ms: float = 0.0
    p95_ms: float = 0.0
    samples: list[float] = field(default_factory=list)

    @classmethod
    def of(cls, durations: list[float]) -> "Timing":
        ordered = sorted(durations)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return cls(statistics.median(ordered), p95, ordered)


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, cookies: list[str]):
        self.status, self.headers, self.body, self.cookies = status, headers, body, cookies

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


def fetch(port: int, path: str, headers: dict[str, str] | None = None, *, method: str = "GET",
          body: bytes | None = None) -> Response:  # fmt: skip
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
    raw = connection.getresponse()
    headers = {}
    for name, value in raw.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    cookies = [value for name, value in raw.getheaders() if name.lower() == "set-cookie"]
    response = Response(raw.status, headers, raw.read(), cookies)
    connection.close()
    return response


def timed(port: int, path: str, headers: dict[str, str]) -> tuple[float, Response]:
    started = time.perf_counter()
    response = fetch(port, path, headers)
    return (time.perf_counter() - started) * 1000, response


def time_warm(port: int, path: str, headers: dict[str, str], repeat: int) -> Timing:
    for _ in range(3):  # both workers have it, and the cache too
        fetch(port, path, headers)
    durations = []
    for _ in range(repeat):
        duration, response = timed(port, path, headers)
        if response.status != 200:
            raise SystemExit(f"{path} gaf {response.status}")
        durations.append(duration)
    return Timing.of(durations)


def time_cold(port: int, path: str, headers: dict[str, str], repeat: int, flush) -> Timing:
    """Every cache emptied before each request: what the first visitor after a write gets."""
    fetch(port, path, headers)  # the worker has imported and compiled what the page needs
    durations = []
    for _ in range(repeat):
        flush()
        duration, response = timed(port, path, headers)
        if response.status != 200:
            raise SystemExit(f"{path} gaf {response.status}")
        if response.header("X-Cache") == "hit":
            raise SystemExit(f"{path} kwam na het legen toch uit de cache")
        durations.append(duration)
    return Timing.of(durations)


def interleaved_cold(servers: list[tuple[int, object, str]], repeat: int) -> list[Timing]:
    """Cold timings of a page on several servers, alternating, so that noise hits all."""
    samples: list[list[float]] = [[] for _ in servers]
    for port, _flush, path in servers:
        fetch(port, path, {})
    for _ in range(repeat):
        for n, (port, flush, path) in enumerate(servers):
            flush()
            duration, response = timed(port, path, {})
            if response.status != 200:
                raise SystemExit(f"{path} gaf {response.status} op poort {port}")
            samples[n].append(duration)
    return [Timing.of(durations) for durations in samples]


# --- throughput ------------------------------------------------------------------------


def _hammer(port: int, paths: list[str], stop_at: float, counter, misses) -> None:
    done = missed = 0
    n = 0
    while time.time() < stop_at:
        response = fetch(port, paths[n % len(paths)], {"Accept-Encoding": "gzip"})
        n += 1
        if response.status == 200:
            done += 1
            missed += response.header("X-Cache") == "miss"
    with counter.get_lock():
        counter.value += done
    with misses.get_lock():
        misses.value += missed


def throughput(port: int, paths: list[str], seconds: float, clients: int) -> tuple[float, int]:
    """Requests per second, and how many were rendered afresh. Each client walks its own
    share of ``paths``, so with as many paths as requests no path is asked twice."""
    counter, misses = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    stop_at = time.time() + seconds
    shares = [paths[n::clients] or paths for n in range(clients)]
    run_together(
        [
            multiprocessing.Process(target=_hammer, args=(port, share, stop_at, counter, misses))
            for share in shares
        ]
    )
    return counter.value / seconds, misses.value


# --- static files --------------------------------------------------------------------


def static_assets(port: int, html: str) -> dict:
    """The stylesheets and scripts of a page: compressed size and cache headers."""
    paths = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    paths += re.findall(r'<script[^>]* src="([^"]+)"', html)
    assets = []
    for path in dict.fromkeys(paths):
        response = fetch(port, path, {"Accept-Encoding": "gzip, br"})
        control = response.header("Cache-Control")
        max_age = int(re.search(r"max-age=(\d+)", control).group(1)) if "max-age" in control else 0
        assets.append(
            {
                "path": path,
                "bytes": len(response.body),
                "encoding": response.header("Content-Encoding"),
                "max_age": max_age,
                "immutable": "immutable" in control,
            }
        )
    return {"assets": assets, "total_bytes": sum(asset["bytes"] for asset in assets)}


# --- churn: anonymous writes nobody else sees, while visitors read -----------------------


class Browser:
    """Cookies and CSRF tokens, as a visitor's browser keeps them."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}

    def _headers(self, extra: dict | None = None) -> dict:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return {**({"Cookie": cookie} if cookie else {}), **(extra or {})}

    def _keep(self, response: Response) -> Response:
        for cookie in response.cookies:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        return response

    def get(self, path: str) -> Response:
        return self._keep(fetch(self.port, path, self._headers()))

    def post(self, path: str, data: dict) -> Response:
        page = self.get(path if "positie" not in path else path.split("stellingen/")[0])
        token = CSRF_FIELD.search(page.body.decode())
        fields = {**data, "csrfmiddlewaretoken": token.group(1) if token else ""}
        if "form_token" in data:
            fields["form_token"] = FORM_TOKEN.search(page.body.decode()).group(1)
        body = urllib.parse.urlencode(fields, doseq=True).encode()
        headers = self._headers({"Content-Type": "application/x-www-form-urlencoded"})
        return self._keep(fetch(self.port, path, headers, method="POST", body=body))


def _churn_writer(port: int, plan: dict, seconds: float, done) -> None:
    """One map edit and one vote a second, a case submission every five seconds."""
    team = Browser(port)
    started = time.time()
    tick = 0
    while time.time() - started < seconds:
        team.post(plan["edit_url"], {
            "form": "actor", "actor-name": f"Partner {tick}", "actor-party": "ondernemers",
            "actor-kind": "nieuwe_speler", "actor-influence": "3", "actor-interest": "4",
            "actor-note": "",
        })  # fmt: skip
        Browser(port).post(plan["vote_url"], {"value": random.randint(1, 5), "party": "rijk"})
        if tick % 5 == 0:
            Browser(port).post("/praktijkcases/indienen/", {
                "form_token": "", "title": f"Vastgelopen {tick}", "transition_task": "Taak",
                "region": "utrecht", "organisation": "Gemeente", "bottleneck": "Vast",
                "help_wanted": "Hulp", "contact_name": "Naam", "contact_email": "a@example.org",
                "consent": "on", "website": "",
            })  # fmt: skip
        tick += 1
        time.sleep(max(0.0, started + tick - time.time()))
    done.value = tick


def churn(port: int, pages: list[str], plan: dict, seconds: float) -> dict:
    """Hit rate and median of the public pages while anonymous visitors write."""
    for path in pages:
        fetch(port, path, {})
    done = multiprocessing.Value("i", 0)
    writer = multiprocessing.Process(target=_churn_writer, args=(port, plan, seconds, done))
    writer.start()
    durations, hits, misses = [], 0, []
    while writer.is_alive():
        for path in pages:
            duration, response = timed(port, path, {})
            durations.append(duration)
            if response.header("X-Cache") == "hit":
                hits += 1
            else:
                misses.append(path)
    writer.join()
    total = hits + len(misses)
    return {
        "seconds": seconds, "writes": done.value, "requests": total, "hits": hits,
        "misses": len(misses), "missed_pages": sorted(set(misses)),
        "hit_rate": hits / total if total else 0.0,
        "median_ms": statistics.median(durations) if durations else 0.0,
    }  # fmt: skip

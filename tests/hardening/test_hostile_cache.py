"""The shared cache goes away: nothing fails, nothing waits, nothing stale comes back.

Against real servers only: a Redis port nobody listens on, a TCP listener that accepts
connections and never answers, and a redis-server of the test's own that is stopped,
paused (SIGSTOP: connected, silent, data kept) and resumed.
"""

import re
import socket
import threading
import time

import pytest
from django.core.cache import cache

from cases.models import Case
from duurzaamdoor import shared_cache
from scripts.harness import RedisServer, free_port
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


class HungListener:
    """Accepts every connection and never says a word: a Redis that hangs."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                peer, _ = self.server.accept()
            except OSError:
                return
            self.held.append(peer)

    def close(self) -> None:
        self.server.close()
        for peer in self.held:
            peer.close()


def _use_redis(settings, url: str) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "duurzaamdoor.shared_cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"kb-test-{time.time_ns()}",
            "OPTIONS": {"RETRY_AFTER": 5},
        },
        "ratelimit": {
            "BACKEND": "duurzaamdoor.shared_cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"kb-test-rl-{time.time_ns()}",
            "OPTIONS": {"RETRY_AFTER": 5, "FALLBACK": "local"},
        },
    }
    settings.RATELIMIT_USE_CACHE = "ratelimit"


@pytest.fixture(autouse=True)
def fresh_circuit():
    shared_cache._down_until.clear()
    yield
    shared_cache._down_until.clear()


@pytest.fixture
def dead_redis(settings):
    """Nothing listens on the port: every connection is refused at once."""
    _use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")


@pytest.fixture
def hung_redis(settings):
    listener = HungListener()
    _use_redis(settings, f"redis://127.0.0.1:{listener.port}/0")
    yield listener
    listener.close()


@pytest.fixture
def own_redis(settings):
    with RedisServer() as server:
        _use_redis(settings, server.url())
        yield server


@pytest.fixture
def site(db):
    """One of every public page type, with content."""
    lesson = LessonFactory(title="Bermmaaisel als grondstof", themes=["bouw"])
    case = PublicCaseFactory(title="Hergebruik stokt")
    case.lessons.add(lesson)
    ecosystem = EcosystemFactory(title="Kaart bouw")
    ActorFactory(ecosystem=ecosystem, name="Gemeente Assen")
    statement = StatementFactory(meeting=MeetingFactory(title="Ronde tafel"), is_open=True)
    return {
        "pages": ["/", "/lessen/", "/lessen/?thema=bouw", "/lessen/?q=bermmaaisel",
                  lesson.get_absolute_url(), "/zoeken/?q=bermmaaisel", "/praktijkcases/",
                  case.get_absolute_url(), "/ecosystemen/", ecosystem.get_absolute_url(),
                  "/bijeenkomsten/", statement.meeting.get_absolute_url(), "/voorlopers/",
                  "/feeds/lessen/", "/feeds/praktijkcases/", "/sitemap.xml",
                  "/toegankelijkheid/", "/en/lessen/"],
        "lesson": lesson,
        "statement": statement,
    }  # fmt: skip


def _submit_case(client, title: str = "Bermgras blijft liggen") -> object:
    html = client.get("/praktijkcases/indienen/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    return client.post(
        "/praktijkcases/indienen/",
        {"form_token": token, "title": title,
         "transition_task": "Bermgras als grondstof.", "region": "drenthe",
         "organisation": "Provincie Drenthe", "bottleneck": "Het maaisel is afval.",
         "tried": "Overleg.", "help_wanted": "Contact.", "parties": ["decentraal"],
         "contact_name": "Pieter Hoekstra", "contact_email": "pieter@example.org",
         "consent": "on", "website": ""},
    )  # fmt: skip


def _vote(client, statement):
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    return client.post(url, {"value": 4, "party": "rijk"})


@pytest.mark.parametrize("outage", ["dead_redis", "hung_redis"])
def test_without_the_cache_every_page_and_form_works(client, site, secretary, outage, request):
    request.getfixturevalue(outage)
    started = time.monotonic()
    for path in site["pages"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get("X-Cache", "miss") == "miss", path  # rendered, not stored
    assert _submit_case(client).status_code == 302
    assert Case.objects.filter(title="Bermgras blijft liggen").count() == 1
    assert _vote(client, site["statement"]).status_code == 302
    client.force_login(secretary)
    assert client.get("/admin/cases/case/").status_code == 200
    assert client.get("/admin/").status_code == 200
    # A hung Redis costs one socket timeout, then is left alone: not seconds per request.
    # (Without short timeouts and the circuit, each request here waited ~5 s.)
    assert time.monotonic() - started < 15


def test_healthz_reports_the_cache_as_down_but_the_site_as_serving(client, dead_redis):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down"}


def test_healthz_reports_a_hung_cache_within_a_second(client, hung_redis):
    started = time.monotonic()
    assert client.get("/healthz").json()["cache"] == "down"
    assert time.monotonic() - started < 1


def test_healthz_reports_a_working_cache(client, own_redis):
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_rate_limits_still_hold_per_process_while_the_cache_is_down(client, settings, dead_redis):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "case_submit": "2/h"}
    # Two cases (the same one twice would be stored once), then one too many.
    assert _submit_case(client, "Bermgras blijft liggen").status_code == 302
    assert _submit_case(client, "Maaisel mag niet weg").status_code == 302
    refused = _submit_case(client, "Riet blijft staan")
    assert refused.status_code == 429  # counted in this process's memory, not a 500
    assert Case.objects.count() == 2


def test_pages_are_cached_again_once_the_cache_is_back(client, site, own_redis, settings):
    settings.CACHES["default"]["OPTIONS"]["RETRY_AFTER"] = 0.2
    settings.CACHES = dict(settings.CACHES)  # re-create the caches with the short retry
    assert client.get("/lessen/")["X-Cache"] == "miss"
    assert client.get("/lessen/")["X-Cache"] == "hit"
    own_redis.pause()
    try:
        assert client.get("/lessen/")["X-Cache"] == "miss"  # waited one timeout, then rendered
    finally:
        own_redis.resume()
    time.sleep(0.3)
    assert client.get("/lessen/")["X-Cache"] in {"hit", "miss"}
    assert client.get("/lessen/")["X-Cache"] == "hit"


def test_writes_made_while_the_cache_hung_are_not_hidden_by_counts_from_before(
    client, secretary, own_redis, settings
):
    """The admin caches its list counts under per-table write counters; writes that could
    not be counted while Redis hung must not let a count from before the outage return
    once Redis answers again with its old data."""
    settings.CACHES["default"]["OPTIONS"]["RETRY_AFTER"] = 0.2
    settings.CACHES = dict(settings.CACHES)
    client.force_login(secretary)
    PublicCaseFactory(title="Eerste case")

    def shown() -> int:  # the count under the list, which comes from the cached count
        html = client.get("/admin/cases/case/").content.decode()
        paginator = re.search(r'<p class="paginator">(.*?)</p>', html, re.S).group(1)
        return int(re.search(r"(\d+)\s+praktijkcase", paginator).group(1))

    assert shown() == 1
    own_redis.pause()
    try:
        PublicCaseFactory(title="Tweede case")  # the write counter cannot be bumped
        PublicCaseFactory(title="Derde case")
    finally:
        own_redis.resume()
    time.sleep(0.3)
    cache.get("wake")  # the first call after the pause
    assert shown() == 3


def test_import_confirmation_without_the_stored_file_says_so(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/lessons/lesson/process_import/",
        {"import_file_name": "bestaat-niet", "original_file_name": "lessen.csv", "format": 0,
         "resource": 0},
        follow=True,
    )  # fmt: skip
    assert response.status_code == 200
    assert "niet meer beschikbaar" in response.content.decode()
    assert response.redirect_chain[-1][0].endswith("/admin/lessons/lesson/import/")


@pytest.mark.parametrize(
    "path",
    ["/lessen/?thema=bestaat-niet", "/lessen/?page=999", "/praktijkcases/?regio=atlantis",
     "/praktijkcases/?page=50", "/ecosystemen/?page=7", "/voorlopers/?page=9",
     "/bijeenkomsten/?page=12", "/zoeken/?q=bermmaaisel&page=40"],
)  # fmt: skip
def test_addresses_that_are_not_pages_of_their_own_are_answered_but_not_kept(client, site, path):
    """Otherwise every made-up filter value or page number is one more page in the cache,
    and a robot fills it at a page per request."""
    first = client.get(path)
    assert first.status_code == 200
    assert client.get(path)["X-Cache"] == "miss"
    # The page it shows instead is a page of its own, and is kept.
    assert client.get("/lessen/?thema=bouw")["X-Cache"] == "miss"
    assert client.get("/lessen/?thema=bouw")["X-Cache"] == "hit"

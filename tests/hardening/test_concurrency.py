"""Many people at once, over real HTTP against the live server, on Postgres."""

import http.cookiejar
import re
import threading
import time
import urllib.parse
import urllib.request

import pytest
from django.core.cache import cache

from cases.models import Case
from meetings.models import Position
from tests.factories import StatementFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.RATE_LIMITS = {}
    cache.clear()


class Browser:
    """A visitor with its own cookies."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> tuple[int, str, str]:
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.status, response.geturl(), response.read().decode()

    def post(self, path: str, data: dict) -> tuple[int, str, str]:
        """Like a browser, send again when the connection is refused before it got through.

        The test server accepts only a few waiting connections at a time (gunicorn in
        production many more); a resent form carries the same one-time token.
        """
        csrf = next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": csrf}, doseq=True).encode()
        for attempt in range(5):
            request = urllib.request.Request(self.base + path, data=body, method="POST")
            try:
                with self.opener.open(request, timeout=30) as response:
                    return response.status, response.geturl(), response.read().decode()
            except urllib.error.HTTPError as error:
                return error.code, path, error.read().decode()
            except OSError:  # refused, reset or dropped before an answer came
                time.sleep(0.05 * (attempt + 1))
        raise ConnectionError(f"{path} did not get through")


def case_data(browser: Browser, title: str, email: str = "iemand@example.org") -> dict:
    _status, _url, html = browser.get("/praktijkcases/indienen/")
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    return {
        "form_token": token, "title": title, "transition_task": "Taak", "region": "utrecht",
        "organisation": "Gemeente", "bottleneck": "Vast", "help_wanted": "Hulp",
        "contact_name": "Naam", "contact_email": email, "consent": "on",
    }  # fmt: skip


def run_together(functions) -> list:
    results, errors = [None] * len(functions), []
    start = threading.Barrier(len(functions))

    def run(index, function):
        try:
            start.wait()
            results[index] = function()
        except Exception as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=run, args=item) for item in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


def test_fifty_parallel_submissions_make_fifty_cases(live_server):
    browsers = [Browser(live_server.url) for _ in range(50)]
    forms = [case_data(browser, f"Parallelle case {n}") for n, browser in enumerate(browsers)]
    results = run_together(
        [
            lambda b=b, f=f: b.post("/praktijkcases/indienen/", f)
            for b, f in zip(browsers, forms, strict=True)
        ]
    )
    assert all(status == 200 and "/praktijkcases/ingediend/" in url for status, url, _ in results)
    titles = list(Case.objects.values_list("title", flat=True))
    assert len(titles) == 50
    assert len(set(titles)) == 50


def test_the_same_form_sent_twice_at_once_makes_one_case(live_server):
    browser = Browser(live_server.url)
    form = case_data(browser, "Dubbel verstuurd")
    results = run_together([lambda: browser.post("/praktijkcases/indienen/", form)] * 5)
    assert Case.objects.filter(title="Dubbel verstuurd").count() == 1
    # Everyone sees the same confirmation.
    case = Case.objects.get(title="Dubbel verstuurd")
    confirmation = f"{live_server.url}/praktijkcases/ingediend/{case.status_token}/"
    outcomes = [(status, url) for status, url, _ in results]
    assert set(outcomes) == {(200, confirmation)}, outcomes


def test_the_same_case_in_new_forms_at_once_makes_one_case(live_server):
    """Back, and send again, and again: each form has its own token, the case is one."""
    browser = Browser(live_server.url)
    forms = [case_data(browser, "Na Terug verstuurd") for _ in range(5)]
    results = run_together([lambda f=f: browser.post("/praktijkcases/indienen/", f) for f in forms])
    case = Case.objects.get(title="Na Terug verstuurd")
    confirmation = f"{live_server.url}/praktijkcases/ingediend/{case.status_token}/"
    outcomes = [(status, url) for status, url, _ in results]
    assert set(outcomes) == {(200, confirmation)}, outcomes


def test_one_participant_changing_a_position_at_once_keeps_one_row(live_server):
    statement = StatementFactory()
    browser = Browser(live_server.url)
    path = f"/bijeenkomsten/{statement.meeting.slug}/"
    browser.get(path)
    vote = f"{path}stellingen/{statement.pk}/positie/"
    browser.post(vote, {"value": 1})
    run_together(
        [lambda value=value: browser.post(vote, {"value": value}) for value in range(1, 6)] * 2
    )
    assert Position.objects.filter(statement=statement).count() == 1


def test_different_teams_with_the_same_title_at_once_each_get_their_case(live_server):
    browsers = [Browser(live_server.url) for _ in range(10)]
    forms = [
        case_data(browser, "Zelfde titel", f"team{n}@example.org")
        for n, browser in enumerate(browsers)
    ]
    results = run_together(
        [
            lambda b=b, f=f: b.post("/praktijkcases/indienen/", f)
            for b, f in zip(browsers, forms, strict=True)
        ]
    )
    assert [status for status, _url, _ in results] == [200] * 10
    slugs = list(Case.objects.filter(title="Zelfde titel").values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 10

"""Rate limits as a visitor meets them: each limit counts on its own, behind a proxy too,
and a refusal says in the visitor's terms when to try again."""

import re

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory
from django.utils import timezone

from cases.models import Case
from duurzaamdoor import ratelimit
from meetings.models import Position
from tests.factories import PASSWORD, StatementFactory
from tests.forms import case_submission

PROXY = "127.0.0.1"  # the test client's own REMOTE_ADDR


def search(client, **meta):
    return client.get("/zoeken/", {"q": "bouw"}, **meta)


def vote_url(statement) -> str:
    return f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"


def test_two_limits_count_separately(client, db, low_limits):
    """Searching up to the limit (3/h here) leaves the case form's own limit (2/h) intact,
    and the other way round."""
    assert [search(client).status_code for _ in range(4)] == [200, 200, 200, 429]
    send = lambda: client.post("/praktijkcases/indienen/", case_submission(client))  # noqa: E731
    assert [send().status_code for _ in range(3)] == [302, 302, 429]
    assert Case.objects.count() == 2
    assert search(client, REMOTE_ADDR="192.0.2.99").status_code == 200


def test_votes_on_two_statements_count_separately(client, db, settings):
    """The stuffing limits count per statement: new participants used up on one statement
    still vote on the next."""
    settings.VOTE_LIMIT_NEW_PER_NETWORK = 1
    first, second = StatementFactory(), StatementFactory()
    for statement in (first, second):
        client.cookies.clear()
        assert client.post(vote_url(statement), {"value": 4}).status_code == 302
    client.cookies.clear()
    assert client.post(vote_url(first), {"value": 4}).status_code == 429
    assert Position.objects.count() == 2


@pytest.mark.parametrize("forwarded", ["198.51.100.7", " 198.51.100.7 ", "10.9.8.7, 198.51.100.7"])
def test_fewer_forwarded_addresses_than_the_proxy_count_are_read_as_they_are(
    client, db, low_limits, settings, forwarded
):
    """DJANGO_PROXY_COUNT=3 with a chain of one: the visitor is that one address, counted
    as such, and nothing answers 500."""
    settings.TRUSTED_PROXIES = [PROXY]
    settings.PROXY_COUNT = 3
    answers = [search(client, HTTP_X_FORWARDED_FOR=forwarded).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    assert search(client, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200
    # Without the header the proxy itself is the client, with a limit of its own.
    assert search(client).status_code == 200


def test_a_form_page_that_is_only_read_does_not_count(client, db, low_limits):
    for _ in range(5):
        assert client.get("/praktijkcases/indienen/").status_code == 200
    send = lambda: client.post("/praktijkcases/indienen/", case_submission(client))  # noqa: E731
    assert [send().status_code for _ in range(3)] == [302, 302, 429]


def test_a_head_request_counts_like_a_get(client, db, low_limits):
    assert [client.head("/zoeken/", {"q": "bouw"}).status_code for _ in range(3)] == [200] * 3
    assert search(client).status_code == 429


def test_a_refused_browser_gets_a_page_and_a_script_gets_json(client, db, low_limits):
    for _ in range(3):
        search(client)
    page = search(client, HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert page.status_code == 429
    assert page["Content-Type"].startswith("text/html")
    assert "Even rustig aan" in page.content.decode()
    script = search(client, HTTP_ACCEPT="application/json")
    assert script.status_code == 429
    assert script.json()["ok"] is False
    assert script.json()["message"].startswith(
        "Er kwamen in korte tijd te veel verzoeken van jouw adres. Over "
    )
    # Both say when, in words and in Retry-After: the end of the client's hour.
    for response in (page, script):
        seconds = int(response["Retry-After"])
        assert 1 <= seconds <= 3600
        text = response.content.decode()
        minutes = int(re.search(r"Over (\d+) minu(?:ut|ten) kun je het opnieuw", text).group(1))
        assert minutes == -(-seconds // 60)  # whole minutes, rounded up
        at = timezone.localtime(timezone.now() + timezone.timedelta(seconds=seconds))
        assert f"om {at:%H:%M} uur" in text


def test_a_refused_vote_keeps_the_position_already_counted(client, db, low_limits):
    statement = StatementFactory()
    assert client.post(vote_url(statement), {"value": 2}).status_code == 302
    client.post(vote_url(statement), {"value": 3})
    refused = client.post(vote_url(statement), {"value": 5}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 429
    assert Position.objects.get().value == 3


@pytest.mark.parametrize(
    ("accept", "kind"),
    [
        ("application/json", "application/json"),
        ("application/json, text/html;q=0.9", "text/html"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "text/html"),
        (None, "text/html"),
    ],
)
def test_only_a_client_that_takes_nothing_but_json_gets_json(client, db, low_limits, accept, kind):
    for _ in range(3):
        search(client)
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    assert search(client, **headers)["Content-Type"].startswith(kind)


def test_a_limit_given_as_count_and_seconds_works_like_its_text(client, db, settings):
    """A rate is "3/h" or (3, 3600); the ceiling on attempts follows either."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "case_submit": (1, 3600)}
    answers = [client.post("/praktijkcases/indienen/", {}).status_code for _ in range(11)]
    assert answers == [400] * 10 + [429]


def refusal(seconds: int):
    request = RequestFactory().get("/zoeken/", {"q": "bouw"})
    return ratelimit.too_many_requests(request, seconds)


def test_the_last_second_of_a_window_is_one_minute_and_one_second():
    response = refusal(1)
    assert response["Retry-After"] == "1"
    assert "Over 1 minuut kun je het opnieuw proberen" in response.content.decode()


def test_without_a_known_end_the_page_asks_to_wait_a_few_minutes():
    response = refusal(-1)
    assert "Retry-After" not in response
    assert "Wacht een paar minuten en probeer het dan opnieuw." in response.content.decode()


def test_the_lockout_ends_a_cool_off_after_the_last_failed_attempt(client, secretary, settings):
    """Where attempts during a lockout do not extend it (axes'
    AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT off), Retry-After counts from the last
    failure that was recorded, not from now."""
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
    for _ in range(3):
        client.post("/admin/login/", {"username": secretary.username, "password": "fout"})
    ten_minutes_ago = timezone.now() - timezone.timedelta(minutes=10)
    AccessAttempt.objects.update(attempt_time=ten_minutes_ago)
    response = client.post("/admin/login/", {"username": secretary.username, "password": PASSWORD})
    assert response.status_code == 429
    left = int(settings.AXES_COOLOFF_TIME.total_seconds()) - 600
    assert left - 60 <= int(response["Retry-After"]) <= left

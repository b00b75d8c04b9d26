"""Floods and brute force: rate limits, login lockout, and purging the addresses."""

import datetime
import io

from axes.models import AccessAttempt, AccessLog
from django.core.management import call_command
from django.utils import timezone

from cases.models import Case
from meetings.models import Position
from tests.factories import PASSWORD, EcosystemFactory, StatementFactory
from tests.forms import case_submission


def statuses(send, times: int) -> list[int]:
    return [send().status_code for _ in range(times)]


def test_search_is_rate_limited_with_a_dutch_page(client, db, low_limits):
    assert statuses(lambda: client.get("/zoeken/", {"q": "bouw"}), 4) == [200, 200, 200, 429]
    response = client.get("/zoeken/", {"q": "bouw"})
    assert "Even rustig aan" in response.content.decode()
    assert '<html lang="nl"' in response.content.decode()


def test_case_submission_is_rate_limited(client, db, low_limits):
    send = lambda: client.post("/praktijkcases/indienen/", case_submission(client))  # noqa: E731
    assert statuses(send, 3) == [302, 302, 429]
    assert Case.objects.count() == 2


def test_case_submissions_that_do_not_validate_do_not_count(client, db, low_limits):
    assert statuses(lambda: client.post("/praktijkcases/indienen/", {}), 4) == [400] * 4
    send = lambda: client.post("/praktijkcases/indienen/", case_submission(client))  # noqa: E731
    assert statuses(send, 2) == [302, 302]
    assert Case.objects.count() == 2


def test_positions_that_do_not_validate_do_not_count(client, db, low_limits):
    statement = StatementFactory()
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    assert statuses(lambda: client.post(url, {"value": 9}), 4) == [302] * 4  # an error message
    assert not Position.objects.exists()
    assert statuses(lambda: client.post(url, {"value": 3}), 3) == [302, 302, 429]
    assert Position.objects.count() == 1


def test_map_item_forms_that_do_not_validate_do_not_count(client, db, low_limits):
    ecosystem = EcosystemFactory(status="draft", self_service=True)
    url = ecosystem.get_edit_url()
    mistyped = {"form": "factor", "factor-name": "", "factor-kind": "kennis",
                "factor-effect": "helpt", "factor-weight": "9"}  # fmt: skip
    assert statuses(lambda: client.post(url, mistyped), 4) == [400] * 4
    typed = {**mistyped, "factor-name": "Kennis", "factor-weight": "2"}
    assert statuses(lambda: client.post(url, typed), 3) == [302, 302, 429]
    assert ecosystem.factors.count() == 2


def test_forms_that_never_validate_still_meet_a_ceiling(client, db, low_limits):
    """Mistyped forms cost nothing of the limit, but a script sending them without end
    is stopped at ten times the limit (2/h here: the 21st attempt)."""
    answers = statuses(lambda: client.post("/praktijkcases/indienen/", {}), 21)
    assert answers == [400] * 20 + [429]
    maps = statuses(lambda: client.post("/ecosystemen/nieuw/", {"title": ""}), 21)
    assert maps == [400] * 20 + [429]


def test_voting_is_rate_limited(client, db, low_limits):
    statement = StatementFactory()
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    assert statuses(lambda: client.post(url, {"value": 3}), 3) == [302, 302, 429]
    assert Position.objects.count() == 1


def test_limits_count_per_address(client, db, low_limits):
    for _ in range(3):
        client.get("/zoeken/", {"q": "a"}, REMOTE_ADDR="10.0.0.1")
    assert client.get("/zoeken/", {"q": "a"}, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_behind_a_proxy_the_forwarded_address_counts(client, db, low_limits, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's REMOTE_ADDR
    settings.PROXY_COUNT = 1
    for _ in range(3):
        client.get("/zoeken/", {"q": "a"}, HTTP_X_FORWARDED_FOR="spoofed, 192.0.2.7")
    blocked = client.get("/zoeken/", {"q": "a"}, HTTP_X_FORWARDED_FOR="other, 192.0.2.7")
    assert blocked.status_code == 429  # a forged first entry does not escape the limit
    assert client.get("/zoeken/", {"q": "a"}, HTTP_X_FORWARDED_FOR="192.0.2.8").status_code == 200


def test_admin_login_locks_out_after_repeated_failures(client, secretary, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/admin/login/", {"username": secretary.username, "password": "fout"})
    response = client.post("/admin/login/", {"username": secretary.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another user from the same address is not locked out.
    other = client.post("/admin/login/", {"username": "iemand-anders", "password": "fout"})
    assert other.status_code == 200


def test_purge_removes_old_login_records(client, secretary):
    client.post("/admin/login/", {"username": secretary.username, "password": "fout"})
    client.post(
        "/admin/login/?next=/admin/", {"username": secretary.username, "password": PASSWORD}
    )
    assert AccessAttempt.objects.exists() or AccessLog.objects.exists()
    old = timezone.now() - datetime.timedelta(days=31)
    AccessAttempt.objects.update(attempt_time=old)
    AccessLog.objects.update(attempt_time=old)
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "inlogregistratie(s) met IP-adres ouder dan 30 dagen verwijderd" in out.getvalue()
    assert not AccessAttempt.objects.exists() and not AccessLog.objects.exists()

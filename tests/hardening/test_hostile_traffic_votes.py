"""Issue 14, item 6: vote stuffing.

Per statement and per client network, a limit on the positions that add to the count and
a tighter one on new participants (no cookie); the projector shows new positions per
minute; the secretary voids the positions of a time window, which then count nowhere.
"""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.utils import timezone

from meetings.models import Position
from meetings.participants import COOKIE
from meetings.selectors import counted_positions, positions_per_minute, results
from meetings.services import position_record
from tests.factories import StatementFactory

STUFFER = "198.51.100.7"
VENUE = "203.0.113.50"


def url_of(statement) -> str:
    return f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"


def vote(client, statement, value=4, *, address=VENUE, json=True, party=""):
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(
        url_of(statement), {"value": value, "party": party}, REMOTE_ADDR=address, **headers
    )


@pytest.fixture
def statement(db):
    return StatementFactory(text="Circulair inkopen moet verplicht worden.")


# --- limits per network ------------------------------------------------------------------


def test_a_thousand_positions_with_dropped_cookies_are_mostly_refused(client, statement):
    statuses = []
    for _ in range(1000):
        client.cookies.clear()  # a new participant every time
        response = vote(client, statement, 5, address=STUFFER)
        statuses.append(response.status_code)
    accepted = statuses.count(200)
    assert accepted == django_settings.VOTE_LIMIT_NEW_PER_NETWORK == 150
    assert statuses.count(429) == 850  # mostly refused
    assert counted_positions(statement).count() == 150
    # The phone script gets the reason as JSON, and no cookie for a refused position.
    assert response.status_code == 429
    assert response.json()["ok"] is False
    assert "Vanaf jouw netwerk zijn op deze stelling al heel veel" in response.json()["message"]
    assert COOKIE not in response.cookies
    # Past the site-wide limit on voting requests (1000/h), still JSON for the script.
    over = vote(client, statement, 5, address=STUFFER)
    assert over.status_code == 429
    assert over.json() == {"ok": False, "message": over.json()["message"]}
    assert "te veel verzoeken" in over.json()["message"]


def test_addresses_of_one_ipv6_64_are_one_network(client, statement, settings):
    settings.VOTE_LIMIT_NEW_PER_NETWORK = 5
    statuses = []
    for n in range(8):
        client.cookies.clear()
        statuses.append(vote(client, statement, address=f"2001:db8:5:5::{n + 1:x}").status_code)
    assert statuses == [200] * 5 + [429] * 3
    assert vote(Client(), statement, address="2001:db8:5:6::1").status_code == 200


def test_a_normal_room_behind_one_address_is_not_refused(db):
    first, second = StatementFactory(), StatementFactory()
    second.meeting = first.meeting
    second.save()
    room = [Client() for _ in range(40)]
    for person, client in enumerate(room):
        assert vote(client, first, person % 5 + 1).status_code == 200
    for client in room:  # the next statement, with their cookies now
        assert vote(client, second, 3).status_code == 200
    for client in room[:20]:  # some change their minds
        assert vote(client, second, 4).status_code == 200
    assert counted_positions(first).count() == counted_positions(second).count() == 40
    assert results([second])[second.pk].overall.total == 40


def test_the_limit_on_all_positions_binds_collected_cookies_too(statement, settings):
    """A stuffer may first collect cookies elsewhere; as known participants they pass the
    new-participant limit, but not the limit on all positions that add to the count."""
    settings.VOTE_LIMIT_PER_NETWORK = 3
    elsewhere = StatementFactory()
    clients = [Client() for _ in range(5)]
    for client in clients:
        vote(client, elsewhere, address="192.0.2.1")  # another network: cookies collected
    statuses = [vote(client, statement, address=STUFFER).status_code for client in clients]
    assert statuses == [200, 200, 200, 429, 429]


def test_a_counted_position_is_never_lost_and_may_still_change(statement, settings):
    settings.VOTE_LIMIT_NEW_PER_NETWORK = 2
    settings.VOTE_LIMIT_PER_NETWORK = 2
    early, late = Client(), Client()
    assert vote(early, statement, 1).status_code == 200
    assert vote(Client(), statement, 2).status_code == 200
    assert vote(late, statement, 3).status_code == 429  # the network is at its limit
    assert vote(early, statement, 5).status_code == 200  # a change adds nothing: allowed
    assert sorted(counted_positions(statement).values_list("value", flat=True)) == [2, 5]
    assert vote(late, statement, 3, address="192.0.2.99").status_code == 200  # own network


def test_the_refusal_without_script_is_a_dutch_page_with_status_429(client, statement, settings):
    settings.VOTE_LIMIT_NEW_PER_NETWORK = 1
    assert vote(client, statement, json=False).status_code == 302
    client.cookies.clear()
    response = vote(client, statement, json=False)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Positie niet opgeslagen" in page
    assert "nieuwe deelnemers" in page
    assert f"#stelling-{statement.pk}" in page
    assert '<html lang="nl"' in page


# --- what the room sees ------------------------------------------------------------------


def _taken(statement, minutes_ago: float, count: int, *, start: int = 0) -> None:
    moment = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    for n in range(count):
        position_record(statement=statement, participant=f"{start + n:032x}", value=3)
    Position.objects.filter(participant__in=[f"{start + n:032x}" for n in range(count)]).update(
        created_at=moment
    )


def test_the_projector_shows_new_positions_per_minute(client, statement):
    _taken(statement, 0, 2)
    _taken(statement, 1, 3, start=100)
    _taken(statement, 5, 40, start=200)  # a burst
    _taken(statement, 30, 6, start=300)  # too long ago to show
    minutes = positions_per_minute(statement)
    assert len(minutes) == 10
    assert [minute.count for minute in minutes] == [0, 0, 0, 0, 40, 0, 0, 0, 3, 2]
    assert minutes[4].height == 100 and minutes[-1].height == 5
    fragment = client.get(f"{statement.meeting.get_live_url()}?fragment=1").content.decode()
    assert "Nieuwe posities per minuut, laatste 10 minuten" in fragment
    counts = re.findall(r'<span class="kb-live__minute-count">(\d+)</span>', fragment)
    assert counts == ["0", "0", "0", "0", "40", "0", "0", "0", "3", "2"]
    label = timezone.localtime(timezone.now()).strftime("%H:%M")
    assert label in fragment
    page = client.get(statement.meeting.get_live_url()).content.decode()
    assert "kb-live__minutes" in page


# --- voiding a window --------------------------------------------------------------------


def _local_input(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def void(client, statement, start, end, *, apply="void"):
    return client.post(
        "/admin/meetings/statement/",
        {
            "action": "void_positions",
            "_selected_action": [statement.pk],
            "apply": apply,
            "start": _local_input(start),
            "end": _local_input(end),
        },
    )


def test_voided_positions_vanish_from_results_exports_and_charts(client, secretary, statement):
    _taken(statement, 20, 4)  # the room, earlier
    _taken(statement, 3, 50, start=1000)  # stuffed, three minutes ago
    now = timezone.now()
    client.force_login(secretary)
    form = client.post(
        "/admin/meetings/statement/",
        {"action": "void_positions", "_selected_action": [statement.pk]},
    )
    assert form.status_code == 200
    assert "Posities van een tijdvak ongeldig verklaren" in form.content.decode()
    burst = now - datetime.timedelta(minutes=3)
    response = void(client, statement, burst, burst)
    assert response.status_code == 302
    assert counted_positions(statement).count() == 4
    assert Position.objects.filter(statement=statement).count() == 54  # marked, not deleted
    assert results([statement])[statement.pk].overall.total == 4
    assert sum(minute.count for minute in positions_per_minute(statement, minutes=30)) == 4
    live = client.get(f"{statement.meeting.get_live_url()}?fragment=1").content.decode()
    assert "4 posities ingenomen" in live
    export = client.post(
        "/admin/meetings/meeting/",
        {"action": "export_positions", "_selected_action": [statement.meeting.pk]},
    )
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 4
    listing = client.get("/admin/meetings/statement/").content.decode()
    assert re.search(r'<td class="field-position_count">4</td>', listing)
    meeting_page = client.get(f"/admin/meetings/meeting/{statement.meeting.pk}/change/")
    assert "open, 4 posities" in meeting_page.content.decode()
    # Logged, for whoever asks later what happened.
    entry = LogEntry.objects.get(object_id=str(statement.pk))
    assert "50 posities ongeldig verklaard" in entry.get_change_message()


def test_a_void_can_be_restored_and_a_voided_participant_may_vote_again(
    client, secretary, statement
):
    participant_client = Client()
    assert vote(participant_client, statement, 2).status_code == 200
    now = timezone.now()
    client.force_login(secretary)
    void(client, statement, now - datetime.timedelta(minutes=1), now)
    assert counted_positions(statement).count() == 0
    void(client, statement, now - datetime.timedelta(minutes=1), now, apply="restore")
    assert counted_positions(statement).count() == 1
    void(client, statement, now - datetime.timedelta(minutes=1), now)
    # Taken again: it counts again, as a new position of this minute.
    assert vote(participant_client, statement, 4).status_code == 200
    position = counted_positions(statement).get()
    assert position.value == 4 and position.voided_at is None
    assert Position.objects.count() == 1


def test_the_void_form_refuses_a_window_that_ends_before_it_starts(client, secretary, statement):
    client.force_login(secretary)
    now = timezone.now()
    response = void(client, statement, now, now - datetime.timedelta(hours=1))
    assert response.status_code == 200
    assert "ligt vóór het begin" in response.content.decode()
    assert not LogEntry.objects.exists()


def test_every_result_reads_positions_through_one_function():
    """Nothing outside ``meetings/selectors.py`` counts positions itself, so a voided one
    counts nowhere (the writes of ``meetings/services.py``, writers of volume and demo
    data, the backup and the cache rules excepted)."""
    root = Path(django_settings.BASE_DIR)
    allowed = {
        "meetings/selectors.py", "meetings/services.py", "meetings/models.py",
        "meetings/bulk.py", "meetings/demo.py", "meetings/public.py",
        "meetings/admin.py",  # counted in the list via Q(positions__voided_at…)
    }  # fmt: skip
    readers = set()
    for path in root.glob("*/**/*.py"):
        relative = path.relative_to(root).as_posix()
        if relative.startswith((".venv/", "tests/", "staticfiles/")) or "/migrations/" in relative:
            continue
        if re.search(r"Position\.objects|\.positions\.|Count\(\"positions\"", path.read_text()):
            readers.add(relative)
    assert readers <= allowed, readers - allowed

"""The results of a statement as the room and the secretariat see them: the stacked bar, the
rows per party, live numbers that follow every new position, and voided positions that
count nowhere."""

import datetime
import re

import pytest
from django.utils import timezone

from meetings.models import Position
from meetings.participants import COOKIE
from meetings.selectors import positions_per_minute
from meetings.services import position_record
from tests.factories import StatementFactory

# (value, party) of ten positions: per value 2, 1, 1, 3, 3 of them.
ROOM = [
    (5, "rijk"), (5, "rijk"), (4, "rijk"), (1, "onderwijs"), (2, "onderwijs"),
    (3, ""), (5, "ondernemers"), (4, "ondernemers"), (4, "ondernemers"), (1, ""),
]  # fmt: skip


def take(statement, positions) -> None:
    for number, (value, party) in enumerate(positions):
        position_record(statement=statement, participant=f"{number:032d}", value=value, party=party)


def vote(client, statement, value, party=""):
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    return client.post(url, {"value": value, "party": party})


def result_rows(html: str) -> dict[str, list[tuple[int, int]]]:
    """Per row of the results table: its label and the (x, width) of each part of its bar."""
    rows = {}
    for row in re.findall(r"<tr[^>]*><th scope=\"row\">(.*?)</tr>", html, re.S):
        label = re.sub(r"<.*?>|\s*\(\d+\)\s*$", "", row.split("</th>")[0]).strip()
        label = re.sub(r"\s*\(\d+\)$", "", label)
        parts = re.findall(r'<rect x="(\d+)" y="0" width="(\d+)" height="10" fill="', row)
        rows[label] = [(int(x), int(width)) for x, width in parts]
    return rows


@pytest.fixture
def closed_statement(db):
    statement = StatementFactory(text="Circulair inkopen moet de norm worden.")
    take(statement, ROOM)
    statement.is_open = False
    statement.save()
    return statement


def test_each_part_of_the_stacked_bar_starts_where_the_previous_one_ended(client, closed_statement):
    html = client.get(closed_statement.meeting.get_absolute_url()).content.decode()
    rows = result_rows(html)
    assert rows["Iedereen"] == [(0, 20), (20, 10), (30, 10), (40, 30), (70, 30)]
    # From dark red (helemaal oneens) through grey to dark green (helemaal eens).
    overall = html[html.index('class="kb-result__overall"') :].split("</tr>")[0]
    assert re.findall(r'fill="(#[0-9a-f]{6})"', overall) == [
        "#a3111f", "#e8808a", "#9aa39e", "#5fae84", "#005a36",
    ]  # fmt: skip
    # A party's bar skips the values nobody of it chose, without a gap.
    assert rows["Rijksoverheid"] == [(0, 33), (33, 67)]
    assert rows["Onderwijs"] == [(0, 50), (50, 50)]
    assert rows["Geen partij opgegeven"] == [(0, 50), (50, 50)]


def test_rows_per_party_follow_the_party_order_with_no_party_last(client, closed_statement):
    html = client.get(closed_statement.meeting.get_absolute_url()).content.decode()
    assert list(result_rows(html)) == [
        "Iedereen", "Rijksoverheid", "Onderwijs", "Ondernemers", "Geen partij opgegeven",
    ]  # fmt: skip
    assert "Uitslag (10 posities)" in html
    assert '<span class="kb-meta">(3)</span>' in html  # three people of Rijksoverheid


def test_percentages_are_rounded_per_value(client, db):
    statement = StatementFactory()
    take(statement, [(5, ""), (5, ""), (1, "")])
    fragment = client.get(statement.meeting.get_live_url(), {"fragment": "1"}).content.decode()
    percents = re.findall(r'class="kb-live__percent">\((\d+)%\)', fragment)
    assert percents == ["33", "0", "0", "0", "67"]


def test_the_live_results_follow_every_new_position(client, db):
    statement = StatementFactory()
    live = statement.meeting.get_live_url()
    assert "0 posities ingenomen" in client.get(live, {"fragment": "1"}).content.decode()
    voter = type(client)()
    vote(voter, statement, 4, "burgers")
    fragment = client.get(live, {"fragment": "1"}).content.decode()
    assert "1 positie ingenomen" in fragment
    assert '<th scope="row">Burgers (1)</th>' in fragment
    vote(voter, statement, 2, "burgers")  # changed: still one position
    voter.cookies.clear()
    vote(voter, statement, 2)
    fragment = client.get(live, {"fragment": "1"}).content.decode()
    assert "2 posities ingenomen" in fragment
    assert re.findall(r'class="kb-live__count">(\d+) ', fragment) == ["0", "2", "0", "0", "0"]


def test_the_secretary_sees_results_of_an_open_statement_change(client, secretary):
    statement = StatementFactory()
    client.force_login(secretary)
    take(statement, ROOM[:2])
    assert (
        "Uitslag (2 posities)" in client.get(statement.meeting.get_absolute_url()).content.decode()
    )
    take(statement, ROOM)
    assert (
        "Uitslag (10 posities)" in client.get(statement.meeting.get_absolute_url()).content.decode()
    )


def test_a_voided_position_is_no_longer_shown_as_the_participants_own(client, db):
    statement = StatementFactory()
    vote(client, statement, 5)
    page = statement.meeting.get_absolute_url()
    assert "Je huidige positie: Helemaal eens." in client.get(page).content.decode()
    Position.objects.update(voided_at=timezone.now())
    assert "Je huidige positie" not in client.get(page).content.decode()
    assert COOKIE in client.cookies


# --- positions per minute ----------------------------------------------------------------


def at_minutes_ago(statement, minutes: int, count: int, start: int = 0) -> None:
    moment = timezone.now() - datetime.timedelta(minutes=minutes)
    participants = [f"{number:032d}" for number in range(start, start + count)]
    for participant in participants:
        position_record(statement=statement, participant=participant, value=3)
    Position.objects.filter(participant__in=participants).update(created_at=moment)


def test_the_projector_bars_are_scaled_to_the_busiest_minute(client, db):
    statement = StatementFactory()
    at_minutes_ago(statement, 0, 1)
    at_minutes_ago(statement, 2, 4, start=10)
    minutes = positions_per_minute(statement, minutes=4)
    assert [(minute.count, minute.height, minute.top) for minute in minutes] == [
        (0, 0, 100), (4, 100, 0), (0, 0, 100), (1, 25, 75),
    ]  # fmt: skip
    assert [minute.label for minute in minutes][-1] == timezone.localtime().strftime("%H:%M")
    fragment = client.get(statement.meeting.get_live_url(), {"fragment": "1"}).content.decode()
    assert '<rect x="0" y="75" width="10" height="25" fill="#005a36"/>' in fragment
    assert '<rect x="0" y="0" width="10" height="100" fill="#005a36"/>' in fragment


def test_the_projector_shows_the_window_only(db):
    statement = StatementFactory()
    at_minutes_ago(statement, 9, 2)  # the oldest minute shown
    at_minutes_ago(statement, 10, 5, start=10)  # just before it
    minutes = positions_per_minute(statement)
    assert [minute.count for minute in minutes] == [2] + [0] * 9
    assert minutes[0].start == timezone.localtime().replace(second=0, microsecond=0) - (
        datetime.timedelta(minutes=9)
    )


def test_the_projector_with_no_positions_draws_no_bars(client, db):
    statement = StatementFactory()
    minutes = positions_per_minute(statement)
    assert [(minute.count, minute.height) for minute in minutes] == [(0, 0)] * 10
    fragment = client.get(statement.meeting.get_live_url(), {"fragment": "1"}).content.decode()
    assert 'fill="#005a36"' not in fragment


def test_nobody_voted_yet_shows_zero_everywhere(client, db):
    statement = StatementFactory()
    fragment = client.get(statement.meeting.get_live_url(), {"fragment": "1"}).content.decode()
    assert re.findall(r'class="kb-live__percent">\((\d+)%\)', fragment) == ["0"] * 5
    assert 'fill="#a3111f"' not in fragment  # no part of a bar drawn


def test_the_party_remembered_is_that_of_the_latest_change(client, db):
    first = StatementFactory()
    second = StatementFactory(meeting=first.meeting)
    vote(client, first, 4, "rijk")
    vote(client, second, 2, "onderwijs")
    vote(client, first, 5, "burgers")  # changed last: this is the party now
    html = client.get(first.meeting.get_absolute_url()).content.decode()
    assert '<option value="burgers" selected>' in html
    assert 'value="onderwijs" selected' not in html


# --- the secretary's view of a statement's minutes -----------------------------------------


def void_form(client, statement) -> str:
    response = client.post(
        "/admin/meetings/statement/",
        {"action": "void_positions", "_selected_action": [statement.pk]},
    )
    return response.content.decode()


def tally_rows(html: str) -> list[tuple[str, str]]:
    table = html[html.index("Posities per minuut") :].split("</table>")[0]
    return re.findall(r"</th><td>(\d+)</td><td>(\d+)</td></tr>", table)


def test_the_void_form_shows_per_minute_what_counts_and_what_was_voided(client, secretary):
    statement = StatementFactory()
    at_minutes_ago(statement, 5, 3)
    at_minutes_ago(statement, 2, 2, start=10)
    Position.objects.filter(participant=f"{10:032d}").update(voided_at=timezone.now())
    client.force_login(secretary)
    assert tally_rows(void_form(client, statement)) == [("3", "0"), ("1", "1")]


def test_the_void_form_lists_at_most_240_minutes(client, secretary):
    statement = StatementFactory()
    for minutes in range(241):
        at_minutes_ago(statement, 241 - minutes, 1, start=minutes)
    client.force_login(secretary)
    rows = tally_rows(void_form(client, statement))
    assert len(rows) == 240 and rows[0] == ("1", "0")

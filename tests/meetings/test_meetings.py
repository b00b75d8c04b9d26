"""Meetings and statements: taking a position anonymously, and results per party."""

import csv
import io
import threading

import pytest
from django.db import connection

from meetings.models import Position
from meetings.participants import COOKIE
from meetings.selectors import results
from meetings.services import StatementClosed, position_record
from tests.factories import LessonFactory, MeetingFactory, StatementFactory


def vote(client, statement, value, party="", json=False):
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(url, {"value": value, "party": party}, **headers)


def test_first_vote_gives_an_anonymous_signed_cookie(client, db):
    statement = StatementFactory()
    response = vote(client, statement, 4, "onderwijs")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#stelling-{statement.pk}")
    cookie = response.cookies[COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    position = Position.objects.get()
    assert (position.value, position.party) == (4, "onderwijs")
    assert len(position.participant) == 32
    assert position.participant in cookie.value  # signed: the id plus a signature


def test_one_position_per_participant_which_can_be_changed(client, db):
    statement = StatementFactory()
    vote(client, statement, 2)
    vote(client, statement, 5, "rijk")
    position = Position.objects.get()
    assert (position.value, position.party) == (5, "rijk")
    page = client.get(statement.meeting.get_absolute_url()).content.decode()
    assert "Je huidige positie: Helemaal eens." in page
    assert '<option value="rijk" selected>' in page  # the party is remembered


def test_two_participants_have_two_positions(client, db):
    statement = StatementFactory()
    vote(client, statement, 1)
    client.cookies.clear()
    vote(client, statement, 5)
    assert sorted(Position.objects.values_list("value", flat=True)) == [1, 5]


def test_closed_statement_refuses_a_position(client, db):
    statement = StatementFactory(is_open=False)
    response = vote(client, statement, 3, json=True)
    assert response.status_code == 409
    assert response.json() == {
        "ok": False,
        "message": "Deze stelling is gesloten; je kunt geen positie meer innemen.",
    }
    assert not Position.objects.exists()
    with pytest.raises(StatementClosed):
        position_record(statement=statement, participant="a" * 32, value=3)


def test_the_script_gets_json_without_a_reload(client, db):
    statement = StatementFactory()
    response = vote(client, statement, 4, json=True)
    assert response.json() == {"ok": True, "message": "Je positie is opgeslagen: Eens."}
    response = vote(client, statement, 9, json=True)
    assert response.status_code == 400
    assert response.json()["ok"] is False


def test_a_forged_cookie_cannot_vote_as_someone_else(client, db):
    statement = StatementFactory()
    position_record(statement=statement, participant="a" * 32, value=1)
    client.cookies[COOKIE] = "a" * 32  # unsigned: not accepted
    vote(client, statement, 5)
    client.cookies[COOKIE] = "a" * 32 + ":vervalst:handtekening"
    vote(client, statement, 5)
    victim = Position.objects.get(participant="a" * 32)
    assert victim.value == 1
    assert Position.objects.count() == 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_votes_of_one_participant_leave_one_row():
    statement = StatementFactory()
    barrier = threading.Barrier(2)
    errors = []

    def cast(value):
        try:
            barrier.wait()
            position_record(statement=statement, participant="b" * 32, value=value)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=cast, args=(value,)) for value in (2, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Position.objects.filter(participant="b" * 32).count() == 1


def test_results_per_party_match_a_hand_count(db):
    statement = StatementFactory()
    fixture = [  # (value, party)
        (5, "rijk"), (5, "rijk"), (4, "rijk"), (1, "onderwijs"), (2, "onderwijs"),
        (3, ""), (5, "ondernemers"), (4, "ondernemers"), (4, "ondernemers"), (1, ""),
    ]  # fmt: skip
    for number, (value, party) in enumerate(fixture):
        position_record(statement=statement, participant=f"{number:032d}", value=value, party=party)
    result = results([statement])[statement.pk]
    assert result.overall.total == 10
    assert [bar.count for bar in result.overall.bars] == [2, 1, 1, 3, 3]
    assert [bar.percent for bar in result.overall.bars] == [20, 10, 10, 30, 30]
    by_party = {row.label: [bar.count for bar in row.bars] for row in result.parties}
    assert by_party == {
        "Rijksoverheid": [0, 0, 0, 1, 2],
        "Onderwijs": [1, 1, 0, 0, 0],
        "Ondernemers": [0, 0, 0, 2, 1],
        "Geen partij opgegeven": [1, 0, 1, 0, 0],
    }


def test_results_show_once_closed_and_always_for_the_secretary(client, secretary):
    open_statement = StatementFactory(text="Open stelling")
    closed = StatementFactory(meeting=open_statement.meeting, text="Dichte stelling", is_open=False)
    for number, statement in enumerate([open_statement, open_statement, closed]):
        Position.objects.create(
            statement=statement, participant=f"{number:032d}", value=4, party="rijk"
        )
    html = client.get(open_statement.meeting.get_absolute_url()).content.decode()
    assert html.count("Uitslag (") == 1
    assert "Uitslag (1 positie)" in html
    client.force_login(secretary)
    html = client.get(open_statement.meeting.get_absolute_url()).content.decode()
    assert "Uitslag (2 posities)" in html


@pytest.mark.parametrize("count", [1, 10])
def test_meeting_page_in_a_fixed_number_of_queries(client, db, django_assert_num_queries, count):
    meeting = MeetingFactory()
    meeting.lessons.add(LessonFactory())
    statements = [StatementFactory(meeting=meeting, is_open=n % 2 == 0) for n in range(count)]
    vote(client, statements[0], 3)
    # versions, the meeting, its statements, its lessons, cases and sources (one query), my
    # positions, the results
    with django_assert_num_queries(6):
        client.get(meeting.get_absolute_url())


def test_meeting_list_home_and_unpublished(client, db):
    import datetime

    from django.utils import timezone

    MeetingFactory(title="Straks", starts_at=timezone.now() + datetime.timedelta(days=3))
    MeetingFactory(title="Vorig jaar", starts_at=timezone.now() - datetime.timedelta(days=300))
    hidden = MeetingFactory(title="Nog geheim", is_published=False)
    response = client.get("/bijeenkomsten/")
    assert [m.title for m in response.context["upcoming"]] == ["Straks"]
    assert [m.title for m in response.context["page"]] == ["Vorig jaar"]
    assert "Nog geheim" not in response.content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert "Straks" in client.get("/").content.decode()


def test_live_view_shows_the_open_statement_and_refreshes_by_script(client, db):
    statement = StatementFactory(text="Lef loont")
    for number, value in enumerate([5, 5, 1]):
        position_record(
            statement=statement, participant=f"{number:032d}", value=value, party="rijk"
        )
    page = client.get(statement.meeting.get_live_url()).content.decode()
    assert "Lef loont" in page
    assert "3 posities ingenomen" in page
    assert "/static/js/live.js" in page
    assert 'class="kb-header' not in page
    fragment = client.get(statement.meeting.get_live_url(), {"fragment": "1"}).content.decode()
    assert "<html" not in fragment
    assert '2 <span class="kb-live__percent">(67%)</span>' in fragment


def test_admin_csv_export_has_no_participant_ids(client, secretary):
    statement = StatementFactory(text="=GEVAARLIJK()")
    position_record(statement=statement, participant="c" * 32, value=2, party="burgers")
    client.force_login(secretary)
    response = client.post(
        "/admin/meetings/meeting/",
        {"action": "export_positions", "_selected_action": [statement.meeting.pk]},
    )
    text = response.content.decode("utf-8-sig")
    assert "c" * 32 not in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Bijeenkomst", "Stelling", "Positie", "Waarde", "Partij", "Tijd"]
    assert rows[1][1:5] == ["'=GEVAARLIJK()", "Oneens", "2", "Burgers"]


def test_admin_opens_and_closes_statements_and_shows_results(client, secretary):
    statement = StatementFactory(is_open=False)
    position_record_open = StatementFactory(meeting=statement.meeting)
    position_record(statement=position_record_open, participant="d" * 32, value=5)
    client.force_login(secretary)
    client.post(
        "/admin/meetings/statement/",
        {"action": "open_statements", "_selected_action": [statement.pk]},
    )
    statement.refresh_from_db()
    assert statement.is_open
    client.post(
        "/admin/meetings/statement/",
        {"action": "close_statements", "_selected_action": [statement.pk]},
    )
    statement.refresh_from_db()
    assert not statement.is_open
    html = client.get(f"/admin/meetings/meeting/{statement.meeting.pk}/change/").content.decode()
    assert "1 (100%)" in html

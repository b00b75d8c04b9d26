"""Two secretaries move the same case: the second step is refused, never laid over the first.

A step is chosen for the status the secretary saw. When the case moved on in the meantime,
the step is refused with a Dutch message, even where the workflow would allow it from the
new status; on the change form nothing is saved then, not even the other edits, and the
form comes back with them.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection, transaction
from django.test import Client

from cases.models import Case, CaseEvent
from cases.services import TransitionError, case_transition
from tests.factories import CaseFactory, UserFactory
from tests.forms import admin_action_form, form_fields

MOVED_MEANWHILE = "staat intussen op “In behandeling”"


def change_url(case: Case) -> str:
    return f"/admin/cases/case/{case.pk}/change/"


def opened_form(client: Client, case: Case) -> dict[str, list[str]]:
    """The change form as the browser sends it, opened now."""
    return form_fields(client.get(change_url(case)).content.decode(), "case_form")


@pytest.fixture
def colleague(db, secretary):
    """A second member of the secretariat."""
    user = UserFactory(username="secretaris-twee", is_staff=True)
    user.groups.set(secretary.groups.all())
    return user


def test_a_step_chosen_for_a_stale_case_is_refused(db, secretary, colleague):
    case = CaseFactory(title="Opslag van sloophout")
    seen_by_a = Case.objects.get(pk=case.pk)
    seen_by_b = Case.objects.get(pk=case.pk)
    case_transition(case=seen_by_b, to_status="in_behandeling", actor=colleague)

    # From "in behandeling" rejecting is allowed, but A chose it for a new submission.
    with pytest.raises(TransitionError) as refused:
        case_transition(
            case=seen_by_a, to_status="afgewezen", actor=secretary, public_message="Helaas."
        )
    assert str(refused.value) == (
        "“Opslag van sloophout” staat intussen op “In behandeling”: de status is gewijzigd "
        "nadat je de pagina opende. Je stap naar “Afgewezen” is niet gezet; kijk of die nog "
        "nodig is."
    )
    case.refresh_from_db()
    assert case.status == "in_behandeling"
    assert list(case.events.values_list("to_status", "actor")) == [("in_behandeling", colleague.pk)]


def test_the_change_form_saves_nothing_when_its_step_is_refused(client, secretary, colleague):
    case = CaseFactory(private_notes="Eerste notitie.")
    client.force_login(secretary)
    form = opened_form(client, case)

    # Meanwhile the colleague takes the case on.
    case_transition(case=Case.objects.get(pk=case.pk), to_status="in_behandeling", actor=colleague)

    form.update(
        private_notes=["Gebeld met de omgevingsdienst."],
        transition_to=["afgewezen"],
        public_message=["Past niet bij de tafel."],
    )
    response = client.post(change_url(case), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert MOVED_MEANWHILE in html
    case.refresh_from_db()
    assert case.status == "in_behandeling"
    assert case.private_notes == "Eerste notitie."  # the other edits wait for the step
    assert case.events.count() == 1

    # The form comes back with what was typed, and the steps from the status as it is now.
    again = form_fields(html, "case_form")
    assert again["private_notes"] == ["Gebeld met de omgevingsdienst."]
    assert again["public_message"] == ["Past niet bij de tafel."]
    assert (form["status_seen"], again["status_seen"]) == (["ingediend"], ["in_behandeling"])
    assert 'value="in_onderzoek"' in html
    assert "kan niet naar" not in html

    # Sent again with a step that fits, everything is saved at once.
    again["transition_to"] = ["in_onderzoek"]
    assert client.post(change_url(case), again).status_code == 302
    case.refresh_from_db()
    assert (case.status, case.private_notes) == ("in_onderzoek", "Gebeld met de omgevingsdienst.")


def test_a_bulk_step_skips_a_case_moved_after_the_page_opened(client, secretary, colleague):
    moved, waiting = CaseFactory(title="Verschoven"), CaseFactory(title="Wacht nog")
    client.force_login(secretary)
    chosen = {"action": "to_afgewezen", "_selected_action": [moved.pk, waiting.pk]}
    page = client.post("/admin/cases/case/", chosen).content.decode()
    sent = admin_action_form(page)

    case_transition(case=Case.objects.get(pk=moved.pk), to_status="in_behandeling")

    sent["public_message"] = ["De tafel heeft geen ruimte."]
    html = client.post("/admin/cases/case/", sent, follow=True).content.decode()
    assert "1 case gewijzigd." in html
    assert "“Verschoven” staat intussen op “In behandeling”" in html
    assert Case.objects.get(pk=moved.pk).status == "in_behandeling"
    assert Case.objects.get(pk=waiting.pk).status == "afgewezen"


def _waiting_for_a_lock(count: int) -> None:
    """Until ``count`` other connections wait for a row lock (a setup step, not a timing)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            # The activity view is read once per transaction unless told to look again.
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] >= count:
                return
        time.sleep(0.05)
    raise AssertionError(f"{count} requests never waited for the case")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_change_forms_sent_at_once_move_the_case_once(secretary, colleague):
    """Two secretaries, two connections, one case: both forms are opened at "ingediend"
    and sent at the same moment, with different steps and notes. One is saved whole; the
    other comes back refused, with nothing of it saved."""
    case = CaseFactory(private_notes="")
    clients, forms = {}, {}
    for user, step, reason in ((secretary, "in_behandeling", ""), (colleague, "afgewezen", "Nee.")):
        clients[user.username] = Client()
        clients[user.username].force_login(user)
        form = opened_form(clients[user.username], case)
        form.update(
            private_notes=[f"Notitie van {user.username}"],
            transition_to=[step],
            public_message=[reason],
        )
        forms[user.username] = form
    responses = {}

    def send(username: str) -> None:
        try:
            responses[username] = clients[username].post(change_url(case), forms[username])
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=send, args=(name,)) for name in clients]
    # Hold the case until both requests are waiting for it, then let them race.
    with transaction.atomic():
        Case.objects.select_for_update().get(pk=case.pk)
        for thread in threads:
            thread.start()
        _waiting_for_a_lock(2)
    for thread in threads:
        thread.join(30)

    codes = sorted(response.status_code for response in responses.values())
    assert codes == [200, 302]
    (winner,) = [name for name, response in responses.items() if response.status_code == 302]
    (loser,) = [name for name, response in responses.items() if response.status_code == 200]
    assert "staat intussen op" in responses[loser].content.decode()
    case.refresh_from_db()
    assert case.private_notes == f"Notitie van {winner}"
    assert CaseEvent.objects.filter(case=case).count() == 1
    assert case.status == forms[winner]["transition_to"][0]

"""The workflow: every allowed step works, every other step is refused with a clear message."""

import itertools

import pytest

from cases.choices import CaseStatus
from cases.services import TransitionError, case_transition
from cases.workflow import TRANSITIONS
from tests.factories import CaseFactory

ALLOWED = [
    ("ingediend", "in_behandeling"),
    ("ingediend", "afgewezen"),
    ("in_behandeling", "in_onderzoek"),
    ("in_behandeling", "afgewezen"),
    ("in_onderzoek", "inzichten_gedeeld"),
    ("inzichten_gedeeld", "afgerond"),
]
REFUSED = [pair for pair in itertools.product(CaseStatus.values, repeat=2) if pair not in ALLOWED]


def test_the_table_is_the_documented_workflow():
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == set(ALLOWED)


@pytest.mark.parametrize(("from_status", "to_status"), ALLOWED)
def test_allowed_transition_changes_status_and_records_the_event(
    db, secretary, mailoutbox, django_capture_on_commit_callbacks, from_status, to_status
):
    case = CaseFactory(status=from_status)
    with django_capture_on_commit_callbacks(execute=True):
        event = case_transition(
            case=case, to_status=to_status, actor=secretary, public_message="We pakken het op."
        )
    case.refresh_from_db()
    assert case.status == to_status
    assert (event.from_status, event.to_status, event.actor) == (from_status, to_status, secretary)
    assert event.public_message == "We pakken het op."
    assert [mail.to for mail in mailoutbox] == [["lotte.verbeek@example.org"]]
    assert "We pakken het op." in mailoutbox[0].body
    assert case.get_status_url() in mailoutbox[0].body


@pytest.mark.parametrize(("from_status", "to_status"), REFUSED)
def test_every_other_transition_is_refused_and_changes_nothing(
    db, secretary, from_status, to_status
):
    case = CaseFactory(status=from_status)
    with pytest.raises(TransitionError, match="kan niet naar"):
        case_transition(case=case, to_status=to_status, actor=secretary, public_message="x")
    case.refresh_from_db()
    assert case.status == from_status
    assert not case.events.exists()


def test_rejection_needs_a_reason_for_the_submitter(db, secretary):
    case = CaseFactory(status="ingediend")
    with pytest.raises(TransitionError, match="Geef bij afwijzen"):
        case_transition(case=case, to_status="afgewezen", actor=secretary, public_message="  ")
    case.refresh_from_db()
    assert case.status == "ingediend"


def test_transition_without_message_sends_no_mail(
    db, secretary, mailoutbox, django_capture_on_commit_callbacks
):
    case = CaseFactory(status="ingediend")
    with django_capture_on_commit_callbacks(execute=True):
        case_transition(case=case, to_status="in_behandeling", actor=secretary)
    assert mailoutbox == []

"""The rules around a case's steps that a submitter or the secretariat would notice: mail
leaves only once the data is stored, a mail server that fails loses nothing, and what is
public, closed or refused follows the one workflow table."""

import email
import logging
import re
import socket

import pytest
from django.db import transaction

from cases import services, workflow
from cases.choices import CaseStatus
from cases.models import Case
from tests.factories import CaseFactory
from tests.forms import case_submission, valid_data

SUBMIT_URL = "/praktijkcases/indienen/"
FAILED_MAIL = "E-mail over praktijkcase kon niet worden verstuurd"


def submit(**changes) -> tuple[Case, bool]:
    data = valid_data("")
    parties = data.pop("parties")
    for key in ("form_token", "consent", "website"):
        data.pop(key)
    data.update(changes)
    return services.case_submit(data=data, parties=parties, submission_token="t" * 32)


@pytest.fixture
def refusing_smtp(settings):
    """The SMTP backend pointed at a loopback port where nothing listens: every connection
    is refused, as when the mail server is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    return port


def recipients(smtp) -> list[str]:
    return sorted(address for message in smtp.messages for address in message.recipients)


# --- mail after commit -------------------------------------------------------------------


def test_submission_mails_leave_only_after_the_commit(
    db, secretary, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case, created = submit()
        assert created
        assert smtp.messages == []  # the transaction is still open: nothing has left
    assert recipients(smtp) == sorted(["pieter@example.org", secretary.email])
    to_submitter = next(m for m in smtp.messages if m.recipients == ["pieter@example.org"])
    body = email.message_from_bytes(to_submitter.data).get_payload(decode=True).decode()
    assert case.get_status_url() in body


def test_no_mail_leaves_when_the_submission_is_rolled_back(
    db, secretary, smtp, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        submit()
        raise RuntimeError("a later step of the same request fails")
    assert smtp.messages == []
    assert not Case.objects.exists()


def test_a_status_mail_leaves_after_the_commit_and_not_on_a_rollback(
    db, smtp, django_capture_on_commit_callbacks
):
    case = CaseFactory(status=CaseStatus.INGEDIEND)
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.case_transition(case=case, to_status="in_behandeling", public_message="Hoi")
        raise RuntimeError
    assert smtp.messages == []
    case.refresh_from_db()
    assert case.status == CaseStatus.INGEDIEND
    with django_capture_on_commit_callbacks(execute=True):
        services.case_transition(case=case, to_status="in_behandeling", public_message="Hoi")
        assert smtp.messages == []
    assert recipients(smtp) == ["lotte.verbeek@example.org"]


def test_a_failing_mail_server_is_logged_and_the_submission_still_succeeds(
    client, secretary, refusing_smtp, caplog, django_capture_on_commit_callbacks
):
    data = case_submission(client)
    with (
        caplog.at_level(logging.ERROR, logger="cases.services"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(SUBMIT_URL, data)
    assert response.status_code == 302
    case = Case.objects.get()
    assert client.get(response["Location"]).status_code == 200  # the confirmation
    assert client.get(case.get_status_url()).status_code == 200
    failures = [r for r in caplog.records if r.getMessage() == FAILED_MAIL]
    assert len(failures) == 2  # the submitter's mail and the secretariat's, each logged
    assert all(r.levelno == logging.ERROR and r.exc_info for r in failures)
    assert all(isinstance(r.exc_info[1], ConnectionRefusedError) for r in failures)


def test_a_failing_mail_server_does_not_undo_a_status_step(
    db, refusing_smtp, caplog, django_capture_on_commit_callbacks
):
    case = CaseFactory(status=CaseStatus.INGEDIEND)
    with django_capture_on_commit_callbacks(execute=True):
        event = services.case_transition(
            case=case, to_status="in_behandeling", public_message="We bekijken het."
        )
    case.refresh_from_db()
    assert case.status == "in_behandeling" and case.events.get(to_status="in_behandeling") == event
    assert [r.getMessage() for r in caplog.records] == [FAILED_MAIL]


def test_a_status_step_without_contact_address_sends_nothing(
    db, smtp, django_capture_on_commit_callbacks
):
    case = CaseFactory(status=CaseStatus.INGEDIEND, contact_email="")
    with django_capture_on_commit_callbacks(execute=True):
        services.case_transition(case=case, to_status="in_behandeling", public_message="Hoi")
    assert smtp.messages == []


# --- the step itself ---------------------------------------------------------------------


def test_the_callers_case_shows_the_new_status_and_time(db):
    case = CaseFactory(status=CaseStatus.INGEDIEND)
    before = case.status_changed_at
    event = services.case_transition(case=case, to_status="in_behandeling")
    assert case.status == "in_behandeling"  # the object the admin keeps using
    assert case.status_changed_at == event.created_at > before
    stored = Case.objects.get(pk=case.pk)
    assert (stored.status, stored.status_changed_at) == ("in_behandeling", event.created_at)
    assert stored.history.first().history_change_reason == "Status: In behandeling"


def test_a_public_message_is_stored_without_surrounding_space(db):
    case = CaseFactory(status=CaseStatus.INGEDIEND)
    event = services.case_transition(
        case=case, to_status="afgewezen", public_message="  Past niet bij de tafel.  "
    )
    assert event.public_message == "Past niet bij de tafel."


def test_a_step_for_a_status_seen_earlier_is_refused_with_the_status_of_now(db):
    case = CaseFactory(status=CaseStatus.IN_BEHANDELING)
    with pytest.raises(services.TransitionError) as refused:
        services.case_transition(case=case, to_status="in_onderzoek", seen_status="ingediend")
    assert "staat intussen op “In behandeling”" in str(refused.value)
    assert "Je stap naar “In onderzoek bij de tafel”" in str(refused.value)


# --- the table ---------------------------------------------------------------------------


def test_public_statuses_are_those_from_research_onwards():
    assert workflow.PUBLIC_STATUSES == ("in_onderzoek", "inzichten_gedeeld", "afgerond")
    assert workflow.reachable_from("ingediend") == (
        "ingediend", "in_behandeling", "in_onderzoek", "inzichten_gedeeld", "afgerond",
        "afgewezen",
    )  # fmt: skip
    assert workflow.reachable_from("afgewezen") == ("afgewezen",)


@pytest.mark.parametrize(
    ("status", "offered"),
    [("ingediend", ["in_behandeling", "afgewezen"]),
     ("in_behandeling", ["in_onderzoek", "afgewezen"]),
     ("in_onderzoek", ["inzichten_gedeeld"]), ("inzichten_gedeeld", ["afgerond"]),
     ("afgerond", []), ("afgewezen", [])],
)  # fmt: skip
def test_the_change_page_offers_exactly_the_next_steps(client, secretary, status, offered):
    case = CaseFactory(status=status)
    client.force_login(secretary)
    html = client.get(f"/admin/cases/case/{case.pk}/change/").content.decode()
    select = re.search(r'<select name="transition_to".*?</select>', html, re.S).group(0)
    assert re.findall(r'<option value="([^"]*)"', select)[1:] == offered

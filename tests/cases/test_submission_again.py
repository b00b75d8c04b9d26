"""The same case sent again, with a new form: stored once, mailed once, confirmed again."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from cases import services
from cases.models import Case
from tests.forms import SUBMIT_URL as URL
from tests.forms import form_token, valid_data


@pytest.fixture
def send(client, db, django_capture_on_commit_callbacks):
    """Load the form (a new one-time token, as after Back) and send it."""

    def send(client=client, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, valid_data(form_token(client), **changes))

    return send


def test_sent_again_after_back_is_the_same_case(send, secretary, mailoutbox):
    first = send()
    again = send()
    assert Case.objects.count() == 1
    case = Case.objects.get()
    assert first.status_code == again.status_code == 302
    assert (
        again["Location"] == first["Location"] == f"/praktijkcases/ingediend/{case.status_token}/"
    )
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients == sorted(["pieter@example.org", secretary.email])


def test_the_same_title_and_address_written_differently_is_the_same_case(send, mailoutbox):
    send()
    again = send(title="  bermgras   BLIJFT liggen ", contact_email="Pieter@Example.org")
    assert Case.objects.count() == 1
    assert again["Location"] == f"/praktijkcases/ingediend/{Case.objects.get().status_token}/"
    assert len(mailoutbox) == 1  # the confirmation of the first, no second one


def test_touched_up_text_with_the_same_title_is_still_the_same_case(send):
    send()
    send(bottleneck="Het maaisel is afval en mag niet naar de verwerker, zegt de omgevingsdienst.")
    assert Case.objects.count() == 1


@pytest.mark.parametrize(
    "changes",
    [{"title": "Bermgras blijft weer liggen"}, {"contact_email": "collega@example.org"}],
)
def test_another_title_or_another_address_is_another_case(send, mailoutbox, changes):
    send()
    send(**changes)
    assert Case.objects.count() == 2
    assert len(mailoutbox) == 2


def test_the_same_case_a_day_later_is_a_new_case(send):
    send()
    Case.objects.update(submitted_at=timezone.now() - timedelta(days=1, minutes=1))
    send()
    assert Case.objects.count() == 2
    # And the day after that, the newest one is the one a resend finds.
    newest = Case.objects.order_by("-pk").first()
    assert send()["Location"] == f"/praktijkcases/ingediend/{newest.status_token}/"
    assert Case.objects.count() == 2


def test_sent_again_from_another_browser_gets_no_status_link(send, mailoutbox):
    send()
    case = Case.objects.get()
    other = send(client=Client())
    assert other.status_code == 200
    html = other.content.decode()
    assert "Al ingediend" in html
    assert case.status_token not in html
    assert Case.objects.count() == 1
    assert len(mailoutbox) == 1


def test_after_the_purge_nothing_of_the_address_is_kept(send):
    send()
    case = Case.objects.get()
    services.case_remove_personal_data(case=case)
    case.refresh_from_db()
    assert case.duplicate_key is None
    # Without the address nothing can be matched: a new submission is a new case.
    send()
    assert Case.objects.count() == 2

"""The mails about a case: links to the address the site really runs on, in the submitter's
language."""

import re
import subprocess
from pathlib import Path

import pytest

from cases import services
from cases.models import Case
from tests.forms import valid_data

ROOT = Path(__file__).resolve().parents[2]
EN_URL = "/en/praktijkcases/indienen/"


def site_url_of_make_run(env: dict) -> str:
    """What ``make run`` gives the site as its address (the recipe itself not run)."""
    result = subprocess.run(
        [
            "make", "-s", "-o", ".venv/.installed", "-o", "translations", "run",
            "HOST_PORT=127.0.0.1:8123", "PY=printenv DJANGO_SITE_URL; exit 0; #",
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout.splitlines()[0]


def test_make_run_links_to_the_port_it_serves_on(monkeypatch):
    environment = {"PATH": "/usr/bin:/bin"}
    assert site_url_of_make_run(environment) == "http://127.0.0.1:8123"
    production = {**environment, "DJANGO_SITE_URL": "https://kennisbank.example.nl"}
    assert site_url_of_make_run(production) == "https://kennisbank.example.nl"


@pytest.fixture
def site_on_8123(settings):
    settings.SITE_URL = "http://127.0.0.1:8123"


def submit_in_english(client, django_capture_on_commit_callbacks) -> Case:
    html = client.get(EN_URL).content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(EN_URL, valid_data(token))
    assert response.status_code == 302
    return Case.objects.get()


def test_an_english_submission_gets_english_mails_with_english_links(
    client, secretary, mailoutbox, site_on_8123, django_capture_on_commit_callbacks
):
    case = submit_in_english(client, django_capture_on_commit_callbacks)
    to_submitter = next(mail for mail in mailoutbox if mail.to == ["pieter@example.org"])
    assert to_submitter.subject == "Your practice case has been received: Bermgras blijft liggen"
    assert to_submitter.body.startswith("Dear Pieter Hoekstra,")
    assert f"http://127.0.0.1:8123/en/praktijkcases/status/{case.status_token}/" in (
        to_submitter.body
    )
    assert "http://127.0.0.1:8123/en/privacy/" in to_submitter.body
    assert "Met vriendelijke groet" not in to_submitter.body

    # The secretariat works in Dutch, on the same address.
    to_secretary = next(mail for mail in mailoutbox if mail.to == [secretary.email])
    assert to_secretary.subject == "Nieuwe praktijkcase: Bermgras blijft liggen"
    assert f"http://127.0.0.1:8123/admin/cases/case/{case.pk}/change/" in to_secretary.body


def test_later_status_mails_follow_the_submitters_language(
    client, db, mailoutbox, site_on_8123, django_capture_on_commit_callbacks
):
    case = submit_in_english(client, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.case_transition(
            case=case, to_status="in_behandeling", public_message="We bespreken je case."
        )
    (update,) = mailoutbox
    assert update.subject == "News about your practice case: Bermgras blijft liggen"
    assert "Status: Being handled" in update.body
    assert "We bespreken je case." in update.body
    assert f"http://127.0.0.1:8123/en/praktijkcases/status/{case.status_token}/" in update.body


def test_a_dutch_submission_gets_dutch_mails_with_dutch_links(
    client, db, mailoutbox, site_on_8123, django_capture_on_commit_callbacks
):
    html = client.get("/praktijkcases/indienen/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/praktijkcases/indienen/", valid_data(token))
    case = Case.objects.get()
    (to_submitter,) = mailoutbox
    assert to_submitter.body.startswith("Beste Pieter Hoekstra,")
    assert f"http://127.0.0.1:8123/praktijkcases/status/{case.status_token}/" in (to_submitter.body)

"""Submitting a case through the public form: nothing lost, stored once, everyone told."""

import re

import pytest
from django.contrib.auth.models import Group

from cases.models import Case
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from tests.factories import UserFactory
from tests.forms import SUBMIT_URL as URL
from tests.forms import form_token, valid_data


@pytest.fixture
def secretaries(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    active = UserFactory(username="sec1", email="sec1@example.org", is_staff=True)
    inactive = UserFactory(
        username="sec2", email="sec2@example.org", is_staff=True, is_active=False
    )
    group.user_set.add(active, inactive)
    UserFactory(username="other", email="other@example.org", is_staff=True)
    return active


def test_form_page_groups_fields_with_hints_and_limits(client, db):
    html = client.get(URL).content.decode()
    assert html.count("<fieldset") >= 4
    assert "Noem geen namen of andere persoonsgegevens van inwoners." in html
    assert "Maximaal 4.000 tekens." in html
    # The limit for the counter, never a maxlength that cuts pasted text.
    assert 'data-maxlength="4000"' in html
    assert "maxlength=" not in html.replace("data-maxlength=", "")
    assert 'href="/privacy/"' in html
    consent = re.search(r'<input[^>]*name="consent"[^>]*>', html).group(0)
    assert "checked" not in consent
    assert 'class="kb-hp"' in html


def test_valid_submission_is_stored_and_confirmed(
    client, secretaries, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, valid_data(form_token(client)))
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/praktijkcases/ingediend/{case.status_token}/"
    assert case.status == "ingediend"
    assert case.consent_version == "2026-11-28"
    assert set(case.parties.values_list("code", flat=True)) == {"decentraal", "ondernemers"}
    assert list(case.events.values_list("to_status", flat=True)) == ["ingediend"]
    assert len(case.status_token) >= 43  # 256 bits, URL-safe

    confirmation = client.get(response["Location"]).content.decode()
    assert f"/praktijkcases/status/{case.status_token}/" in confirmation
    assert '<meta name="robots" content="noindex, nofollow">' in confirmation

    recipients = sorted(mail.to[0] for mail in mailoutbox)
    assert recipients == ["pieter@example.org", "sec1@example.org"]
    to_submitter = next(mail for mail in mailoutbox if mail.to == ["pieter@example.org"])
    assert f"http://127.0.0.1:8000/praktijkcases/status/{case.status_token}/" in to_submitter.body
    assert to_submitter.subject == "Je praktijkcase is ontvangen: Bermgras blijft liggen"
    to_secretary = next(mail for mail in mailoutbox if mail.to == ["sec1@example.org"])
    assert f"/admin/cases/case/{case.pk}/change/" in to_secretary.body


def test_errors_keep_every_value_and_show_a_summary(client, db):
    data = valid_data(form_token(client), title="", contact_email="geen-adres", consent="")
    response = client.post(URL, data)
    assert response.status_code == 400
    assert not Case.objects.exists()
    html = response.content.decode()
    summary = re.search(
        r'<div class="utrecht-alert utrecht-alert--error kb-error-summary".*?</div>\s*</div>',
        html,
        re.S,
    ).group(0)
    assert 'href="#id_title">Geef je case een titel.</a>' in summary
    assert 'href="#id_contact_email">Vul een e-mailadres in zoals naam@gemeente.nl.</a>' in summary
    assert 'href="#id_consent">Geef toestemming' in summary
    assert "autofocus" in summary
    # What was typed is still there.
    assert "Het maaisel is afval en mag niet naar de verwerker." in html
    assert 'value="geen-adres"' in html
    assert 'value="Pieter Hoekstra"' in html
    assert re.search(r'value="decentraal"[^>]*checked', html)
    assert 'aria-invalid="true"' in html
    assert "<title>Fout:" in html


def test_missing_consent_is_refused(client, db):
    response = client.post(URL, valid_data(form_token(client), consent=""))
    assert response.status_code == 400
    assert not Case.objects.exists()


def test_too_long_text_is_refused_with_the_limit(client, db):
    response = client.post(URL, valid_data(form_token(client), bottleneck="x" * 4001))
    assert not Case.objects.exists()
    assert (
        "Deze tekst is 4.001 tekens lang en mag maximaal 4.000 tekens zijn. "
        "Maak hem 1 teken korter."
    ) in response.content.decode()


def test_honeypot_stores_nothing_and_gives_no_hint(
    client, secretaries, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, valid_data(form_token(client), website="http://spam.example"))
    assert response.status_code == 200
    assert "We hebben je inzending ontvangen." in response.content.decode()
    assert not Case.objects.exists()
    assert mailoutbox == []


def test_double_post_stores_one_case(
    client, secretaries, mailoutbox, django_capture_on_commit_callbacks
):
    data = valid_data(form_token(client))
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, data)
        second = client.post(URL, data)
    assert Case.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(mailoutbox) == 2  # one to the submitter, one to the secretary


def test_forged_or_expired_token_keeps_the_input(client, db):
    response = client.post(URL, valid_data("vervalst-token"))
    assert response.status_code == 400
    assert not Case.objects.exists()
    html = response.content.decode()
    assert "Het formulier is verlopen of beschadigd." in html
    assert "Het maaisel is afval" in html
    assert "vervalst-token" not in html  # a fresh token to try again with
    retry = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    assert client.post(URL, valid_data(retry)).status_code == 302
    assert Case.objects.count() == 1


def test_unknown_status_token_is_a_plain_404(client, db):
    response = client.get("/praktijkcases/status/bestaat-niet-0123456789abcdef/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert client.get("/praktijkcases/ingediend/bestaat-niet/").status_code == 404

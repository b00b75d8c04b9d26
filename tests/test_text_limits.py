"""A length limit on a public form: told, counted, enforced, never a silent cut."""

import re

import pytest
from django.core.cache import cache

from cases.forms import CaseSubmissionForm
from cases.models import Case
from ecosystem.forms import ActorForm, EcosystemForm, FactorForm, RelationForm
from ecosystem.models import Actor, Ecosystem
from tests.factories import EcosystemFactory
from tests.forms import SUBMIT_URL as URL
from tests.forms import form_token, valid_data

MAXLENGTH = re.compile(r"<(?:input|textarea)[^>]*\smaxlength=")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def public_forms(ecosystem):
    yield CaseSubmissionForm()
    yield EcosystemForm()
    for form in (ActorForm, FactorForm, RelationForm):
        yield form(ecosystem=ecosystem)


def test_no_public_form_cuts_text_at_its_limit(db):
    ecosystem = EcosystemFactory(self_service=True, status="draft")
    for form in public_forms(ecosystem):
        html = form.as_div()
        assert not MAXLENGTH.search(html), type(form).__name__
        for name, field in form.fields.items():
            limit = getattr(field, "max_length", None)
            if limit and name != "contact_email":
                assert f'data-maxlength="{limit}"' in str(form[name]), (type(form).__name__, name)


def test_the_case_form_refuses_a_too_long_title_keeping_it(client, db):
    title = "Bermgras " * 25 + "x" * 25  # 250 characters
    response = client.post(URL, valid_data(form_token(client), title=title))
    assert response.status_code == 400
    assert not Case.objects.exists()
    html = response.content.decode()
    assert (
        "Deze tekst is 250 tekens lang en mag maximaal 200 tekens zijn. Maak hem 50 tekens korter."
    ) in html
    assert f'value="{title}"' in html


def test_the_message_is_english_under_en(client, db):
    response = client.post(
        "/en/praktijkcases/indienen/", valid_data(form_token(client), bottleneck="x" * 4321)
    )
    assert (
        "This text is 4,321 characters long and may be at most 4,000 characters. "
        "Make it 321 characters shorter."
    ) in response.content.decode()


def test_a_line_break_counts_as_one_character_as_in_the_browser(client, db):
    # 40 lines of 99 characters: 3,999 characters as the browser (and its counter) counts
    # them; sent with CR LF line breaks.
    text = "\r\n".join(["x" * 99] * 40)
    assert len(text) == 4038
    response = client.post(URL, valid_data(form_token(client), bottleneck=text))
    assert response.status_code == 302
    assert Case.objects.get().bottleneck == text.replace("\r\n", "\n")  # stored with LF


def test_a_map_refuses_a_too_long_name_keeping_it(client, db):
    title = "T" * 201
    response = client.post("/ecosystemen/nieuw/", {"title": title, "task": "Textiel."})
    assert response.status_code == 400
    assert not Ecosystem.objects.exists()
    html = response.content.decode()
    assert (
        "Deze tekst is 201 tekens lang en mag maximaal 200 tekens zijn. Maak hem 1 teken korter."
        in html
    )
    assert f'value="{title}"' in html


def test_an_actor_note_refuses_a_too_long_text_keeping_it(client, db):
    ecosystem = EcosystemFactory(self_service=True, status="draft")
    note = "n" * 510
    response = client.post(
        ecosystem.get_edit_url(),
        {"form": "actor", "actor-name": "Kringloop", "actor-party": "maatschappelijk",
         "actor-kind": "belanghebbende", "actor-influence": 3, "actor-interest": 3,
         "actor-note": note},
    )  # fmt: skip
    assert response.status_code == 400
    assert not Actor.objects.exists()
    html = response.content.decode()
    assert "Deze tekst is 510 tekens lang en mag maximaal 500 tekens zijn." in html
    assert note in html

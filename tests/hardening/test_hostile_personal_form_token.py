"""Issue 14, item 13: the one-time form token is no second key to the status page.

The token makes a submission exactly-once for two days. Sent again from the browser that
loaded the form (a double click, a resent form), it leads to the same confirmation; sent
by anyone else, it says the case is in, but gives no status link.
"""

from django.core import signing
from django.test import Client

from cases.models import Case
from cases.views import FORM_BROWSER_COOKIE, FORM_TOKEN_SALT
from tests.forms import SUBMIT_URL as URL
from tests.forms import form_token, valid_data


def test_a_replay_from_another_browser_gets_no_status_link(client, db):
    data = valid_data(form_token(client))
    first = client.post(URL, data)
    assert first.status_code == 302
    case = Case.objects.get()
    assert case.status_token in first["Location"]

    # The same browser again (a double click): the same confirmation.
    again = client.post(URL, data)
    assert again.status_code == 302 and again["Location"] == first["Location"]

    # Anyone else with the token, with or without a form of their own: no link.
    strangers = [Client(), Client()]
    strangers[1].get(URL)  # has a browser cookie of its own
    for stranger in strangers:
        replay = stranger.post(URL, data)
        assert replay.status_code == 200
        html = replay.content.decode()
        assert "Dit formulier is al verstuurd" in html
        assert case.status_token not in html
        assert "/praktijkcases/status/" not in html and "/praktijkcases/ingediend/" not in html
    assert Case.objects.count() == 1


def test_a_stolen_browser_cookie_alone_does_not_open_another_form(client, db):
    """The cookie belongs to one browser's forms; a token of another browser stays shut."""
    victim = Client()
    data = valid_data(form_token(victim))
    assert victim.post(URL, data).status_code == 302
    client.get(URL)
    assert client.cookies[FORM_BROWSER_COOKIE].value != victim.cookies[FORM_BROWSER_COOKIE].value
    replay = client.post(URL, data)
    assert replay.status_code == 200
    assert Case.objects.get().status_token not in replay.content.decode()


def test_tokens_issued_before_the_binding_never_lead_to_the_status_page(client, db):
    token = signing.TimestampSigner(salt=FORM_TOKEN_SALT).sign("oud-token-zonder-binding")
    assert client.post(URL, valid_data(token)).status_code == 302  # the first use stores it
    replay = client.post(URL, valid_data(token))
    assert replay.status_code == 200
    assert Case.objects.get().status_token not in replay.content.decode()


def test_the_browser_cookie_is_http_only_and_strict(client, db):
    client.get(URL)
    cookie = client.cookies[FORM_BROWSER_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert cookie["path"] == URL

"""The secretary is told of new cases: "Mijn gegevens" for one's own address, and a warning
on the dashboard while nobody would be told."""

import re

import pytest
from django.contrib.auth import get_user_model

from cases.models import Case
from tests.factories import UserFactory
from tests.forms import case_submission, form_fields

URL = "/admin/mijn-gegevens/"
WARNING = "niemand krijgt bericht van nieuwe praktijkcases"
User = get_user_model()


@pytest.fixture
def secretary_without_address(secretary):
    secretary.email = ""
    secretary.save()
    return secretary


def warning_text(html: str) -> str:
    """The warning box's words, without markup."""
    box = re.search(r'<div class="kb-dashboard__warning">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", box.group(1)).split()) if box else ""


def test_a_secretary_without_an_address_is_warned_and_fixes_it_on_my_details(
    client, secretary_without_address, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(secretary_without_address)
    index = client.get("/admin/").content.decode()
    assert warning_text(index) == (
        "Let op: niemand krijgt bericht van nieuwe praktijkcases Geen enkel actief lid van de "
        "groep Tafelsecretariaat heeft een e-mailadres, dus een nieuwe case wordt aan niemand "
        "gemeld. Vul je e-mailadres in bij Mijn gegevens ."
    )
    assert f'<a href="{URL}">Mijn gegevens</a>.' in index

    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "<title>Mijn gegevens | Kennisbank Participatietafel — beheer</title>" in html
    form = form_fields(html, "my-details-form")
    assert form["email"] == [""]
    form.update(email=["secretaris@example.org"], first_name=["Sanne"])
    response = client.post(URL, form, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    html = response.content.decode()
    assert "Je gegevens zijn opgeslagen." in html
    assert WARNING not in html
    account = User.objects.get(pk=secretary_without_address.pk)
    assert (account.email, account.first_name) == ("secretaris@example.org", "Sanne")

    # The next case is announced to that address.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/praktijkcases/indienen/", case_submission(client))
    assert Case.objects.count() == 1
    assert ["secretaris@example.org"] in [mail.to for mail in mailoutbox]


def test_a_wrong_address_comes_back_with_what_was_typed(client, secretary_without_address):
    client.force_login(secretary_without_address)
    page = client.get(URL).content.decode()
    # The site checks the address and says so in Dutch; the browser, left to itself, would
    # stop "naam@" with a bubble in its own language ("Please enter a part following '@'").
    assert re.search(r'<form [^>]*id="my-details-form"[^>]*\bnovalidate\b', page)
    form = form_fields(page, "my-details-form")
    form.update(email=["secretaris@voorbeeld"], last_name=["de Vries"])
    response = client.post(URL, form)
    assert response.status_code == 200
    again = form_fields(response.content.decode(), "my-details-form")
    assert (again["email"], again["last_name"]) == (["secretaris@voorbeeld"], ["de Vries"])
    assert "Voer een geldig e-mailadres in." in response.content.decode()
    account = User.objects.get(pk=secretary_without_address.pk)
    assert (account.email, account.last_name) == ("", "")
    # The header still greets the account as stored, not as typed.
    assert "<strong>de Vries</strong>" not in response.content.decode()


def test_my_details_changes_only_ones_own_name_and_address(client, secretary):
    other = UserFactory(username="collega", email="collega@example.org", is_staff=True)
    client.force_login(secretary)
    form = form_fields(client.get(URL).content.decode(), "my-details-form")
    # Whatever else is sent is ignored: the page has one account, the one logged in.
    form.update(
        email=["nieuw@example.org"], username=["collega"], is_superuser=["on"], id=[other.pk],
        pk=[other.pk], groups=[],
    )  # fmt: skip
    assert client.post(URL, form).status_code == 302
    secretary.refresh_from_db()
    other.refresh_from_db()
    assert (secretary.username, secretary.email) == ("secretaris-test", "nieuw@example.org")
    assert not secretary.is_superuser
    assert secretary.groups.exists()
    assert other.email == "collega@example.org"
    # Other accounts stay out of reach: the secretariat has no right on the user admin.
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get(f"/admin/auth/user/{other.pk}/change/").status_code == 403


def test_every_admin_page_links_to_my_details(client, secretary):
    client.force_login(secretary)
    for path in ("/admin/", "/admin/cases/case/", "/admin/lessons/lesson/add/"):
        assert f'<a href="{URL}">Mijn gegevens</a> /' in client.get(path).content.decode()


def test_my_details_is_for_staff_only(client, outsider):
    assert client.get(URL).status_code == 302
    client.force_login(outsider)
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_warning_counts_only_active_members_with_an_address(
    client, secretary_without_address, superuser
):
    group = secretary_without_address.groups.get()
    # Someone with an address outside the group, and a former member, tell no one.
    UserFactory(username="oud-lid", email="oud@example.org", is_staff=True, is_active=False)
    group.user_set.add(User.objects.get(username="oud-lid"))
    client.force_login(superuser)
    html = client.get("/admin/").content.decode()
    assert "Je bent zelf geen lid van de groep" in warning_text(html)
    assert f'<a href="{URL}">Mijn gegevens</a>' in html

    group.user_set.add(UserFactory(username="lid", email="lid@example.org", is_staff=True))
    assert WARNING not in client.get("/admin/").content.decode()

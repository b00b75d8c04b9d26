"""The secretary's way in: a Dutch admin for staff only, and the secretariat group."""

from django.contrib.auth.models import Group

from duurzaamdoor.secretariat import SECRETARIAT_GROUP, declared_permissions
from tests.factories import PASSWORD


def test_anonymous_visitor_is_sent_to_the_login_page(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/"


def test_login_page_is_dutch_and_titled(client, db):
    html = client.get("/admin/login/").content.decode()
    assert '<html lang="nl"' in html
    assert "Kennisbank Participatietafel — beheer" in html
    assert "Gebruikersnaam" in html


def test_secretary_logs_in_and_sees_the_admin(client, secretary):
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": secretary.username, "password": PASSWORD},
        follow=True,
    )
    assert response.redirect_chain == [("/admin/", 302)]
    html = response.content.decode()
    assert "Kennisbank Participatietafel — beheer" in html
    assert "Afmelden" in html


def test_logged_in_user_without_staff_rights_cannot_enter(client, outsider):
    response = client.post(
        "/admin/login/?next=/admin/", {"username": outsider.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Voer de correcte gebruikersnaam en wachtwoord voor een stafaccount in" in (
        response.content.decode()
    )
    client.force_login(outsider)
    assert client.get("/admin/").status_code == 302


def test_wrong_password_is_refused(client, secretary):
    response = client.post(
        "/admin/login/", {"username": secretary.username, "password": "fout-wachtwoord"}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_migrations_create_the_secretariat_group_with_exactly_the_declared_permissions(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    granted = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
    assert granted == declared_permissions()

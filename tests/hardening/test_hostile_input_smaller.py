"""Smaller hardening (issue 14, item 19): headers, files, spreadsheets, login, passwords."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from duurzaamdoor import spreadsheet
from tests.factories import PASSWORD, ActorFactory, EcosystemFactory, LessonFactory

# --- Permissions-Policy on every response -----------------------------------------------


@pytest.mark.parametrize(
    ("path", "headers", "status"),
    [("/", {}, 200), ("/bestaat-niet/", {}, 404), ("/static/css/site.css", {}, 200),
     ("/healthz", {}, 200), ("/admin/", {}, 302), ("/admin/login/", {}, 200),
     ("/", {"HTTP_HOST": "evil.example"}, 400), ("/feeds/lessen/", {}, 200)],
)  # fmt: skip
def test_every_response_has_a_permissions_policy(client, db, path, headers, status):
    response = client.get(path, **headers)
    assert response.status_code == status
    policy = {
        part.strip().split("=")[0]: part.strip().split("=")[1]
        for part in response["Permissions-Policy"].split(",")
    }
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()"


# --- the static files' manifest is not served -------------------------------------------


@pytest.fixture
def collected_static(settings, tmp_path):
    """Static files as in production: collected, hashed, with the manifest among them."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (tmp_path / "staticfiles.json").exists()
    return settings


@pytest.mark.parametrize("autorefresh", [False, True])
def test_the_static_manifest_is_not_served(db, collected_static, autorefresh):
    collected_static.WHITENOISE_AUTOREFRESH = autorefresh
    client = Client()  # a new handler: WhiteNoise reads the collected files anew
    hashed = json.loads((collected_static.STATIC_ROOT / "staticfiles.json").read_text())
    assert client.get(f"/static/{hashed['paths']['css/site.css']}").status_code == 200
    assert client.get("/static/css/site.css").status_code == 200
    for path in ("/static/staticfiles.json", "/static/staticfiles.json.gz"):
        assert client.get(path).status_code == 404


# --- one formula rule, for every spreadsheet --------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+31 6", "-2", "@SOM(A1)", "\t=1", "\r=1", "\uff1dSOM(A1)", "\u200b=SOM(A1)",
     "\ufeff=HYPERLINK(1)", "\u2060+1", "\u200e@x", " =1", "\u00a0=1", "\ufe66x", "\uff20x",
     "\uff0b1", "\uff0d1", "\u202e=1", "\x01=1"],
)  # fmt: skip
def test_what_could_start_a_formula_gets_a_quote(value):
    assert spreadsheet.escape_formula(value) == "'" + value


@pytest.mark.parametrize(
    ("value", "cell"),
    [("Gewoon", "Gewoon"), ("", ""), (None, ""), (3, "3"), ("a=b", "a=b"), ("€ 5", "€ 5"),
     ("\u200b", "\u200b"), ("日本", "日本")],
)  # fmt: skip
def test_other_text_stays_as_it_is(value, cell):
    assert spreadsheet.escape_formula(value) == cell


def test_every_spreadsheet_is_written_by_the_one_module():
    """No module but duurzaamdoor/spreadsheet.py writes CSV or escapes cells itself."""
    from django.conf import settings

    root = Path(settings.BASE_DIR)
    own = root / "duurzaamdoor" / "spreadsheet.py"
    writers = [
        str(path.relative_to(root))
        for app in ("duurzaamdoor", "lessons", "cases", "ecosystem", "meetings")
        for path in (root / app).rglob("*.py")
        if path != own
        and re.search(r"^import csv|csv\.writer|\\ufeff|escape_formula", path.read_text(), re.M)
    ]
    assert writers == []


def test_the_map_csv_neutralises_invisible_and_full_width_formulas(client, db):
    ecosystem = EcosystemFactory(title="Kaart")
    ActorFactory(ecosystem=ecosystem, name="\uff1dSOM(A1:A9)")
    ActorFactory(ecosystem=ecosystem, name="\u200b=SOM(A1:A9)")
    response = client.get(f"{ecosystem.get_absolute_url()}export.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    names = sorted(row["Naam"] for row in rows if row["Onderdeel"] == "Actor")
    assert names == ["'\u200b=SOM(A1:A9)", "'\uff1dSOM(A1:A9)"]


def test_the_admin_export_neutralises_them_too(client, secretary):
    LessonFactory(title="\uff1dHYPERLINK(1)", lead="\u200b+31 6 12345678")
    client.force_login(secretary)
    fields = {"lessonresource_title": "on", "lessonresource_lead": "on"}
    response = client.post(
        "/admin/lessons/lesson/export/", {"format": "0", "resource": "0", **fields}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["'\uff1dHYPERLINK(1)", "'\u200b+31 6 12345678"]


def test_the_positions_export_neutralises_them_too(client, superuser):
    from tests.factories import StatementFactory

    statement = StatementFactory(text="\u200b=1+1", meeting__title="\uff1dtitel")
    statement.positions.create(participant="a" * 32, value=1)
    client.force_login(superuser)
    data = {"action": "export_positions", "_selected_action": [statement.meeting.pk]}
    response = client.post("/admin/meetings/meeting/", data)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:2] == ["'\uff1dtitel", "'\u200b=1+1"]


# --- after the admin login --------------------------------------------------------------


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""]
)
def test_an_unsafe_next_after_login_lands_on_the_admin_index(client, secretary, next_url):
    response = client.post(
        f"/admin/login/?next={next_url}",
        {"username": secretary.username, "password": PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_a_safe_next_is_still_followed(client, secretary):
    response = client.post(
        "/admin/login/?next=/admin/lessons/lesson/",
        {"username": secretary.username, "password": PASSWORD, "next": "/admin/lessons/lesson/"},
    )
    assert response["Location"] == "/admin/lessons/lesson/"


# --- the password rules speak Dutch -----------------------------------------------------


def _messages(password: str, language: str) -> list[str]:
    with translation.override(language):
        try:
            password_validation.validate_password(password)
        except ValidationError as error:
            return error.messages
    return []


def test_the_password_length_message_is_dutch():
    assert _messages("kort", "nl")[0] == (
        "Dit wachtwoord is te kort: het moet minstens 8 tekens bevatten."
    )
    assert _messages("kort", "en")[0] == (
        "This password is too short: it must contain at least 8 characters."
    )
    with translation.override("nl"):
        help_text = password_validation.password_validators_help_texts()
    assert "Je wachtwoord moet minstens 8 tekens bevatten." in help_text


def test_the_admin_shows_every_password_message_in_dutch(client, superuser):
    client.force_login(superuser)
    response = client.post(
        f"/admin/auth/user/{superuser.pk}/password/",
        {"password1": "abc", "password2": "abc"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    html = response.content.decode()
    assert "Dit wachtwoord is te kort: het moet minstens 8 tekens bevatten." in html
    assert "This password is too short" not in html

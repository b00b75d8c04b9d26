"""Issue 14, item 14: export_all holds content, not personal data or secrets, unless a
superuser confirms; import_all takes only what export_all writes, and never accounts
unless asked, all or nothing."""

import io
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from cases.models import Case
from cases.services import case_transition
from duurzaamdoor.backup import CONTENT_MODELS
from lessons.models import Lesson
from meetings.models import Position
from tests.factories import CaseFactory, EcosystemFactory, StatementFactory, UserFactory

PASSWORD = "Een-l4ng-genoeg-wachtwoord"
User = get_user_model()


@pytest.fixture
def content(db):
    """Content with every kind of personal data and secret in it."""
    admin = UserFactory(
        username="hoofdbeheerder", is_staff=True, is_superuser=True, password=PASSWORD
    )
    case = CaseFactory(contact_name="Ingrid Indiener", contact_email="ingrid@gemeente.example")
    case.submission_token = "formulier-token-van-ingrid"
    case.duplicate_key = "sleutel-uit-het-adres-van-ingrid"
    case.save()
    case_transition(case=case, to_status="in_behandeling", actor=admin)
    statement = StatementFactory()
    Position.objects.create(statement=statement, participant="deelnemer-geheim-42", value=4)
    return {
        "admin": admin,
        "secrets": [
            "Ingrid Indiener", "ingrid@gemeente.example", case.status_token,
            "formulier-token-van-ingrid", "sleutel-uit-het-adres-van-ingrid",
            EcosystemFactory(self_service=True).edit_token,
            "deelnemer-geheim-42",
            admin.password, "hoofdbeheerder",
        ],
    }  # fmt: skip


def export(monkeypatch=None, password: str = PASSWORD, **options) -> str:
    if monkeypatch is not None:
        monkeypatch.setattr("getpass.getpass", lambda prompt="": password)
    out = io.StringIO()
    call_command("export_all", stdout=out, **options)
    return out.getvalue()


def test_the_export_holds_no_personal_data_or_secrets_by_default(content):
    text = export(with_history=True)
    rows = json.loads(text)
    assert {row["model"] for row in rows} >= {"cases.case", "cases.historicalcase"}
    assert "auth.user" not in {row["model"] for row in rows}
    for secret in content["secrets"]:
        assert secret not in text
    event = next(
        row for row in rows if row["model"] == "cases.caseevent" and row["fields"]["from_status"]
    )
    assert event["fields"]["actor"] is None
    position = next(row for row in rows if row["model"] == "meetings.position")
    assert position["fields"]["participant"] == "export-1"


@pytest.mark.parametrize(
    ("superuser", "password", "message"),
    [
        (None, PASSWORD, "vraagt om een actieve superuser"),
        ("niemand", PASSWORD, "vraagt om een actieve superuser"),
        ("medewerker", PASSWORD, "vraagt om een actieve superuser"),  # staff, no superuser
        ("oud-beheerder", PASSWORD, "vraagt om een actieve superuser"),  # inactive
        ("hoofdbeheerder", "fout", "Het wachtwoord klopt niet"),
    ],
)
def test_personal_data_only_with_an_active_superusers_confirmation(
    content, monkeypatch, tmp_path, superuser, password, message
):
    UserFactory(username="medewerker", is_staff=True, password=PASSWORD)
    UserFactory(username="oud-beheerder", is_superuser=True, is_active=False, password=PASSWORD)
    path = tmp_path / "export.json"
    with pytest.raises(CommandError, match=message):
        export(
            monkeypatch, password, with_personal_data=True, superuser=superuser, output=str(path)
        )
    assert not path.exists()


def test_a_confirmed_export_holds_everything(content, monkeypatch):
    text = export(
        monkeypatch, with_history=True, with_personal_data=True, superuser="hoofdbeheerder"
    )
    for secret in content["secrets"]:
        assert secret in text


def _file(tmp_path, rows) -> str:
    path = tmp_path / "bestand.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return str(path)


LESSON = {
    "model": "lessons.lesson", "pk": 900,
    "fields": {"title": "Binnengesmokkeld", "slug": "binnengesmokkeld", "lead": "x", "body": "x",
               "status": "draft"},
}  # fmt: skip
SUPERUSER = {
    "model": "auth.user", "pk": 901,
    "fields": {"username": "indringer", "password": "md5$x$y", "is_superuser": True,
               "is_staff": True, "is_active": True, "groups": [], "user_permissions": []},
}  # fmt: skip


def test_a_crafted_superuser_is_refused_and_nothing_imported(db, tmp_path):
    path = _file(tmp_path, [LESSON, SUPERUSER])
    with pytest.raises(CommandError, match=r"1 account\(s\), waarvan 1 superuser.*niets"):
        call_command("import_all", path, stdout=io.StringIO())
    assert not User.objects.exists()
    assert not Lesson.objects.exists()


@pytest.mark.parametrize(
    "model",
    ["auth.group", "auth.permission", "admin.logentry", "sessions.session",
     "axes.accessattempt", "duurzaamdoor.tableversion", "contenttypes.contenttype"],
)  # fmt: skip
def test_only_the_models_export_all_writes_are_imported(db, tmp_path, model):
    path = _file(tmp_path, [LESSON, {"model": model, "pk": 1, "fields": {}}])
    with pytest.raises(CommandError, match=f"niet exporteert: {model}"):
        call_command("import_all", path, stdout=io.StringIO(), with_accounts=True)
    assert not Lesson.objects.exists()


def test_accounts_when_asked_but_never_over_existing_ones(db, tmp_path):
    existing = UserFactory(username="indringer", password=PASSWORD)
    path = _file(tmp_path, [LESSON, SUPERUSER])
    with pytest.raises(CommandError, match=r"bestaan hier al.*indringer"):
        call_command("import_all", path, stdout=io.StringIO(), with_accounts=True)
    existing.refresh_from_db()
    assert not existing.is_superuser and existing.check_password(PASSWORD)
    assert not Lesson.objects.exists()


def test_something_else_than_an_export_is_refused(db, tmp_path):
    path = _file(tmp_path, {"model": "lessons.lesson"})
    with pytest.raises(CommandError, match="geen bestand van export_all"):
        call_command("import_all", path, stdout=io.StringIO())
    (tmp_path / "kapot.json").write_text("[{", encoding="utf-8")
    with pytest.raises(CommandError, match="geen geldige JSON"):
        call_command("import_all", str(tmp_path / "kapot.json"), stdout=io.StringIO())


def test_a_content_export_restores_with_new_tokens(content, tmp_path):
    """Left-out secrets come back new: a restored case has a status link no one knew."""
    path = tmp_path / "inhoud.json"
    export(output=str(path))
    old = Case.objects.get()
    for label in reversed(CONTENT_MODELS):
        apps.get_model(label).objects.all().delete()
    call_command("import_all", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    new = Case.objects.get()
    assert new.title == old.title
    assert (new.contact_name, new.contact_email, new.submission_token) == ("", "", None)
    assert new.status_token and new.status_token != old.status_token

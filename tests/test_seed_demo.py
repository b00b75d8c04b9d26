"""`seed_demo` gives a fresh installation a secretary account, and can run again safely."""

import email
import re
from email import policy
from io import StringIO

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from cases.models import Case
from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from tests.forms import case_submission


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_creates_the_secretary_with_a_printed_random_password(db, monkeypatch):
    monkeypatch.delenv("DEMO_SECRETARY_PASSWORD", raising=False)
    output = seed()
    password = re.search(r"met wachtwoord: (\S+)", output).group(1)
    user = authenticate(
        RequestFactory().post("/admin/login/"), username="secretaris", password=password
    )
    assert user is not None
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == [SECRETARIAT_GROUP]


def test_uses_the_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DEMO_SECRETARY_PASSWORD", "demo-wachtwoord-2026")
    output = seed()
    assert "demo-wachtwoord-2026" not in output
    assert (
        authenticate(
            RequestFactory().post("/admin/login/"),
            username="secretaris",
            password="demo-wachtwoord-2026",
        )
        is not None
    )


def test_running_twice_changes_nothing(db, monkeypatch):
    monkeypatch.delenv("DEMO_SECRETARY_PASSWORD", raising=False)
    first = seed()
    password = re.search(r"met wachtwoord: (\S+)", first).group(1)
    second = seed()
    assert "bestaat al" in second
    assert get_user_model().objects.filter(username="secretaris").count() == 1
    assert (
        authenticate(
            RequestFactory().post("/admin/login/"), username="secretaris", password=password
        )
        is not None
    )


def test_after_seeding_a_submitted_case_is_announced_to_the_demo_secretary(
    client, db, smtp, monkeypatch, django_capture_on_commit_callbacks
):
    """A fresh installation (migrate, then seed_demo, as `make run` does) tells its demo
    secretary of a case sent through the public form, over real SMTP."""
    monkeypatch.delenv("DEMO_SECRETARY_PASSWORD", raising=False)
    seed()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/praktijkcases/indienen/", case_submission(client))
    assert response.status_code == 302
    case = Case.objects.latest("submitted_at")
    to_secretary = [
        message for message in smtp.messages if message.recipients == ["secretaris@example.org"]
    ]
    assert len(to_secretary) == 1
    mail = email.message_from_bytes(to_secretary[0].data, policy=policy.default)
    assert str(mail["Subject"]) == f"Nieuwe praktijkcase: {case.title}"
    assert f"/admin/cases/case/{case.pk}/change/" in mail.get_content()

    # Logged in as the demo secretary, the dashboard has nothing to warn about.
    client.force_login(get_user_model().objects.get(username="secretaris"))
    assert "niemand krijgt bericht" not in client.get("/admin/").content.decode()

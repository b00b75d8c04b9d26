"""`seed_demo` gives a fresh installation a secretary account, and can run again safely."""

import re
from io import StringIO

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from duurzaamdoor.secretariat import SECRETARIAT_GROUP


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

"""Issue 14, item 18: seed_demo's account obeys the password rules, and is made only once.

DEMO_SECRETARY_PASSWORD goes through the site's password validators (a Dutch message, a
non-zero exit, nothing created). Staff status, the secretariat group and the password are
given when the account is created, never again: what the site's administrators change
afterwards (rights taken away, a new password) stays.
"""

import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from lessons.models import Lesson

User = get_user_model()


def seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("1", "Dit wachtwoord is te kort: het moet minstens 8 tekens bevatten."),
        ("12345678901", "Dit wachtwoord bevat alleen cijfers"),
        ("wachtwoord", "Dit wachtwoord is te algemeen"),
        ("tafelsecretaris", "lijkt te veel op"),
    ],
)
def test_a_weak_password_is_refused_in_dutch_and_nothing_is_made(db, monkeypatch, password, reason):
    monkeypatch.setenv("DEMO_SECRETARY_PASSWORD", password)
    with pytest.raises(
        CommandError, match="DEMO_SECRETARY_PASSWORD is geen goed wachtwoord"
    ) as error:
        seed()
    assert reason in str(error.value)
    assert not User.objects.filter(username="secretaris").exists()
    assert not Lesson.objects.exists()


def test_the_command_line_exits_non_zero(tmp_path):
    database = tmp_path / "seed.sqlite3"
    env = {
        "PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "true", "DEMO_SECRETARY_PASSWORD": "1",
        "DATABASE_URL": f"sqlite:///{database}",
    }  # fmt: skip
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, capture_output=True)
    result = subprocess.run([*manage, "seed_demo"], env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "DEMO_SECRETARY_PASSWORD is geen goed wachtwoord" in result.stderr


def test_later_runs_leave_the_account_as_the_site_left_it(db, monkeypatch):
    monkeypatch.setenv("DEMO_SECRETARY_PASSWORD", "Demo-wachtwoord-2026!")
    seed()
    user = User.objects.get(username="secretaris")
    assert user.is_staff and user.groups.filter(name=SECRETARIAT_GROUP).exists()

    # The administrators take the demo account's rights away and give it a new password.
    user.is_staff = False
    user.groups.clear()
    user.set_password("Een-ander-wachtwoord-77")
    user.save()

    monkeypatch.setenv("DEMO_SECRETARY_PASSWORD", "Nog-een-wachtwoord-88")
    output = seed()
    assert "bestaat al en blijft zoals het is" in output
    user.refresh_from_db()
    assert not user.is_staff
    assert not user.groups.exists()
    assert user.check_password("Een-ander-wachtwoord-77")
    assert Group.objects.filter(name=SECRETARIAT_GROUP).exists()


def test_a_weak_password_does_not_stop_later_runs(db, monkeypatch):
    """Only a password that would be used is checked; an existing account uses none."""
    monkeypatch.delenv("DEMO_SECRETARY_PASSWORD", raising=False)
    seed()
    monkeypatch.setenv("DEMO_SECRETARY_PASSWORD", "1")
    assert "bestaat al" in seed()

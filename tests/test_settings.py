"""Settings come from the environment, and production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from tests.helpers import PRODUCTION_ENV, manage, run_django

SETUP = "import django; django.setup(); from django.conf import settings; "


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = run_django(SETUP + "print('started')", env)
    assert result.returncode != 0
    assert "started" not in result.stdout
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def manage_py(*args: str) -> subprocess.CompletedProcess:
    """``python manage.py …`` as on a fresh clone: no DJANGO_* variable set."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_manage_py_names_the_missing_setting_instead_of_a_riddle():
    result = manage_py("check")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. See README.md, 'Configuratie'."
    )


def test_every_model_change_has_its_migration_checked_without_production_secrets():
    result = manage_py("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "No changes detected"


def test_refuses_to_start_without_allowed_hosts_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_ALLOWED_HOSTS"}
    result = run_django(SETUP + "print('started')", env)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_debug_mode_starts_without_secret_key_for_local_development():
    result = run_django(
        SETUP + "print(settings.DEBUG, settings.ALLOWED_HOSTS)", {"DJANGO_DEBUG": "true"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['localhost', '127.0.0.1', '[::1]']"


def test_unreadable_boolean_is_refused_instead_of_guessed():
    result = run_django(SETUP, {**PRODUCTION_ENV, "DJANGO_DEBUG": "misschien"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false, not 'misschien'" in result.stderr


def test_database_url_selects_postgres_and_the_default_is_a_sqlite_file():
    show = SETUP + "db = settings.DATABASES['default']; print(db['ENGINE'], db['NAME'])"
    postgres = run_django(
        show, {**PRODUCTION_ENV, "DATABASE_URL": "postgres://kb@db.internal:5432/kennisbank"}
    )
    assert postgres.stdout.split() == ["django.db.backends.postgresql", "kennisbank"]

    default = run_django(show, {**PRODUCTION_ENV, "DATABASE_URL": ""})
    engine, name = default.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert name.endswith("/db.sqlite3")


def test_language_and_time_zone():
    result = run_django(SETUP + "print(settings.LANGUAGE_CODE, settings.TIME_ZONE)", PRODUCTION_ENV)
    assert result.stdout.split() == ["nl", "Europe/Amsterdam"]


def test_check_deploy_is_clean_with_production_values():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_cookies_and_transport_are_secure():
    show = SETUP + (
        "print(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, "
        "settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS, "
        "settings.SECURE_PROXY_SSL_HEADER, settings.X_FRAME_OPTIONS, "
        "settings.SECURE_REFERRER_POLICY)"
    )
    result = run_django(show, PRODUCTION_ENV)
    assert result.stdout.strip() == (
        "True True True 31536000 ('HTTP_X_FORWARDED_PROTO', 'https') DENY same-origin"
    )


def test_production_cookies_are_secure_httponly_and_samesite():
    show = SETUP + (
        "print(settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY, "
        "settings.SESSION_COOKIE_SAMESITE, settings.CSRF_COOKIE_SECURE, "
        "settings.CSRF_COOKIE_HTTPONLY, settings.CSRF_COOKIE_SAMESITE)"
    )
    assert run_django(show, PRODUCTION_ENV).stdout.split() == [
        "True", "True", "Lax", "True", "True", "Lax",
    ]  # fmt: skip


def test_production_csp_allows_nothing_inline_or_evaluated():
    show = SETUP + "import json; print(json.dumps(settings.CONTENT_SECURITY_POLICY))"
    policy = run_django(show, PRODUCTION_ENV).stdout
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "unsafe-hashes" not in policy

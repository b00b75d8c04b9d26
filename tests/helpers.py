"""Small helpers shared by tests."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from lessons import facet_index

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "p3Kq9-zX!vL2mN7#rT5wY8^bC4dF6gH1jK0lM3nP5qR7sT9uVw2Ex4",
    "DJANGO_ALLOWED_HOSTS": "kennisbank.example.nl",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://kennisbank.example.nl",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "true",
}


def run_django(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run Python code in a fresh process with the production settings module.

    Only the given DJANGO_* variables are set, so a test sees exactly what a server
    started with that environment would see.
    """
    clean = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean["DJANGO_SETTINGS_MODULE"] = "duurzaamdoor.settings"
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(settings.BASE_DIR),
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def manage(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    code = (
        "import sys; from django.core.management import execute_from_command_line; "
        f"execute_from_command_line(['manage.py', *{list(args)!r}])"
    )
    return run_django(code, env)


# The filter index as stored, and as computed afresh from the lessons: equal when in step.
def kept() -> dict:
    return {
        key: (entry.count, entry.bits)
        for key, entry in facet_index.load().items()
        if entry.count or entry.bits
    }


def computed() -> dict:
    return {key: (entry.count, entry.bits) for key, entry in facet_index._computed().items()}

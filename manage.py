#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import secrets
import sys

# Commands that only compare the model code with the migration files: they never serve a
# request or sign a value, so they run without production secrets (a fresh clone can
# check its migrations). Every other command refuses to start without them.
SCHEMA_ONLY_COMMANDS = {"makemigrations"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duurzaamdoor.settings")
    if sys.argv[1:2] and sys.argv[1] in SCHEMA_ONLY_COMMANDS:
        os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
        os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        settings.INSTALLED_APPS  # noqa: B018 - load the settings now
    except ImproperlyConfigured as error:
        # Django would swallow this and fail later with "Models aren't loaded yet".
        sys.exit(f"{error}")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

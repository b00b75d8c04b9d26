"""Settings for the test suite: production settings with the few changes tests need.

The suite runs with ``DJANGO_DEBUG`` off, like production, so that what it checks is what
civil servants get. ``DATABASE_URL`` picks SQLite (default) or Postgres, as in production.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret-key-" + "x" * 40)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# Playwright's synchronous API runs an event loop in the test thread; the ORM calls made
# by tests next to it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from duurzaamdoor.settings import *  # noqa: F403

# The test client and the live server speak plain HTTP; production's HTTPS redirect and
# secure-only cookies are checked by tests/test_security.py against a fresh process.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# No collectstatic before tests: serve static files from the app folders.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Serve static files straight from the app folders, as in development.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

"""Fixtures shared by the whole suite: users, the secretariat and a real browser."""

import os

import pytest
from django.contrib.auth.models import Group

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from tests import flush, smtp_server
from tests.factories import UserFactory

flush.use_deletes()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: no page or rate-limit count from another test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def site_language():
    """Every test starts in the site's own language (Dutch). A request to an English page
    leaves English active in the thread that served it; a later test in the same process
    (which one depends on how the tests are shared out between processes) would then get
    English messages."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def low_limits(settings):
    """Rate limits low enough to reach in a test (see duurzaamdoor/ratelimit.py)."""
    settings.RATE_LIMITS = {
        "case_submit": "2/h", "search": "3/h", "vote": "2/h", "map_create": "2/h",
        "map_edit": "2/h",
    }  # fmt: skip


@pytest.fixture
def smtp(settings):
    """A real SMTP server on a free loopback port, and the site sending to it."""
    server, stop = smtp_server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = server.host, server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    yield server
    stop()


@pytest.fixture
def secretary(db):
    """A member of the table secretariat: staff, with only the group's permissions."""
    user = UserFactory(username="secretaris-test", is_staff=True)
    user.groups.add(Group.objects.get(name=SECRETARIAT_GROUP))
    return user


@pytest.fixture
def outsider(db):
    """Logged in, but neither staff nor secretariat."""
    return UserFactory(username="buitenstaander")


@pytest.fixture
def superuser(db):
    return UserFactory(username="beheerder", is_staff=True, is_superuser=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """With TESTS_FORBID_SKIPS=1 (as in CI) a skipped test fails: nothing passes unseen."""
    report = yield
    if report.skipped and os.environ.get("TESTS_FORBID_SKIPS") == "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"Skipped while TESTS_FORBID_SKIPS=1: {reason}"
    return report


def pytest_collection_modifyitems(config, items):
    """Tests of one database backend only run against that backend (deselected otherwise)."""
    from django.db import connection

    backend = {"postgresql": "postgres", "sqlite": "sqlite"}.get(connection.vendor)
    selected, deselected = [], []
    for item in items:
        wanted = {mark.name for mark in item.iter_markers()} & {"postgres", "sqlite"}
        (deselected if wanted and backend not in wanted else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected

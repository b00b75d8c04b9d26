"""The secretary's side: imports that the admin form would accept, and sessions that end
when nobody uses them."""

import time
from datetime import timedelta

import pytest
import tablib
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from duurzaamdoor.middleware import SESSION_SEEN
from lessons.models import Lesson
from lessons.resources import LessonResource

pytestmark = pytest.mark.django_db


def test_a_published_lesson_imported_without_a_date_is_published_now():
    """The admin form fills in the date of a lesson published without one; so does an
    import, instead of failing on the database's constraint."""
    data = tablib.Dataset(headers=["slug", "title", "lead", "body", "status", "published_at"])
    data.append(["zonder-datum", "Zonder datum", "Kort.", "Tekst.", "published", ""])
    before = timezone.now().replace(microsecond=0)  # stored to the second
    result = LessonResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    lesson = Lesson.objects.get(slug="zonder-datum")
    assert lesson.published_at >= before
    assert Lesson.objects.published().filter(slug="zonder-datum").exists()


def test_an_admin_session_ends_after_two_idle_hours_and_using_it_moves_the_end(
    client, secretary, settings
):
    assert settings.SESSION_COOKIE_AGE == 2 * 60 * 60  # not Django's two weeks
    client.force_login(secretary)
    key = Session.objects.get().pk

    def idle_for(minutes: int) -> None:
        """As if the last use was this long ago: the stamp and the stored end."""
        store = SessionStore(session_key=key)
        store[SESSION_SEEN] = int(time.time()) - 60 * minutes
        store.save()
        end = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE, minutes=-minutes)
        Session.objects.filter(pk=key).update(expire_date=end)

    idle_for(119)
    assert client.get("/admin/").status_code == 200
    moved = Session.objects.get(pk=key).expire_date
    assert moved > timezone.now() + timedelta(minutes=119)  # in use: two hours from now

    idle_for(1)  # used a minute ago: no write for this request
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/").status_code == 200
    assert not [q for q in queries if q["sql"].startswith("UPDATE")]

    idle_for(121)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

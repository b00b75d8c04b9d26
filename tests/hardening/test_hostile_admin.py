"""The secretary's side: imports that the admin form would accept, and sessions that end
when nobody uses them."""

from datetime import timedelta

import pytest
import tablib
from django.contrib.sessions.models import Session
from django.utils import timezone

from lessons.models import Lesson
from lessons.resources import LessonResource

pytestmark = pytest.mark.django_db


def test_a_published_lesson_imported_without_a_date_is_published_now():
    """The admin form fills in the date of a lesson published without one; so does an
    import, instead of failing on the database's constraint."""
    data = tablib.Dataset(headers=["slug", "title", "lead", "body", "status", "published_at"])
    data.append(["zonder-datum", "Zonder datum", "Kort.", "Tekst.", "published", ""])
    before = timezone.now()
    result = LessonResource().import_data(data, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    lesson = Lesson.objects.get(slug="zonder-datum")
    assert lesson.published_at >= before
    assert Lesson.objects.published().filter(slug="zonder-datum").exists()


def test_an_admin_session_ends_after_two_idle_hours_and_each_request_moves_the_end(
    client, secretary, settings
):
    assert settings.SESSION_COOKIE_AGE == 2 * 60 * 60  # not Django's two weeks
    client.force_login(secretary)
    session = Session.objects.get()
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(minutes=1))
    assert client.get("/admin/").status_code == 200
    moved = Session.objects.get(pk=session.pk).expire_date
    assert moved > timezone.now() + timedelta(minutes=119)  # in use: two hours from now
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]

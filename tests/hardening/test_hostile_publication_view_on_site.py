"""The admin's "view on site" gives nobody an address the admin would not show them.

Issue 14, item 7: ``/admin/r/<content type>/<id>/`` redirected any staff account, even one
without a single permission, to the page of a private case, a draft lesson or a pioneer
without consent, and so told it their slugs (titles and names).
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from tests.factories import (
    CaseFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    UserFactory,
)


@pytest.fixture
def hidden(db):
    """One object of each kind that the public does not see, with a telling slug."""
    return {
        "private case": CaseFactory(title="Geheime case Xandra"),
        "draft lesson": LessonFactory(
            title="Conceptles Ypsilon", status="draft", published_at=None
        ),
        "pioneer without consent": PioneerFactory(name="Zeno Zwijgzaam", may_publish=False),
        "draft map": EcosystemFactory(title="Conceptkaart Qua", status="draft"),
        "hidden meeting": MeetingFactory(title="Besloten tafel", is_published=False),
    }


@pytest.fixture
def visible(db):
    return {
        "public case": PublicCaseFactory(),
        "lesson": LessonFactory(),
        "pioneer": PioneerFactory(may_publish=True),
        "map": EcosystemFactory(),
        "meeting": MeetingFactory(),
    }


def view_on_site(obj) -> str:
    content_type = ContentType.objects.get_for_model(obj)
    return f"/admin/r/{content_type.pk}/{obj.pk}/"


def visitor(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_tells_nothing(response, obj) -> None:
    assert response.status_code in (403, 404)
    assert "Location" not in response
    assert obj.slug not in response.content.decode()


def test_staff_without_permissions_learn_no_slug(hidden, visible):
    bare = visitor(UserFactory(username="kale-staf", is_staff=True))
    for obj in [*hidden.values(), *visible.values()]:
        response = bare.get(view_on_site(obj))
        # No view permission on the model: refused before the object is even looked up.
        assert response.status_code == 403, obj
        assert_tells_nothing(response, obj)


def test_staff_with_another_models_permission_learn_no_slug_either(hidden):
    lessons_only = UserFactory(username="alleen-lessen", is_staff=True)
    lessons_only.user_permissions.add(Permission.objects.get(codename="view_lesson"))
    client = visitor(lessons_only)
    for name, obj in hidden.items():
        response = client.get(view_on_site(obj))
        if name == "draft lesson":
            # Viewing lessons includes previewing drafts, as on the lesson page itself.
            assert response.status_code == 302
            assert response["Location"].endswith(obj.get_absolute_url())
            assert client.get(response["Location"]).status_code == 200
        else:
            assert_tells_nothing(response, obj)


def test_the_secretariat_still_goes_to_every_page(hidden, visible, secretary):
    client = visitor(secretary)
    for obj in [*hidden.values(), *visible.values()]:
        response = client.get(view_on_site(obj))
        assert response.status_code == 302, obj
        assert response["Location"].endswith(obj.get_absolute_url())
        assert client.get(response["Location"]).status_code == 200, obj


def test_nonsense_and_unlisted_models_are_404(db, secretary, superuser):
    client = visitor(superuser)
    assert client.get("/admin/r/999999/1/").status_code == 404
    user_type = ContentType.objects.get_for_model(secretary)
    # A model the admin does not list (or without a page) tells nothing either.
    session_type = ContentType.objects.get(app_label="sessions", model="session")
    assert client.get(f"/admin/r/{session_type.pk}/x/").status_code == 404
    assert client.get(f"/admin/r/{user_type.pk}/{secretary.pk}/").status_code == 404
    lesson_type = ContentType.objects.get(app_label="lessons", model="lesson")
    assert client.get(f"/admin/r/{lesson_type.pk}/999999/").status_code == 404
    assert client.get(f"/admin/r/{lesson_type.pk}/niet-een-getal/").status_code == 404


def test_anonymous_and_non_staff_go_to_the_login(hidden, outsider):
    obj = hidden["private case"]
    for client in (Client(), visitor(outsider)):
        response = client.get(view_on_site(obj))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert obj.slug not in response["Location"]

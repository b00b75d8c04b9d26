"""The secretary curates lessons in the admin; outsiders cannot."""

import pytest
from django.contrib.auth.models import Group

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from lessons.models import Lesson
from tests.factories import AudienceFactory, LessonFactory, PioneerFactory, SourceFactory


def test_secretariat_has_exactly_the_lesson_permissions(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.filter(content_type__app_label="lessons")
    }
    expected = {
        f"lessons.{action}_{model}"
        for model in ("lesson", "audience", "pioneer", "source", "themetag")
        for action in ("add", "change", "delete", "view")
    }
    assert granted == expected


def test_changelist_shows_title_status_date_source_and_themes(
    client, secretary, django_assert_max_num_queries
):
    source = SourceFactory(title="LEF-Talk 2022")
    for n in range(30):
        LessonFactory(title=f"Les {n}", source=source, themes=["bouw", "water"])
    client.force_login(secretary)
    # Bounded: the themes are prefetched, not fetched per row.
    with django_assert_max_num_queries(15):
        response = client.get("/admin/lessons/lesson/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "LEF-Talk 2022" in html
    assert "bouw, water" in html
    assert "Gepubliceerd" in html


def test_secretary_creates_a_lesson_with_multi_word_themes(client, secretary):
    audience = AudienceFactory(name="Inkopers")
    pioneer = PioneerFactory()
    source = SourceFactory()
    client.force_login(secretary)
    response = client.post(
        "/admin/lessons/lesson/add/",
        {
            "title": "Circulair inkopen vraagt lef",
            "slug": "circulair-inkopen-vraagt-lef",
            "lead": "Durf te kiezen.",
            "body": "## Waarom\n\nOmdat het werkt.",
            "themes": "circulair inkopen, Bouw",
            "audiences": [audience.pk],
            "parties": ["rijk", "ondernemers"],
            "pioneers": [pioneer.pk],
            "source": source.pk,
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = Lesson.objects.get(slug="circulair-inkopen-vraagt-lef")
    assert sorted(lesson.themes.names()) == ["Bouw", "circulair inkopen"]
    assert set(lesson.parties.values_list("code", flat=True)) == {"rijk", "ondernemers"}
    assert lesson.history.count() == 1


def test_themes_are_case_insensitive(db):
    first = LessonFactory(themes=["Circulair Inkopen"])
    second = LessonFactory(themes=["circulair inkopen"])
    assert list(first.themes.all()) == list(second.themes.all())


def test_publish_and_unpublish_actions_work_on_many_lessons(client, secretary):
    drafts = [LessonFactory(status="draft", published_at=None) for _ in range(3)]
    client.force_login(secretary)
    response = client.post(
        "/admin/lessons/lesson/",
        {"action": "publish", "_selected_action": [lesson.pk for lesson in drafts]},
        follow=True,
    )
    assert "3 lessen gepubliceerd." in response.content.decode()
    assert Lesson.objects.published().count() == 3
    assert all(lesson.published_at for lesson in Lesson.objects.all())
    assert drafts[0].history.count() == 2

    response = client.post(
        "/admin/lessons/lesson/",
        {"action": "unpublish", "_selected_action": [drafts[0].pk, drafts[1].pk]},
        follow=True,
    )
    assert "2 lessen teruggezet naar concept." in response.content.decode()
    assert Lesson.objects.published().count() == 1
    assert client.get(drafts[0].get_absolute_url()).status_code == 200  # preview for staff
    client.logout()
    assert client.get(drafts[0].get_absolute_url()).status_code == 404


def test_view_on_site_leads_to_the_lesson_page(client, secretary):
    lesson = LessonFactory(status="draft", published_at=None)
    client.force_login(secretary)
    html = client.get(f"/admin/lessons/lesson/{lesson.pk}/change/").content.decode()
    # Django's Dutch admin calls the "view on site" button "Weergeven op website".
    assert 'href="/admin/r/' in html and "Weergeven op website" in html
    assert client.get(f"/admin/lessons/lesson/{lesson.pk}/history/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/lessons/pioneer/",
        "/admin/lessons/source/",
        "/admin/lessons/audience/",
        "/admin/lessons/themetag/",
        "/admin/lessons/pioneer/add/",
    ],
)
def test_secretary_manages_pioneers_sources_audiences_and_themes(client, secretary, path):
    PioneerFactory()
    client.force_login(secretary)
    assert client.get(path).status_code == 200


def test_autocomplete_finds_pioneers_for_the_lesson_form(client, secretary):
    PioneerFactory(name="Marloes de Boer")
    client.force_login(secretary)
    response = client.get(
        "/admin/autocomplete/",
        {
            "term": "marloes",
            "app_label": "lessons",
            "model_name": "lesson",
            "field_name": "pioneers",
        },
    )
    assert [row["text"] for row in response.json()["results"]] == ["Marloes de Boer"]


def test_logged_in_user_without_staff_rights_cannot_curate(client, outsider):
    client.force_login(outsider)
    response = client.get("/admin/lessons/lesson/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

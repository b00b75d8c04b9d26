"""The filter index is never out of step with the lessons, whatever wrote them."""

import pytest
from django.db import connection

from lessons import facet_index
from lessons.models import Lesson, LessonFacet, TaggedLesson, ThemeTag
from lessons.services import themes_merge
from tests.factories import AudienceFactory, LessonFactory, SourceFactory
from tests.helpers import computed, kept


@pytest.fixture
def lessons(db):
    source = SourceFactory()
    audience = AudienceFactory(name="Inkopers")
    first = LessonFactory(themes=["bouw", "water"], audiences=[audience], parties=["rijk"],
                          source=source)  # fmt: skip
    second = LessonFactory(themes=["bouw"], parties=["rijk", "burgers"])
    draft = LessonFactory(themes=["water"], status="draft", published_at=None)
    return {"first": first, "second": second, "draft": draft, "source": source,
            "audience": audience}  # fmt: skip


def _bulk_create(w):
    new = Lesson.objects.bulk_create([
        Lesson(title=f"Bulk {n}", slug=f"bulk-{n}", lead=".", status="published",
               published_at=w["first"].published_at, source=w["source"])
        for n in range(30)
    ])  # fmt: skip
    bouw = ThemeTag.objects.get(name="bouw")
    TaggedLesson.objects.bulk_create(
        TaggedLesson(content_object=lesson, tag=bouw) for lesson in new
    )


def _unpublish_by_update(w):
    Lesson.objects.filter(pk=w["first"].pk).update(status="draft")


def _publish_by_bulk_update(w):
    draft = w["draft"]
    draft.status, draft.published_at = "published", w["first"].published_at
    Lesson.objects.bulk_update([draft], ["status", "published_at"])


def _remove_theme(w):
    w["first"].themes.remove("water")


def _clear_parties(w):
    w["second"].parties.clear()


def _change_source(w):
    Lesson.objects.filter(pk=w["second"].pk).update(source=w["source"])


def _delete_source(w):
    w["source"].delete()


def _delete_lesson(w):
    w["first"].delete()


def _merge_themes(w):
    themes = list(ThemeTag.objects.all())
    themes_merge(target=themes[0], others=themes)


def _raw_sql(w):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM lessons_lesson_audiences WHERE lesson_id = %s", [w["first"].pk])


WRITES = [
    _bulk_create, _unpublish_by_update, _publish_by_bulk_update, _remove_theme, _clear_parties,
    _change_source, _delete_source, _delete_lesson, _merge_themes, _raw_sql,
]  # fmt: skip


@pytest.mark.postgres
@pytest.mark.parametrize("write", WRITES, ids=[write.__name__ for write in WRITES])
def test_the_kept_index_equals_a_fresh_computation_after_every_kind_of_write(lessons, write):
    assert kept() == computed()
    before = computed()
    write(lessons)
    assert computed() != before, "the write changed nothing the index holds"
    assert kept() == computed()


@pytest.mark.postgres
def test_a_draft_leaves_the_index_untouched(lessons):
    before = list(LessonFacet.objects.values_list("facet", "value", "count", "lessons"))
    draft = lessons["draft"]
    draft.themes.add("textiel")
    draft.parties.add("onderwijs")
    draft.title = "Nog steeds een concept"
    draft.save()
    assert list(LessonFacet.objects.values_list("facet", "value", "count", "lessons")) == before


@pytest.mark.postgres
def test_a_rebuild_gives_the_same_index(lessons):
    _bulk_create(lessons)
    before = kept()
    facet_index.rebuild()
    assert kept() == before == computed()


def test_counts_and_members_agree(lessons):
    everything = facet_index.load()
    assert everything[facet_index.EVERYTHING].count == 2
    bouw = ThemeTag.objects.get(name="bouw")
    entry = everything[("thema", str(bouw.pk))]
    assert entry.count == 2
    assert facet_index.ids_of(entry.bits) == sorted([lessons["first"].pk, lessons["second"].pk])
    water = ThemeTag.objects.get(name="water")
    assert everything[("thema", str(water.pk))].count == 1  # the draft does not count

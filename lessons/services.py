"""Writes on lessons with side effects beyond one row."""

from django.db import transaction

from lessons.models import Lesson, TaggedLesson, ThemeTag


@transaction.atomic
def themes_merge(*, target: ThemeTag, others: list[ThemeTag]) -> int:
    """Move every lesson of ``others`` to ``target`` and delete ``others``.

    A lesson that had several of the merged themes ends up with ``target`` once. Returns
    the number of lessons that were moved.
    """
    others = [theme for theme in others if theme.pk != target.pk]
    lesson_ids = set(
        TaggedLesson.objects.filter(tag__in=others).values_list("content_object_id", flat=True)
    )
    TaggedLesson.objects.bulk_create(
        [TaggedLesson(content_object_id=pk, tag=target) for pk in lesson_ids],
        ignore_conflicts=True,
    )
    TaggedLesson.objects.filter(tag__in=others).delete()
    ThemeTag.objects.filter(pk__in=[theme.pk for theme in others]).delete()
    Lesson.objects.filter(pk__in=lesson_ids).update_search_vector()
    return len(lesson_ids)

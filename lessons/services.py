"""Writes on lessons with side effects beyond one row."""

from django.db import transaction

from lessons.models import Lesson, TaggedLesson, ThemeRedirect, ThemeTag


@transaction.atomic
def themes_merge(*, target: ThemeTag, others: list[ThemeTag]) -> int:
    """Move every lesson of ``others`` to ``target`` and delete ``others``.

    A lesson that had several of the merged themes ends up with ``target`` once. The
    addresses of ``others`` (and those that already led to them) lead to ``target`` from
    now on. Returns the number of lessons that were moved.
    """
    others = [theme for theme in others if theme.pk != target.pk]
    ThemeRedirect.objects.filter(theme__in=others).update(theme=target)
    for theme in others:
        theme_redirect_record(old_slug=theme.slug, theme=target)
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


def theme_redirect_record(*, old_slug: str, theme: ThemeTag) -> None:
    """From now on the address of ``old_slug`` leads to ``theme`` (after a merge, or when
    its slug changed). A slug that is a theme's own again leads nowhere else."""
    if not old_slug or old_slug == theme.slug:
        return
    ThemeRedirect.objects.update_or_create(old_slug=old_slug, defaults={"theme": theme})
    ThemeRedirect.objects.filter(old_slug=theme.slug).delete()

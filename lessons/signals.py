"""Keep the lessons' stored search vectors current, whatever changed the text."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from duurzaamdoor.search_index import add_words, defer
from lessons.models import Lesson, TaggedLesson, ThemeTag


@receiver(post_save, sender=Lesson, dispatch_uid="lesson_saved_search")
def lesson_saved(sender, instance: Lesson, raw: bool = False, **kwargs) -> None:
    if not raw and not defer(Lesson, instance.pk):
        Lesson.objects.filter(pk=instance.pk).update_search_vector()
        if instance.is_published:
            add_words(instance.title, instance.lead, instance.body)


@receiver(m2m_changed, sender=TaggedLesson, dispatch_uid="lesson_themes_changed_search")
def lesson_themes_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if isinstance(instance, Lesson):
        if defer(Lesson, instance.pk):
            return
        Lesson.objects.filter(pk=instance.pk).update_search_vector()
        if pk_set and instance.is_published:
            add_words(*ThemeTag.objects.filter(pk__in=pk_set).values_list("name", flat=True))
    elif pk_set:
        Lesson.objects.filter(pk__in=pk_set).update_search_vector()


@receiver(post_save, sender=ThemeTag, dispatch_uid="theme_renamed_search")
def theme_saved(sender, instance: ThemeTag, created: bool, raw: bool = False, **kwargs) -> None:
    if not created and not raw:
        Lesson.objects.filter(themes=instance).update_search_vector()


@receiver(pre_delete, sender=ThemeTag, dispatch_uid="theme_deleting_search")
def theme_deleting(sender, instance: ThemeTag, **kwargs) -> None:
    instance._lesson_ids = list(instance.tagged_lessons.values_list("content_object", flat=True))


@receiver(post_delete, sender=ThemeTag, dispatch_uid="theme_deleted_search")
def theme_deleted(sender, instance: ThemeTag, **kwargs) -> None:
    Lesson.objects.filter(pk__in=getattr(instance, "_lesson_ids", [])).update_search_vector()

"""Keep the meetings' stored search vectors current, whatever changed the text."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from duurzaamdoor.search_index import add_words
from meetings.models import Meeting, Statement


@receiver(post_save, sender=Meeting, dispatch_uid="meeting_saved_search")
def meeting_saved(sender, instance: Meeting, raw: bool = False, **kwargs) -> None:
    if not raw:
        Meeting.objects.filter(pk=instance.pk).update_search_vector()
        if instance.is_published:
            add_words(instance.title, instance.summary)


@receiver(post_save, sender=Statement, dispatch_uid="statement_saved_search")
@receiver(post_delete, sender=Statement, dispatch_uid="statement_deleted_search")
def statement_changed(sender, instance: Statement, raw: bool = False, **kwargs) -> None:
    if not raw:
        Meeting.objects.filter(pk=instance.meeting_id).update_search_vector()
        if kwargs.get("signal") is post_save and instance.meeting.is_published:
            add_words(instance.text)

"""Keep a map's search vector current when the map, its actors or its factors change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from duurzaamdoor.search_index import add_words, defer
from ecosystem.models import Actor, Ecosystem, Factor


@receiver(post_save, sender=Ecosystem, dispatch_uid="ecosystem_saved_search")
def ecosystem_saved(sender, instance: Ecosystem, raw: bool = False, **kwargs) -> None:
    if not raw:
        Ecosystem.objects.filter(pk=instance.pk).update_search_vector()
        if instance.is_published:
            add_words(instance.title, instance.task, instance.new_reality)


@receiver(post_save, sender=Actor, dispatch_uid="actor_saved_search")
@receiver(post_delete, sender=Actor, dispatch_uid="actor_deleted_search")
@receiver(post_save, sender=Factor, dispatch_uid="factor_saved_search")
@receiver(post_delete, sender=Factor, dispatch_uid="factor_deleted_search")
def item_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw and not defer(Ecosystem, instance.ecosystem_id):
        Ecosystem.objects.filter(pk=instance.ecosystem_id).update_search_vector()

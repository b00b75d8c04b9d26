"""Keep a case's search vector current; only its public text is indexed."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from cases.models import Case
from duurzaamdoor.search_index import add_words


@receiver(post_save, sender=Case, dispatch_uid="case_saved_search")
def case_saved(sender, instance: Case, raw: bool = False, **kwargs) -> None:
    if not raw:
        Case.objects.filter(pk=instance.pk).update_search_vector()
        if instance.is_public:
            add_words(instance.public_title, instance.public_summary, instance.insights)

"""The history of lessons, cases, maps and meetings: a version for each real change.

django-simple-history stores a version at every save, also at one that changed nothing (a
form saved unchanged, an object saved once more by a second step of the same change); the
history page then shows "Gewijzigd" with no change listed. Here such a version is not
stored. What counts are the fields the history page compares (``diff_against``: the
editable ones; a moment of saving like ``updated_at`` is none of them). A version that
gives a reason (a status step, a purge) is always stored: the reason is the news.
"""

from django.conf import settings
from simple_history.models import HistoricalRecords


class ChangeHistory(HistoricalRecords):
    def post_save(self, instance, created, using=None, **kwargs):
        if (
            not created
            and not kwargs.get("raw", False)
            and getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
            and not hasattr(instance, "skip_history_when_saving")
            and self._changes_nothing(instance, using)
        ):
            return
        super().post_save(instance, created, using=using, **kwargs)

    def _changes_nothing(self, instance, using) -> bool:
        """Whether ``instance`` is as its newest version has it, and says no reason why."""
        if self.get_change_reason_for_object(instance, "~", using):
            return False
        manager = getattr(instance, self.manager_name)
        newest = (manager.using(using) if using else manager).first()
        if newest is None:
            return False
        return all(
            getattr(newest, field.attname) == getattr(instance, field.attname)
            for field in self.fields_included(instance)
            if field.editable
        )

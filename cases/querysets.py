from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from cases.choices import CaseStatus
from cases.workflow import CLOSED
from duurzaamdoor.search_index import SearchableQuerySet

# Published by the secretariat, with an anonymised summary (as a lookup: also what search
# and the vocabulary take as public).
PUBLIC = {"is_public": True}
# New: waiting for the secretariat to take it up (as a lookup: also the admin list's filter).
NEW = {"status": CaseStatus.INGEDIEND}
# Stale: still open, and no step for this long.
STALE_AFTER = timedelta(days=30)


def stale(now=None) -> Q:
    return Q(status_changed_at__lt=(now or timezone.now()) - STALE_AFTER) & ~Q(status__in=CLOSED)


class CaseQuerySet(SearchableQuerySet):
    def public(self) -> "CaseQuerySet":
        """Cases the secretariat has published (with an anonymised summary)."""
        return self.filter(**PUBLIC)

    def new(self) -> "CaseQuerySet":
        return self.filter(**NEW)

    def stale(self, now=None) -> "CaseQuerySet":
        """Open cases that have not moved for :data:`STALE_AFTER`."""
        return self.filter(stale(now))

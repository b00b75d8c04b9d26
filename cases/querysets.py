from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from cases.choices import CaseStatus
from cases.workflow import CLOSED
from duurzaamdoor.search_index import SearchableQuerySet, update_vectors

# New: waiting for the secretariat to take it up (as a lookup: also the admin list's filter).
NEW = {"status": CaseStatus.INGEDIEND}
# Stale: still open, and no step for this long.
STALE_AFTER = timedelta(days=30)


def stale(now=None) -> Q:
    return Q(status_changed_at__lt=(now or timezone.now()) - STALE_AFTER) & ~Q(status__in=CLOSED)


class CaseQuerySet(SearchableQuerySet):
    def public(self) -> "CaseQuerySet":
        """Cases the secretariat has published (with an anonymised summary)."""
        return self.filter(is_public=True)

    def new(self) -> "CaseQuerySet":
        return self.filter(**NEW)

    def stale(self, now=None) -> "CaseQuerySet":
        """Open cases that have not moved for :data:`STALE_AFTER`."""
        return self.filter(stale(now))

    def update_search_vector(self) -> int:
        """Only what the public case page shows is searchable; never the submitter's text."""
        return update_vectors(
            self, ("public_title", "A"), ("public_summary", "B"), ("insights", "C")
        )

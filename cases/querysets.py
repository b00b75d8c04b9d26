from django.db.models import QuerySet

from cases.choices import CaseStatus


class CaseQuerySet(QuerySet):
    def public(self) -> "CaseQuerySet":
        """Cases the secretariat has published (with an anonymised summary)."""
        return self.filter(is_public=True)

    def new(self) -> "CaseQuerySet":
        return self.filter(status=CaseStatus.INGEDIEND)

    def for_listing(self) -> "CaseQuerySet":
        return self.prefetch_related("parties")

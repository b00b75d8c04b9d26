from cases.choices import CaseStatus
from duurzaamdoor.search_index import SearchableQuerySet, update_vectors


class CaseQuerySet(SearchableQuerySet):
    def public(self) -> "CaseQuerySet":
        """Cases the secretariat has published (with an anonymised summary)."""
        return self.filter(is_public=True)

    def new(self) -> "CaseQuerySet":
        return self.filter(status=CaseStatus.INGEDIEND)

    def update_search_vector(self) -> int:
        """Only what the public case page shows is searchable; never the submitter's text."""
        return update_vectors(
            self, ("public_title", "A"), ("public_summary", "B"), ("insights", "C")
        )

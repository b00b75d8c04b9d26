from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from duurzaamdoor.search_index import SearchableQuerySet, joined_text, update_vectors
from ecosystem.choices import EcosystemStatus


def _count(model_name: str) -> Coalesce:
    from django.apps import apps

    model = apps.get_model("ecosystem", model_name)
    rows = (
        model.objects.filter(ecosystem=OuterRef("pk"))
        .order_by()
        .values("ecosystem")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


# Made by a team, waiting for the secretariat (as a lookup: also the admin list's filter).
AWAITING_REVIEW = {"self_service": True, "status": EcosystemStatus.DRAFT}


class EcosystemQuerySet(SearchableQuerySet):
    def published(self) -> "EcosystemQuerySet":
        return self.filter(status=EcosystemStatus.PUBLISHED)

    def awaiting_review(self) -> "EcosystemQuerySet":
        return self.filter(**AWAITING_REVIEW)

    def update_search_vector(self) -> int:
        """Title (A); task and new reality (B); the names of actors and factors (C)."""
        from ecosystem.models import Actor, Factor

        return update_vectors(
            self,
            ("title", "A"),
            ("task", "B"),
            ("new_reality", "B"),
            (joined_text(Actor, "ecosystem", "name"), "C"),
            (joined_text(Factor, "ecosystem", "name"), "C"),
        )

    def with_counts(self, *, relations: bool = False) -> "EcosystemQuerySet":
        """Number of actors and factors (and relations), without multiplying rows."""
        counts = {"actor_count": _count("Actor"), "factor_count": _count("Factor")}
        if relations:
            counts["relation_count"] = _count("Relation")
        return self.annotate(**counts)

from django.db.models import Count, IntegerField, Model, OuterRef, Subquery
from django.db.models.functions import Coalesce

from duurzaamdoor.search_index import SearchableQuerySet
from ecosystem.choices import EcosystemStatus


def _count(model: type[Model], relation: str) -> Coalesce:
    """The number of rows of ``relation`` (the actors of a map, …), as a subquery."""
    rows_of = model._meta.get_field(relation)
    link = rows_of.field.name
    rows = (
        rows_of.related_model.objects.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


# The public maps (as a lookup: also what search and the vocabulary take as public).
PUBLISHED = {"status": EcosystemStatus.PUBLISHED}
# Made by a team, waiting for the secretariat (as a lookup: also the admin list's filter).
AWAITING_REVIEW = {"self_service": True, "status": EcosystemStatus.DRAFT}


class EcosystemQuerySet(SearchableQuerySet):
    def published(self) -> "EcosystemQuerySet":
        return self.filter(**PUBLISHED)

    def awaiting_review(self) -> "EcosystemQuerySet":
        return self.filter(**AWAITING_REVIEW)

    def with_counts(self, *, relations: bool = False) -> "EcosystemQuerySet":
        """Number of actors and factors (and relations), without multiplying rows."""
        counts = {
            "actor_count": _count(self.model, "actors"),
            "factor_count": _count(self.model, "factors"),
        }
        if relations:
            counts["relation_count"] = _count(self.model, "relations")
        return self.annotate(**counts)

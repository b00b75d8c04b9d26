from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

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


class EcosystemQuerySet(QuerySet):
    def published(self) -> "EcosystemQuerySet":
        return self.filter(status=EcosystemStatus.PUBLISHED)

    def with_counts(self) -> "EcosystemQuerySet":
        """Number of actors and factors, without multiplying rows."""
        return self.annotate(actor_count=_count("Actor"), factor_count=_count("Factor"))

"""What the public sees of the ecosystem app, table by table (see
:mod:`duurzaamdoor.public_content`)."""

from django.db.models import Model, QuerySet

from duurzaamdoor.public_content import links
from ecosystem.models import Actor, Ecosystem, Factor, Relation


def map_rows() -> list[tuple[type[Model], QuerySet]]:
    maps = Ecosystem.objects.published()
    return [
        (Ecosystem, maps),
        links(Actor, "ecosystem", maps),
        links(Factor, "ecosystem", maps),
        links(Relation, "ecosystem", maps),
    ]

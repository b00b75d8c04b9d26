"""Demo maps, published, for realistic tasks (see ecosystem/demo_content.py)."""

from django.db import transaction

from cases.models import Case
from ecosystem import demo_content
from ecosystem.choices import EcosystemStatus
from ecosystem.models import Actor, Ecosystem, Factor, Relation


@transaction.atomic
def seed_ecosystems() -> int:
    existing = set(Ecosystem.objects.values_list("slug", flat=True))
    created = 0
    for row in demo_content.MAPS:
        if row["slug"] in existing:
            continue
        ecosystem = Ecosystem.objects.create(
            slug=row["slug"],
            title=row["title"],
            task=row["task"],
            new_reality=row["new_reality"],
            case=Case.objects.filter(slug=row["case"]).first() if row["case"] else None,
            status=EcosystemStatus.PUBLISHED,
        )
        actors = {
            actor.name: actor
            for actor in Actor.objects.bulk_create(
                Actor(ecosystem=ecosystem, **fields) for fields in row["actors"]
            )
        }
        Factor.objects.bulk_create(
            Factor(ecosystem=ecosystem, **fields) for fields in row["factors"]
        )
        Relation.objects.bulk_create(
            Relation(
                ecosystem=ecosystem,
                source=actors[relation["source"]],
                target=actors[relation["target"]],
                kind=relation["kind"],
                note=relation["note"],
            )
            for relation in row["relations"]
        )
        # bulk_create sends no signals: index the map with its actors and factors now.
        Ecosystem.objects.filter(pk=ecosystem.pk).update_search_vector()
        created += 1
    return created

"""Demo maps, published, for realistic tasks, from ecosystem/demo/maps.toml."""

from pathlib import Path

from django.db import transaction

from cases.models import Case
from duurzaamdoor import demo_data
from duurzaamdoor.choices import PartyCode
from ecosystem.choices import ActorKind, EcosystemStatus, FactorEffect, FactorKind, RelationKind
from ecosystem.models import Actor, Ecosystem, Factor, Relation

DATA = Path(__file__).resolve().parent / "demo"

ACTOR = {
    "name": str,
    "party": PartyCode,
    "kind": ActorKind,
    "contributes": bool,
    "strengthen": bool,
    "influence": int,
    "interest": int,
    "note": str,
}
FACTOR = {"name": str, "kind": FactorKind, "effect": FactorEffect, "weight": int, "note": str}
RELATION = {"source": str, "target": str, "kind": RelationKind, "note": str}
MAP = {
    "slug": str,
    "title": str,
    "task": str,
    "new_reality": str,
    "case": str | None,
    "actors": demo_data.Tables(ACTOR),
    "factors": demo_data.Tables(FACTOR),
    "relations": demo_data.Tables(RELATION),
}


def demo_maps(directory: Path | None = None) -> list[dict]:
    """The entries of maps.toml, checked, with every relation between actors of its map."""
    path = (directory or DATA) / "maps.toml"
    maps = demo_data.load(path, "maps", MAP)
    for number, row in enumerate(maps, 1):
        place = f"{demo_data.label('maps', number, row)}, relations"
        names = [actor["name"] for actor in row["actors"]]
        for key in ("source", "target"):
            demo_data.check_references(
                path, place, row["relations"], key, names, "de actors van deze kaart"
            )
    return maps


@transaction.atomic
def seed_ecosystems() -> int:
    existing = set(Ecosystem.objects.values_list("slug", flat=True))
    created = 0
    for row in demo_maps():
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

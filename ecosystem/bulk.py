"""Volume data: many ecosystem maps with their actors, factors and relations, reproducibly."""

import random
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from duurzaamdoor.choices import PartyCode
from ecosystem.choices import ActorKind, EcosystemStatus, FactorEffect, FactorKind, RelationKind
from ecosystem.models import Actor, Ecosystem, Factor, Relation

ORGANISATIONS = ["Gemeente", "Provincie", "Waterschap", "Hogeschool", "ROC", "Kennisinstituut",
                 "Bouwbedrijf", "Recyclingbedrijf", "Bewonersinitiatief", "Stichting",
                 "Jongerenraad", "Ministerie", "Kringloop", "Netwerk", "Coöperatie"]  # fmt: skip
TASKS = ["circulair bouwen", "textielinzameling", "biobased materialen", "kunststofketen",
         "voedselreststromen", "hergebruik van meubilair"]  # fmt: skip


def create_bulk_maps(
    count: int,
    *,
    actors_per_map: int = 30,
    factors_per_map: int = 8,
    relations_per_map: int | None = None,
    seed: int = 1,
    prefix: str = "bulk",
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    rng = random.Random(seed + 2000 + actors_per_map)  # noqa: S311 - reproducible test data
    existing = set(
        Ecosystem.objects.filter(slug__startswith=f"{prefix}-{seed}-").values_list(
            "slug", flat=True
        )
    )
    created = 0
    for number in range(1, count + 1):
        slug = f"{prefix}-{seed}-{number}"
        task = rng.choice(TASKS)
        actors = [
            Actor(
                name=f"{rng.choice(ORGANISATIONS)} {index}",
                party=rng.choice(PartyCode.values),
                kind=rng.choice(ActorKind.values),
                contributes=rng.random() < 0.5,
                strengthen=rng.random() < 0.3,
                influence=rng.randint(1, 5),
                interest=rng.randint(1, 5),
                note="",
            )
            for index in range(1, actors_per_map + 1)
        ]
        factors = [
            Factor(
                name=f"Factor {index} voor {task}",
                kind=rng.choice(FactorKind.values),
                effect=rng.choice(FactorEffect.values),
                weight=rng.randint(1, 3),
            )
            for index in range(1, factors_per_map + 1)
        ]
        published = number == 1 or rng.random() < 0.8  # the first is always public
        relations = actors_per_map // 2 if relations_per_map is None else relations_per_map
        pairs = [rng.sample(range(actors_per_map), 2) for _ in range(relations)]
        if slug in existing:
            progress(1)
            continue
        with transaction.atomic():
            ecosystem = Ecosystem.objects.create(
                slug=slug,
                title=f"Ecosysteem {task} ({number})",
                task=f"Een regio werkt aan {task}.",
                new_reality=f"In 2030 is {task} de gewoonste zaak van de wereld.",
                status=EcosystemStatus.PUBLISHED if published else EcosystemStatus.DRAFT,
                published_at=timezone.now(),
            )
            for item in (*actors, *factors):
                item.ecosystem = ecosystem
            saved = Actor.objects.bulk_create(actors)
            Factor.objects.bulk_create(factors)
            Relation.objects.bulk_create(
                Relation(
                    ecosystem=ecosystem,
                    source=saved[a],
                    target=saved[b],
                    kind=rng.choice(RelationKind.values),
                )
                for a, b in pairs
            )
            Ecosystem.objects.filter(pk=ecosystem.pk).update_search_vector()
        created += 1
        progress(1)
    return created

"""Volume data: meetings with statements and many positions, reproducibly."""

import datetime
import random
import secrets
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from duurzaamdoor.choices import PartyCode
from meetings.models import Meeting, Position, Statement

STATEMENTS_PER_MEETING = 5
STATEMENTS = [
    "Circulaire doelen horen in de inkoopkalender.",
    "De afvalregelgeving remt hergebruik in onze regio.",
    "Ondernemers zijn verder dan de overheid.",
    "De nieuwe generatie moet een vaste stem krijgen.",
    "Provincies en gemeenten werken te weinig samen in de uitvoering.",
    "Lef kun je leren.",
]  # fmt: skip


def create_bulk_meetings(
    count: int,
    *,
    positions: int = 0,
    seed: int = 1,
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    rng = random.Random(seed + 3000)  # noqa: S311 - reproducible test data
    existing = set(
        Meeting.objects.filter(slug__startswith=f"bulk-{seed}-").values_list("slug", flat=True)
    )
    per_statement = max(1, positions // max(1, count * STATEMENTS_PER_MEETING)) if positions else 0
    start = timezone.make_aware(datetime.datetime(2022, 3, 1, 13))
    created = 0
    for number in range(1, count + 1):
        slug = f"bulk-{seed}-{number}"
        if slug in existing:
            progress(1)
            continue
        with transaction.atomic():
            meeting = Meeting.objects.create(
                kind=rng.choice(["ronde_tafel", "lef_talk", "werksessie"]),
                title=f"Ronde Tafel {number}",
                slug=slug,
                starts_at=start + datetime.timedelta(days=7 * number),
                place="Utrecht",
                summary="Een bijeenkomst over de rol van de ambtenaar in de transitie.",
                is_published=True,
            )
            statements = Statement.objects.bulk_create(
                Statement(meeting=meeting, text=text, order=order, is_open=False)
                for order, text in enumerate(rng.sample(STATEMENTS, STATEMENTS_PER_MEETING), 1)
            )
            participants = [secrets.token_hex(16) for _ in range(per_statement)]
            Position.objects.bulk_create(
                Position(
                    statement=statement,
                    participant=participant,
                    value=rng.randint(1, 5),
                    party=rng.choice(["", *PartyCode.values]),
                    created_at=meeting.starts_at,
                    updated_at=meeting.starts_at,
                )
                for statement in statements
                for participant in participants
            )
            Meeting.objects.filter(pk=meeting.pk).update_search_vector()
        created += 1
        progress(1)
    return created

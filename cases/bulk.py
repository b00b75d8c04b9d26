"""Volume data: many cases, reproducibly (slugs ``bulk-<seed>-<n>``; existing ones skipped)."""

import datetime
import random
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from cases.workflow import PUBLIC_STATUSES
from duurzaamdoor.choices import PartyCode, Region

BATCH_SIZE = 500
TOPICS = ["bouwmaterialen", "textiel", "bermgras", "zuiveringsslib", "meubilair", "kunststof",
          "elektronica", "voedselresten", "glas", "hout"]  # fmt: skip
SUMMARIES = [
    "Een regionaal team liep vast op de vraag wie de opslag van {topic} betaalt.",
    "De afvalstatus van {topic} maakte hergebruik in de provincies onmogelijk.",
    "Ondernemers wilden wel, maar de aanbesteding vroeg om nieuwe {topic}.",
    "Zonder afspraken tussen gemeenten bleef {topic} in de restafvalstroom.",
]  # fmt: skip


def create_bulk_cases(
    count: int, *, seed: int = 1, progress: Callable[[int], None] = lambda n: None
) -> int:
    rng = random.Random(seed + 1000)  # noqa: S311 - reproducible test data
    existing = set(
        Case.objects.filter(slug__startswith=f"bulk-{seed}-").values_list("slug", flat=True)
    )
    start = timezone.make_aware(datetime.datetime(2022, 1, 1, 10))
    statuses = CaseStatus.values
    created = 0
    for first in range(0, count, BATCH_SIZE):
        rows = []
        for number in range(first + 1, min(first + BATCH_SIZE, count) + 1):
            topic = rng.choice(TOPICS)
            status = rng.choice(statuses)
            public = status in (CaseStatus.INZICHTEN_GEDEELD, CaseStatus.AFGEROND) or (
                status in PUBLIC_STATUSES and rng.random() < 0.5
            )
            submitted = start + datetime.timedelta(days=rng.randrange(0, 4 * 365))
            case = Case(
                slug=f"bulk-{seed}-{number}",
                title=f"Hergebruik van {topic} stokt ({number})",
                public_title=f"Hergebruik van {topic} stokt ({number})" if public else "",
                transition_task=f"Meer hergebruik van {topic} in de regio.",
                region=rng.choice(Region.values),
                organisation="Gemeente Voorbeeld",
                bottleneck=rng.choice(SUMMARIES).format(topic=topic),
                help_wanted="Meedenken over een oplossing.",
                contact_name="Voorbeeld Indiener",
                contact_email=f"indiener{number}@example.org",
                consent_version="2026-11-28",
                consented_at=submitted,
                submitted_at=submitted,
                status=status,
                status_changed_at=submitted + datetime.timedelta(days=rng.randrange(0, 60)),
                public_summary=rng.choice(SUMMARIES).format(topic=topic) if public else "",
                insights=f"## Wat hielp\n\nVroeg de ketenpartners bij {topic} betrekken."
                if public
                else "",
                is_public=public,
            )
            parties = rng.sample(PartyCode.values, k=rng.randint(1, 3))
            rows.append((case, parties))
        new = [(case, parties) for case, parties in rows if case.slug not in existing]
        with transaction.atomic():
            cases = Case.objects.bulk_create([case for case, _ in new])
            PartyLink = Case.parties.through
            PartyLink.objects.bulk_create(
                PartyLink(case_id=case.pk, party_id=code)
                for case, parties in new
                for code in parties
            )
            CaseEvent.objects.bulk_create(
                CaseEvent(case=case, to_status=CaseStatus.INGEDIEND, created_at=case.submitted_at)
                for case in cases
            )
            Case.objects.filter(pk__in=[case.pk for case in cases]).update_search_vector()
        created += len(cases)
        progress(len(rows))
    return created

"""Demo meetings: the Ronde Tafel of 10 July 2025 with results, a LEF-Talk, and one to come."""

import datetime
import random
import secrets

from django.db import transaction
from django.utils import timezone

from cases.models import Case
from lessons.meetings import Meeting, Position, Statement
from lessons.models import Lesson, Source

RONDE_TAFEL_SUMMARY = """\
Ruim dertig ambtenaren van Rijk, provincies, gemeenten en waterschappen, met partners uit
onderwijs, onderzoek en het bedrijfsleven, spraken over **de rol van de ambtenaar in de
circulaire transitie**. Bij elke stelling kozen de deelnemers letterlijk een plek in de
zaal, en daarna begon het gesprek.

## Wat opviel

- Over lef was iedereen het eens, over mandaat niet: uitvoerders willen ruimte, beleidsmakers
  willen eerst afspraken op papier.
- De inkoopkalender bleek voor velen een onbekend maar krachtig instrument.
- Ondernemers en de nieuwe generatie zagen de afvalregelgeving vaker als excuus dan als
  echte rem.

## Vervolg

De tafel werkt de inzichten uit tot lessen en neemt twee vastgelopen cases mee naar de
volgende werksessie.
"""

RONDE_TAFEL_STATEMENTS = [
    # (text, how the room leaned: a weight per position 1..5)
    (
        "Als ambtenaar moet je soms buiten je mandaat durven te handelen om een circulaire "
        "opgave vooruit te helpen.",
        (2, 4, 3, 6, 4),
    ),
    (
        "Circulaire doelen horen in de inkoopkalender, niet alleen in het beleidsplan.",
        (1, 1, 2, 6, 8),
    ),
    (
        "De afvalregelgeving is de grootste rem op hergebruik van materialen in onze regio.",
        (3, 5, 3, 5, 3),
    ),
    ("Ondernemers zijn verder in de circulaire transitie dan de overheid.", (2, 3, 4, 6, 3)),
    (
        "De nieuwe generatie moet een vaste stem krijgen in circulaire beleidsvorming.",
        (1, 2, 3, 5, 7),
    ),
    (
        "Samenwerking tussen provincies en gemeenten gaat nu vooral over afstemming en te weinig "
        "over uitvoering.",
        (1, 2, 4, 7, 4),
    ),
]
ROOM = [
    *["rijk"] * 5, *["decentraal"] * 9, *["onderwijs"] * 3, *["onderzoek"] * 3,
    *["ondernemers"] * 4, *["burgers"] * 2, *["maatschappelijk"] * 3, *["nieuwe-generatie"] * 3,
    "", "",
]  # fmt: skip


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _ronde_tafel() -> None:
    meeting = Meeting.objects.create(
        kind="ronde_tafel",
        title="Ronde Tafel: de rol van de ambtenaar in de circulaire transitie",
        slug="ronde-tafel-10-juli-2025",
        starts_at=_at(datetime.date(2025, 7, 10), 13),
        place="Utrecht, Stadsbibliotheek Neude",
        summary=RONDE_TAFEL_SUMMARY,
        is_published=True,
    )
    meeting.sources.set(Source.objects.filter(slug="ronde-tafel-10-juli-2025"))
    meeting.lessons.set(
        Lesson.objects.filter(
            slug__in=[
                "vraag-je-mandaat-op-papier-voordat-je-experimenteert",
                "lef-is-geen-karaktertrek-maar-een-teamafspraak",
                "begin-bij-de-inkoopkalender-niet-bij-het-beleid",
            ]
        )
    )
    meeting.cases.set(Case.objects.public()[:2])
    rng = random.Random(20250710)  # noqa: S311 - reproducible demo data
    participants = [(secrets.token_hex(16), party) for party in ROOM]
    moment = _at(datetime.date(2025, 7, 10), 14)
    for order, (text, weights) in enumerate(RONDE_TAFEL_STATEMENTS, 1):
        statement = Statement.objects.create(meeting=meeting, text=text, order=order)
        Position.objects.bulk_create(
            Position(
                statement=statement,
                participant=participant,
                value=rng.choices(range(1, 6), weights=weights)[0],
                party=party,
                created_at=moment,
                updated_at=moment,
            )
            for participant, party in participants
        )


def _lef_talk() -> None:
    meeting = Meeting.objects.create(
        kind="lef_talk",
        title="LEF-Talk: inkopen met impact",
        slug="lef-talk-inkopen-met-impact-2022",
        starts_at=_at(datetime.date(2022, 6, 16), 15),
        place="Online",
        summary=(
            "Drie inkopers vertelden hoe zij circulaire eisen in hun aanbestedingen kregen, en "
            "waar het toch misging in het contractmanagement."
        ),
        is_published=True,
    )
    meeting.sources.set(Source.objects.filter(slug="lef-talk-inkopen-met-impact"))
    meeting.lessons.set(
        Lesson.objects.filter(
            slug__in=[
                "koop-de-functie-in-plaats-van-het-product",
                "circulaire-ambities-sneuvelen-in-het-contractmanagement",
            ]
        )
    )


def _upcoming() -> None:
    day = timezone.localdate() + datetime.timedelta(days=21)
    meeting = Meeting.objects.create(
        kind="werksessie",
        title="Werksessie: circulair inkopen in de regio",
        slug="werksessie-circulair-inkopen-in-de-regio",
        starts_at=_at(day, 14),
        place="Zwolle, Provinciehuis Overijssel",
        summary=(
            "Een middag met inkopers en beleidsmakers uit de regio over de vraag hoe je "
            "circulaire eisen van papier naar praktijk brengt. Neem je eigen inkoopkalender mee."
        ),
        is_published=True,
    )
    Statement.objects.create(
        meeting=meeting,
        text="Elke aanbesteding boven de 50.000 euro moet een circulaire eis bevatten.",
        order=1,
        is_open=True,
    )
    Statement.objects.create(
        meeting=meeting,
        text="Regionale inkopers moeten hun marktconsultaties samen organiseren.",
        order=2,
    )


@transaction.atomic
def seed_meetings() -> int:
    created = 0
    existing = set(Meeting.objects.values_list("slug", flat=True))
    for slug, make in [
        ("ronde-tafel-10-juli-2025", _ronde_tafel),
        ("lef-talk-inkopen-met-impact-2022", _lef_talk),
        ("werksessie-circulair-inkopen-in-de-regio", _upcoming),
    ]:
        if slug not in existing:
            make()
            created += 1
    return created

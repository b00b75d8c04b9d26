"""Volume data for benchmarks: many plausible lessons, quickly and reproducibly.

The same ``seed`` always produces the same lessons (slugs ``bulk-<seed>-<n>``), and lessons
that already exist are skipped, so runs on a given database are comparable.
"""

import datetime
import random
from collections.abc import Callable, Iterator

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from duurzaamdoor.choices import PartyCode
from lessons.choices import LessonStatus, SourceKind
from lessons.models import Audience, Lesson, Source, TaggedLesson, ThemeTag

BATCH_SIZE = 1000

THEMES = [
    "circulair inkopen", "bouw", "textiel", "biomassa", "water", "kunststoffen", "grondstoffen",
    "rol van de ambtenaar", "samenwerking met ondernemers", "onderwijs", "nieuwe generatie",
    "regelgeving", "financiering", "ketensamenwerking", "monitoring", "gedrag", "energie",
    "voedsel", "mobiliteit", "elektronica",
]  # fmt: skip
SUBJECTS = [
    "de inkoopkalender", "een materialenpaspoort", "de afvalstatus", "een regionale hub",
    "de uitvraag", "het mandaat", "een pilot", "de businesscase", "de ketenpartners",
    "het bestek", "de jongerenraad", "het mbo", "de aanbesteding", "de omgevingsvisie",
    "het restafval", "de statiegeldregeling", "hergebruikt beton", "oude werkkleding",
]  # fmt: skip
VERBS = [
    "Begin bij", "Betrek vroeg", "Maak ruimte voor", "Durf te kiezen voor", "Veranker",
    "Meet het effect van", "Deel de risico's van", "Organiseer tegenspraak over",
]  # fmt: skip
SENTENCES = [
    "Voorlopers merkten dat {subject} pas werkt als de organisatie er eigenaarschap voor voelt.",
    "In de praktijk liep het vast op tijd, geld en het ontbreken van een duidelijke opdracht.",
    "Door grondstoffen en materialen expliciet te benoemen, werd het gesprek concreet.",
    "Provincies en gemeenten die samen optrokken, kwamen sneller tot resultaat.",
    "Ondernemers willen zekerheid over de vraag op lange termijn voordat ze investeren.",
    "Het hielp om een kleine proef te doen en de lessen daarvan breed te delen.",
    "Zonder steun van de bestuurder bleef het bij goede bedoelingen.",
    "Studenten brachten frisse vragen mee die vastgeroeste aannames doorbraken.",
]  # fmt: skip


def _ensure_vocabulary() -> tuple[list, list, list]:
    themes = [ThemeTag.objects.get_or_create(name=name)[0] for name in THEMES]
    audiences = list(Audience.objects.all())
    if not audiences:
        audiences = [
            Audience.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in ("Beleidsmedewerkers", "Inkopers", "Projectleiders", "Bestuurders")
        ]
    sources = list(Source.objects.all())
    if not sources:
        sources = [
            Source.objects.get_or_create(
                slug=f"bulkbron-{n}",
                defaults={"title": f"Bron {n}", "kind": SourceKind.values[n % len(SourceKind)]},
            )[0]
            for n in range(1, 9)
        ]
    return themes, audiences, sources


def _lesson(rng: random.Random, seed: int, number: int, sources: list) -> Lesson:
    subject = rng.choice(SUBJECTS)
    title = f"{rng.choice(VERBS)} {subject} ({number})"
    sentences = rng.sample(SENTENCES, k=5)
    body = "## Wat we leerden\n\n" + " ".join(s.format(subject=subject) for s in sentences)
    days = rng.randrange(0, 7 * 365)
    published = timezone.make_aware(datetime.datetime(2019, 1, 1, 9)) + datetime.timedelta(days)
    return Lesson(
        slug=f"bulk-{seed}-{number}",
        title=title,
        lead=sentences[0].format(subject=subject),
        body=body,
        status=LessonStatus.PUBLISHED,
        published_at=published,
        source=rng.choice(sources),
    )


def _batches(total: int) -> Iterator[range]:
    for start in range(0, total, BATCH_SIZE):
        yield range(start, min(start + BATCH_SIZE, total))


def create_bulk_lessons(
    count: int, *, seed: int = 1, progress: Callable[[int], None] = lambda n: None
) -> int:
    """Create up to ``count`` bulk lessons; calls ``progress`` with each batch's size."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    themes, audiences, sources = _ensure_vocabulary()
    existing = set(
        Lesson.objects.filter(slug__startswith=f"bulk-{seed}-").values_list("slug", flat=True)
    )
    AudienceLink = Lesson.audiences.through
    PartyLink = Lesson.parties.through
    created = 0
    for batch in _batches(count):
        # Every lesson is drawn, existing ones too, so that a seed always gives the same data.
        drawn = [
            (
                _lesson(rng, seed, number + 1, sources),
                rng.sample(themes, k=rng.randint(1, 3)),
                rng.sample(audiences, k=rng.randint(1, min(2, len(audiences)))),
                rng.sample(PartyCode.values, k=rng.randint(1, 3)),
            )
            for number in batch
        ]
        new = [row for row in drawn if row[0].slug not in existing]
        with transaction.atomic():
            # Postgres and SQLite both return the new primary keys.
            lessons = Lesson.objects.bulk_create([lesson for lesson, *_ in new])
            TaggedLesson.objects.bulk_create(
                TaggedLesson(content_object=lesson, tag=theme)
                for lesson, lesson_themes, _, _ in new
                for theme in lesson_themes
            )
            AudienceLink.objects.bulk_create(
                AudienceLink(lesson_id=lesson.pk, audience_id=audience.pk)
                for lesson, _, lesson_audiences, _ in new
                for audience in lesson_audiences
            )
            PartyLink.objects.bulk_create(
                PartyLink(lesson_id=lesson.pk, party_id=code)
                for lesson, _, _, codes in new
                for code in codes
            )
            Lesson.objects.filter(pk__in=[lesson.pk for lesson in lessons]).update_search_vector()
        created += len(lessons)
        progress(len(batch))
    return created

"""Demo lessons for a fresh installation (see lessons/demo_content.py for the texts).

Only what is missing is created: a lesson the secretary has edited keeps the edits when
``seed_demo`` runs again.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from lessons import demo_content
from lessons.models import Audience, Lesson, Pioneer, Source


@transaction.atomic
def seed_lessons() -> dict[str, int]:
    """Create the demo audiences, sources, pioneers and lessons; returns counts created."""
    created = {"audiences": 0, "sources": 0, "pioneers": 0, "lessons": 0}
    audiences = {}
    for row in demo_content.AUDIENCES:
        audiences[row["slug"]], new = Audience.objects.get_or_create(slug=row["slug"], defaults=row)
        created["audiences"] += new
    sources = {}
    for row in demo_content.SOURCES:
        sources[row["slug"]], new = Source.objects.get_or_create(slug=row["slug"], defaults=row)
        created["sources"] += new
    pioneers = {}
    for row in demo_content.PIONEERS:
        pioneers[row["slug"]], new = Pioneer.objects.get_or_create(slug=row["slug"], defaults=row)
        created["pioneers"] += new

    existing = set(Lesson.objects.values_list("slug", flat=True))
    for row in demo_content.LESSONS:
        if row["slug"] in existing:
            continue
        lesson = Lesson.objects.create(
            slug=row["slug"],
            title=row["title"],
            lead=row["lead"],
            body=row["body"],
            status=row["status"],
            published_at=_as_datetime(row["published_at"]),
            source=sources.get(row["source"]) if row["source"] else None,
        )
        lesson.themes.set(row["themes"])
        lesson.audiences.set([audiences[slug] for slug in row["audiences"]])
        lesson.parties.set(row["parties"])
        lesson.pioneers.set([pioneers[slug] for slug in row["pioneers"]])
        created["lessons"] += 1
    return created


def _as_datetime(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))

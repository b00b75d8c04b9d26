"""Demo lessons for a fresh installation, from the data files in lessons/demo/.

Only what is missing is created: a lesson the secretary has edited keeps the edits when
``seed_demo`` runs again.
"""

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from duurzaamdoor import demo_data
from duurzaamdoor.choices import GovernmentLayer, PartyCode, Region
from lessons.choices import LessonStatus, SourceKind
from lessons.models import Audience, Lesson, Pioneer, Source

DATA = Path(__file__).resolve().parent / "demo"

AUDIENCE = {"slug": str, "name": str, "description": str}
SOURCE = {
    "slug": str,
    "kind": SourceKind,
    "title": str,
    "date": datetime.date,
    "url": str,
    "summary": str,
}
PIONEER = {
    "slug": str,
    "name": str,
    "role": str,
    "organisation": str,
    "government_layer": GovernmentLayer,
    "region": Region,
    "bio": str,
    "may_publish": bool,
}
LESSON = {
    "slug": str,
    "title": str,
    "lead": str,
    "body": str,
    "themes": list[str],
    "audiences": list[str],
    "parties": list[PartyCode],
    "pioneers": list[str],
    "source": str | None,
    "status": LessonStatus,
    "published_at": datetime.date | None,
}
FILES = {"audiences": AUDIENCE, "sources": SOURCE, "pioneers": PIONEER, "lessons": LESSON}


def demo_lessons(directory: Path | None = None) -> dict[str, list[dict]]:
    """The entries of audiences.toml, sources.toml, pioneers.toml and lessons.toml, checked,
    with every slug a lesson refers to defined in its file."""
    directory = directory or DATA
    content = {
        name: demo_data.load(directory / f"{name}.toml", name, schema)
        for name, schema in FILES.items()
    }
    for key, name in [("audiences", "audiences"), ("pioneers", "pioneers"), ("source", "sources")]:
        demo_data.check_references(
            directory / "lessons.toml",
            "lessons",
            content["lessons"],
            key,
            (row["slug"] for row in content[name]),
            f"{name}.toml",
        )
    return content


@transaction.atomic
def seed_lessons() -> dict[str, int]:
    """Create the demo audiences, sources, pioneers and lessons; returns counts created."""
    content = demo_lessons()
    created = {"audiences": 0, "sources": 0, "pioneers": 0, "lessons": 0}
    audiences = {}
    for row in content["audiences"]:
        audiences[row["slug"]], new = Audience.objects.get_or_create(slug=row["slug"], defaults=row)
        created["audiences"] += new
    sources = {}
    for row in content["sources"]:
        sources[row["slug"]], new = Source.objects.get_or_create(slug=row["slug"], defaults=row)
        created["sources"] += new
    pioneers = {}
    for row in content["pioneers"]:
        pioneers[row["slug"]], new = Pioneer.objects.get_or_create(slug=row["slug"], defaults=row)
        created["pioneers"] += new

    existing = set(Lesson.objects.values_list("slug", flat=True))
    for row in content["lessons"]:
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

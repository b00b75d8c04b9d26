"""Demo meetings: the Ronde Tafel of 10 July 2025 with results, a LEF-Talk, and one to come.

What they say is in ``demo/meetings.toml``; this module only loads it. A meeting whose slug
exists already is left alone, so that loading again keeps what the secretary changed.
"""

import datetime
import random
import secrets
import tomllib
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from cases.models import Case
from lessons.models import Lesson, Source
from meetings.models import Meeting, Position, Statement

DEMO_FILE = Path(__file__).parent / "demo" / "meetings.toml"


def _starts_at(data: dict) -> datetime.datetime:
    if "starts_in_days" in data:
        day = timezone.localdate() + datetime.timedelta(days=data["starts_in_days"])
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(data["hour"])))
    return timezone.make_aware(data["starts_at"])


def _room(data: dict) -> list[tuple[str, str]]:
    """A new anonymous participant for each seat in the room, with their party."""
    return [
        (secrets.token_hex(16), party)
        for party, seats in data.get("room", {}).items()
        for _seat in range(seats)
    ]


def _create(data: dict) -> None:
    meeting = Meeting.objects.create(
        kind=data["kind"],
        title=data["title"],
        slug=data["slug"],
        starts_at=_starts_at(data),
        place=data["place"],
        summary=data["summary"],
        is_published=True,
    )
    meeting.sources.set(Source.objects.filter(slug__in=data.get("sources", [])))
    meeting.lessons.set(Lesson.objects.filter(slug__in=data.get("lessons", [])))
    if data.get("public_cases"):
        meeting.cases.set(Case.objects.public()[: data["public_cases"]])
    participants = _room(data)
    rng = random.Random(data.get("random_seed"))  # noqa: S311 - reproducible demo data
    moment = timezone.make_aware(data["voted_at"]) if participants else None
    for order, item in enumerate(data.get("statements", []), 1):
        statement = Statement.objects.create(
            meeting=meeting, text=item["text"], order=order, is_open=item.get("open", False)
        )
        Position.objects.bulk_create(
            Position(
                statement=statement,
                participant=participant,
                value=rng.choices(range(1, 6), weights=item["weights"])[0],
                party=party,
                created_at=moment,
                updated_at=moment,
            )
            for participant, party in participants
        )


@transaction.atomic
def seed_meetings() -> int:
    """Create the demo meetings that are missing; returns how many."""
    with DEMO_FILE.open("rb") as file:
        meetings = tomllib.load(file)["meetings"]
    existing = set(Meeting.objects.values_list("slug", flat=True))
    missing = [data for data in meetings if data["slug"] not in existing]
    for data in missing:
        _create(data)
    return len(missing)

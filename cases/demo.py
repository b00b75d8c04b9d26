"""Demo cases in every status, from cases/demo/cases.toml. Creates only what is missing."""

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from duurzaamdoor import demo_data
from duurzaamdoor.choices import PartyCode, Region
from duurzaamdoor.privacy import PRIVACY_STATEMENT_VERSION
from lessons.models import Lesson

DATA = Path(__file__).resolve().parent / "demo"

EVENT = {"to_status": CaseStatus, "date": datetime.date, "public_message": str}
CASE = {
    "slug": str,
    "title": str,
    "transition_task": str,
    "region": Region,
    "organisation": str,
    "bottleneck": str,
    "tried": str,
    "help_wanted": str,
    "parties": list[PartyCode],
    "contact_name": str,
    "contact_email": str,
    "submitted_at": datetime.date,
    "status": CaseStatus,
    "private_notes": str,
    "public_summary": str,
    "insights": str,
    "is_public": bool,
    "lessons": list[str],
    "events": demo_data.Tables(EVENT),
}


def demo_cases(directory: Path | None = None) -> list[dict]:
    """The entries of cases.toml, checked. A case links to the lessons of its slugs that
    exist, as the secretary would."""
    return demo_data.load((directory or DATA) / "cases.toml", "cases", CASE)


def _moment(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@transaction.atomic
def seed_cases() -> int:
    existing = set(Case.objects.values_list("slug", flat=True))
    created = 0
    for row in demo_cases():
        if row["slug"] in existing:
            continue
        submitted = _moment(row["submitted_at"])
        events = row["events"]
        last_change = _moment(events[-1]["date"]) if events else submitted
        case = Case.objects.create(
            slug=row["slug"],
            title=row["title"],
            public_title=row["title"] if row["is_public"] else "",
            transition_task=row["transition_task"],
            region=row["region"],
            organisation=row["organisation"],
            bottleneck=row["bottleneck"],
            tried=row["tried"],
            help_wanted=row["help_wanted"],
            contact_name=row["contact_name"],
            contact_email=row["contact_email"],
            consent_version=PRIVACY_STATEMENT_VERSION,
            consented_at=submitted,
            submitted_at=submitted,
            status=row["status"],
            status_changed_at=last_change,
            public_summary=row["public_summary"],
            insights=row["insights"],
            is_public=row["is_public"],
            private_notes=row["private_notes"],
        )
        case.parties.set(row["parties"])
        case.lessons.set(Lesson.objects.filter(slug__in=row["lessons"]))
        previous = CaseStatus.INGEDIEND
        CaseEvent.objects.create(case=case, to_status=previous, created_at=submitted)
        for event in events:
            CaseEvent.objects.create(
                case=case,
                from_status=previous,
                to_status=event["to_status"],
                created_at=_moment(event["date"]),
                public_message=event["public_message"],
            )
            previous = event["to_status"]
        created += 1
    return created

"""The reads of meetings: a meeting's page, the positions that count, the results per
party, and what the projector and the secretary see of the positions coming in.

Every result, export and chart reads positions through :func:`counted_positions`, so a
position the secretary voided counts nowhere.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMinute
from django.utils import timezone
from django.utils.translation import gettext as _

from cases.models import Case
from duurzaamdoor.choices import PartyCode
from duurzaamdoor.links import Link, LinkLists, Part
from lessons.models import Lesson, Source
from meetings.choices import Stance
from meetings.models import Meeting, Position, Statement

ACTIVITY_MINUTES = 10  # the projector shows new positions per minute for this long


# --- a meeting's page ---------------------------------------------------------------------

MEETING_LINKS = LinkLists(
    lambda meeting: dict(
        lessons=Part(Lesson.objects.published().filter(meetings=meeting), "slug", "title",
                     order=("-published_at", "-pk"), view="lessons:detail"),
        cases=Part(Case.objects.public().filter(meetings=meeting), "slug", "public_title",
                   order=("-submitted_at", "-pk"), view="cases:detail"),
        sources=Part(Source.objects.filter(meetings=meeting), "slug", "title",
                     order=("-date", "title", "pk"), view="lessons:source"),
    )
)  # fmt: skip


def meeting_with_statements(slug: str) -> tuple[Meeting, list, dict[str, list[Link]]] | None:
    """The meeting, its statements and its published lessons, public cases and sources
    (three queries), or None when there is no such meeting."""
    meeting = Meeting.objects.filter(slug=slug).first()
    if meeting is None:
        return None
    return meeting, list(meeting.statements.all()), MEETING_LINKS.of(meeting.pk)


def shown_results(statements: list[Statement], *, preview: bool) -> dict:
    """The results a page shows: of the closed statements only, since the results of an
    open one could sway the room; the secretary (``preview``) sees them all."""
    every = results(statements) if statements else {}
    if preview:
        return every
    closed = {statement.pk for statement in statements if not statement.is_open}
    return {pk: result for pk, result in every.items() if pk in closed}


# --- positions and results ---------------------------------------------------------------


def counted_positions(statements) -> QuerySet:
    """The positions of these statements (a list, a queryset or one) that count."""
    if isinstance(statements, Statement):
        statements = [statements]
    return Position.objects.counted().filter(statement__in=statements)


def participant_positions(statements: list[Statement], participant: str) -> dict:
    """The participant's counted positions, by statement id."""
    mine = counted_positions(statements).filter(participant=participant)
    return {position.statement_id: position for position in mine}


def counts_as_new(statement: Statement, participant: str | None) -> bool:
    """Would a position of this participant add one to the statement's count? Yes for a
    new participant, and for one without a counted position here (none yet, or voided);
    no for a change of a counted position."""
    if participant is None:
        return True
    return not counted_positions(statement).filter(participant=participant).exists()


# From "helemaal oneens" (dark red) through grey to "helemaal eens" (dark green).
STANCE_COLORS = {1: "#a3111f", 2: "#e8808a", 3: "#9aa39e", 4: "#5fae84", 5: "#005a36"}


@dataclass
class Bar:
    value: int
    label: str
    count: int
    percent: int
    offset: int = 0  # where this part starts in a stacked bar, in percent

    @property
    def color(self) -> str:
        return STANCE_COLORS[self.value]


@dataclass
class Distribution:
    label: str
    total: int
    bars: list[Bar]


@dataclass
class Result:
    overall: Distribution
    parties: list[Distribution] = field(default_factory=list)


def _distribution(
    label: str, counts: dict[int, int], stances: list[tuple[int, str]]
) -> Distribution:
    total = sum(counts.values())
    bars, offset = [], 0
    for value, value_label in stances:
        count = counts.get(value, 0)
        percent = round(100 * count / total) if total else 0
        bars.append(Bar(value, value_label, count, percent, offset))
        offset += percent
    return Distribution(label, total, bars)


def results(statements: list[Statement]) -> dict[int, Result]:
    """Distribution over the five values, overall and per party, for each statement (1 query)."""
    rows = (
        counted_positions(statements)
        .values("statement_id", "party", "value")
        .annotate(n=Count("pk"))
        .order_by()
    )
    per_statement: dict[int, dict[str, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        per_statement[row["statement_id"]][row["party"]][row["value"]] = row["n"]
    stances = [(value, str(label)) for value, label in Stance.choices]  # translated once
    party_labels = [(code, str(label)) for code, label in PartyCode.choices]
    out = {}
    for statement in statements:
        by_party = per_statement.get(statement.pk, {})
        overall: dict[int, int] = defaultdict(int)
        for counts in by_party.values():
            for value, n in counts.items():
                overall[value] += n
        parties = [
            _distribution(label, by_party[code], stances)
            for code, label in party_labels
            if code in by_party
        ]
        if "" in by_party:
            parties.append(_distribution(_("Geen partij opgegeven"), by_party[""], stances))
        out[statement.pk] = Result(_distribution(_("Iedereen"), overall, stances), parties)
    return out


# --- watching and voiding ----------------------------------------------------------------


@dataclass
class Minute:
    start: datetime.datetime  # local time
    count: int
    height: int = 0  # of its bar, in percent of the busiest minute shown

    @property
    def label(self) -> str:
        return self.start.strftime("%H:%M")

    @property
    def top(self) -> int:
        """Where its bar starts, from the top of a box 100 high."""
        return 100 - self.height


def _minute(moment: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(moment).replace(second=0, microsecond=0)


def positions_per_minute(
    statement: Statement, *, minutes: int = ACTIVITY_MINUTES, now: datetime.datetime | None = None
) -> list[Minute]:
    """New counted positions per minute over the last ``minutes`` minutes, oldest first
    (this minute included, empty minutes as 0), in one query."""
    last = _minute(now or timezone.now())
    first = last - datetime.timedelta(minutes=minutes - 1)
    rows = (
        counted_positions(statement)
        .filter(created_at__gte=first)
        .annotate(minute=TruncMinute("created_at"))
        .values("minute")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {_minute(row["minute"]): row["n"] for row in rows}
    shown = [
        Minute(start, counts.get(start, 0))
        for start in (first + datetime.timedelta(minutes=n) for n in range(minutes))
    ]
    busiest = max((minute.count for minute in shown), default=0)
    for minute in shown:
        minute.height = round(100 * minute.count / busiest) if busiest else 0
    return shown


@dataclass
class MinuteTally:
    start: datetime.datetime
    counted: int
    voided: int


def minute_tallies(statement: Statement, *, limit: int = 240) -> list[MinuteTally]:
    """For the secretary: every minute in which positions were taken on the statement,
    with how many count and how many were voided (the first ``limit`` minutes)."""
    rows = (
        Position.objects.filter(statement=statement)
        .annotate(minute=TruncMinute("created_at"))
        .values("minute")
        .annotate(
            counted=Count("pk", filter=Q(voided_at__isnull=True)),
            voided=Count("pk", filter=Q(voided_at__isnull=False)),
        )
        .order_by("minute")[:limit]
    )
    return [MinuteTally(_minute(row["minute"]), row["counted"], row["voided"]) for row in rows]


def window_positions(
    statement: Statement, start: datetime.datetime, end: datetime.datetime
) -> QuerySet:
    """The positions first taken from ``start`` up to (not including) ``end``."""
    return Position.objects.filter(statement=statement, created_at__gte=start, created_at__lt=end)

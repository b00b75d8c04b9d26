"""Taking a position on a statement, and the results per party."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from duurzaamdoor.choices import PartyCode
from lessons.choices import Stance
from lessons.meetings import Position, Statement


class StatementClosed(Exception):
    """The statement does not take positions (any more)."""


def position_record(*, statement: Statement, participant: str, value: int, party: str = "") -> None:
    """Store or change the participant's position in one statement, race-free.

    An INSERT ... ON CONFLICT DO UPDATE: two requests of the same participant at the same
    moment still leave one row.
    """
    if not statement.is_open:
        raise StatementClosed(_("Deze stelling is gesloten; je kunt geen positie meer innemen."))
    now = timezone.now()
    Position.objects.bulk_create(
        [
            Position(
                statement=statement,
                participant=participant,
                value=value,
                party=party,
                created_at=now,
                updated_at=now,
            )
        ],
        update_conflicts=True,
        unique_fields=["statement", "participant"],
        update_fields=["value", "party", "updated_at"],
    )


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
        Position.objects.filter(statement__in=statements)
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

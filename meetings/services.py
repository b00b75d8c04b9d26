"""The writes of meetings: taking a position on a statement, and voiding stuffed votes.

Voiding marks positions instead of deleting them: a window chosen wrongly can be undone
(:func:`positions_restore`), and every result, export and chart skips a voided position
because they all read through :func:`meetings.selectors.counted_positions`.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from meetings.models import Position, Statement
from meetings.selectors import window_positions


class StatementClosed(Exception):
    """The statement does not take positions (any more)."""


def position_record(*, statement: Statement, participant: str, value: int, party: str = "") -> None:
    """Store or change the participant's position in one statement, race-free.

    An INSERT ... ON CONFLICT DO UPDATE: two requests of the same participant at the same
    moment still leave one row. A voided position taken again counts again, as new (its
    time is now, so a later void of this minute catches it too).
    """
    if not statement.is_open:
        raise StatementClosed(_("Deze stelling is gesloten; je kunt geen positie meer innemen."))
    now = timezone.now()
    revived = Position.objects.voided().filter(statement=statement, participant=participant)
    if revived.update(value=value, party=party, created_at=now, updated_at=now, voided_at=None):
        return
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


def positions_void(statement: Statement, start: datetime.datetime, end: datetime.datetime) -> int:
    """Mark the counted positions taken in the window as voided; how many."""
    return window_positions(statement, start, end).counted().update(voided_at=timezone.now())


def positions_restore(
    statement: Statement, start: datetime.datetime, end: datetime.datetime
) -> int:
    """Let the voided positions taken in the window count again; how many."""
    return window_positions(statement, start, end).voided().update(voided_at=None)

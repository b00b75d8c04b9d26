"""An export made while meetings were still part of the lessons app loads as well."""

import io
import json

from duurzaamdoor import backup
from meetings.models import Meeting, Position, Statement
from tests.factories import StatementFactory


def _as_before_the_move(export: str) -> str:
    """The same export as the code before the move wrote it: meetings under "lessons"."""
    rows = json.loads(export)
    for row in rows:
        row["model"] = row["model"].replace("meetings.", "lessons.")
    return json.dumps(rows)


def test_an_export_from_before_the_move_loads_its_meetings(db):
    statement = StatementFactory(text="Lef kun je leren.", meeting__title="Ronde Tafel")
    Position.objects.create(statement=statement, participant="p1", value=4, party="rijk")
    stream = io.StringIO()
    backup.export_all(stream, with_history=True)
    old = _as_before_the_move(stream.getvalue())
    assert '"model": "lessons.meeting"' in old and '"model": "lessons.position"' in old
    Meeting.objects.all().delete()

    backup.import_all(io.StringIO(old))
    meeting = Meeting.objects.get()
    assert meeting.title == "Ronde Tafel"
    assert list(Statement.objects.values_list("meeting", "text")) == [
        (meeting.pk, "Lef kun je leren.")
    ]
    assert list(Position.objects.values_list("value", "party")) == [(4, "rijk")]

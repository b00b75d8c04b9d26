"""What the public sees of the meetings app, table by table (see
:mod:`duurzaamdoor.public_content`)."""

from django.db.models import Model, QuerySet

from duurzaamdoor.public_content import links
from meetings.models import Meeting, Position, Statement


def meeting_rows() -> list[tuple[type[Model], QuerySet]]:
    meetings = Meeting.objects.published()
    return [
        (Meeting, meetings),
        links(Statement, "meeting", meetings),
        links(Meeting.lessons.through, "meeting", meetings),
        links(Meeting.cases.through, "meeting", meetings),
        links(Meeting.sources.through, "meeting", meetings),
        # Results are public once a statement is closed; votes go to open statements.
        (
            Position,
            Position.objects.filter(statement__is_open=False, statement__meeting__in=meetings),
        ),
    ]

"""What of a meeting is searched and suggested (see :mod:`duurzaamdoor.searchable`)."""

from django.utils.translation import gettext_lazy as _

from duurzaamdoor.searchable import Searchable, Text
from meetings.models import PUBLISHED, Meeting


def _text(meeting: Meeting) -> str:
    return " ".join([meeting.summary, *(statement.text for statement in meeting.statements.all())])


MEETING = Searchable(
    Meeting,
    public=PUBLISHED,
    texts=(Text("title", "A"), Text("summary", "B"), Text("statements__text", "C")),
    code="bijeenkomsten",
    label=_("Bijeenkomst"),
    plural=_("Bijeenkomsten"),
    order=4,
    date_field="starts_at",
    snippet=_text,
    prefetch=("statements",),
)

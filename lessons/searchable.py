"""What of a lesson is searched and suggested (see :mod:`duurzaamdoor.searchable`)."""

import operator

from django.utils.translation import gettext_lazy as _

from duurzaamdoor.searchable import Searchable, Text
from lessons.models import Lesson
from lessons.querysets import PUBLISHED

LESSON = Searchable(
    Lesson,
    public=PUBLISHED,
    # The title weighs most, then the themes and the lead, then the body.
    texts=(Text("title", "A"), Text("themes__name", "B"), Text("lead", "B"), Text("body", "C")),
    code="lessen",
    label=_("Les"),
    plural=_("Lessen"),
    order=1,
    date_field="published_at",
    snippet=operator.attrgetter("search_text"),
)

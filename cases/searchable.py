"""What of a case is searched and suggested (see :mod:`duurzaamdoor.searchable`): only what
its public page shows, never the submitter's own text or the secretariat's notes."""

import operator

from django.utils.translation import gettext_lazy as _

from cases.models import Case
from cases.querysets import PUBLIC
from duurzaamdoor.searchable import Searchable, Text

CASE = Searchable(
    Case,
    public=PUBLIC,
    texts=(Text("public_title", "A"), Text("public_summary", "B"), Text("insights", "C")),
    code="cases",
    label=_("Praktijkcase"),
    plural=_("Praktijkcases"),
    order=2,
    date_field="submitted_at",
    snippet=lambda case: f"{case.public_summary} {case.insights}",
    title=operator.attrgetter("public_title"),
)

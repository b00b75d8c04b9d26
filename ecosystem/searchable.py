"""What of an ecosystem map is searched and suggested (see :mod:`duurzaamdoor.searchable`)."""

from django.utils.translation import gettext_lazy as _

from duurzaamdoor.searchable import Searchable, Text
from ecosystem.models import Ecosystem
from ecosystem.querysets import PUBLISHED

ECOSYSTEM = Searchable(
    Ecosystem,
    public=PUBLISHED,
    texts=(
        Text("title", "A"),
        Text("task", "B"),
        Text("new_reality", "B"),
        Text("actors__name", "C"),
        Text("factors__name", "C"),
    ),
    code="kaarten",
    label=_("Ecosysteemkaart"),
    plural=_("Ecosysteemkaarten"),
    order=3,
    date_field="published_at",
    snippet=lambda ecosystem: f"{ecosystem.task} {ecosystem.new_reality}",
)

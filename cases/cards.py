"""Case cards: what the case list shows of each case, read as plain rows, not model instances.

Twenty cases as instances were every column of each (the submitter's text too) and a
prefetch of their parties; as rows they are the few columns a card shows, and one query
(compiled once) for the parties of the page.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet

from cases.models import Case
from duurzaamdoor.links import detail_url
from duurzaamdoor.prepared import Prepared

FIELDS = ("pk", "public_title", "slug", "region", "status", "public_summary")


@dataclass
class CaseCard:
    pk: int
    title: str
    slug: str
    region: str
    status: str
    public_summary: str
    parties: list[str] = field(default_factory=list)  # party codes, in the parties' order

    @property
    def url(self) -> str:
        return detail_url("cases:detail", self.slug)


def card_rows(cases: QuerySet) -> QuerySet:
    """The rows cards are made of, in the order of ``cases``."""
    return cases.values_list(*FIELDS)


_PARTIES = Prepared(
    lambda ids: (
        Case.parties.through.objects.filter(case__any=ids)
        .order_by("party__position", "pk")
        .values_list("case_id", "party_id")
    )
)


def cards(rows) -> list[CaseCard]:
    """Cards for rows of :func:`card_rows`, with their parties (one query)."""
    made = [CaseCard(*row) for row in rows]
    if made:
        by_id = {card.pk: card for card in made}
        for case, party in _PARTIES.rows(list(by_id)):
            by_id[case].parties.append(party)
    return made

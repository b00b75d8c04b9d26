"""Lesson cards: what a list shows of each lesson, read as plain rows, not model instances.

Twenty cards with their sources and themes were forty-odd model instances and a prefetch;
as rows they are one query for the page and one (compiled once) for all their themes.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import QuerySet

from duurzaamdoor.links import detail_url
from duurzaamdoor.prepared import Prepared
from lessons.models import TaggedLesson, plain_text

FIELDS = ("pk", "title", "slug", "lead", "published_at", "source__title")


@dataclass
class Card:
    pk: int
    title: str
    slug: str
    lead: str
    published_at: datetime | None
    source: str | None
    body: str = ""
    themes: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return detail_url("lessons:detail", self.slug)

    @property
    def search_text(self) -> str:
        """The lesson as plain text, for search snippets (as ``Lesson.search_text``)."""
        return plain_text(self.lead, self.body)


def card_rows(lessons: QuerySet, *, with_text: bool = False) -> QuerySet:
    """The rows cards are made of, in the order of ``lessons``; with the body to quote from
    when ``with_text``."""
    return lessons.values_list(*FIELDS, *(("body",) if with_text else ()))


_THEMES = Prepared(
    lambda ids: (
        TaggedLesson.objects.filter(content_object__any=ids)
        .order_by("pk")
        .values_list("content_object_id", "tag__name")
    )
)


def cards(rows) -> list[Card]:
    """Cards for rows of :func:`card_rows`, with their themes (one query)."""
    made = [Card(*row) for row in rows]
    if made:
        by_id = {card.pk: card for card in made}
        for lesson, name in _THEMES.rows([card.pk for card in made]):
            by_id[lesson].themes.append(name)
    return made

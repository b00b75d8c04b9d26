"""The short lists of linked items on a detail page, in one query.

A lesson page names its themes, audiences, parties, pioneers, cases and meetings; a case
page its parties, maps, meetings and lessons. Prefetched one relation at a time that is a
query (and a set of model instances) each; here every list is one part of a single UNION
ALL, each part a queryset of the linked rows, in its own order.
"""

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import CharField, F, QuerySet, Value, Window
from django.db.models.functions import Cast, RowNumber, TruncDate
from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

from duurzaamdoor.prepared import Prepared


@dataclass(frozen=True)
class Link:
    pk: str
    slug: str
    label: str
    extra: str
    url: str
    date: datetime.date | None = None


@dataclass(frozen=True)
class Part:
    """The rows of one list: a queryset, the fields for slug, label and extra, the order,
    and the view that shows one item (None when the item has no page of its own)."""

    rows: QuerySet
    slug: str
    label: str
    extra: str | None = None
    order: tuple[str, ...] = ("pk",)
    view: str | None = None
    date: str | None = None  # a date or time field, shown as the local date


@functools.cache
def _around_slug(view: str, language: str, script_prefix: str) -> tuple[str, str]:
    url = reverse(view, kwargs={"slug": "slug"})
    start, _, end = url.rpartition("/slug/")
    return start + "/", "/" + end


def detail_url(view: str, slug: str) -> str:
    """``reverse(view, kwargs={"slug": slug})``, with one reverse per view and language."""
    start, end = _around_slug(view, get_language(), get_script_prefix())
    return f"{start}{slug}{end}"


class LinkLists:
    """Named lists of links around one owner (a lesson, a case …), in one query compiled
    once: ``parts(owner_id)`` gives the :class:`Part` of each list."""

    def __init__(self, parts: Callable[[object], dict[str, Part]]):
        self.parts = parts
        self.prepared = Prepared(lambda owner: _union(parts(owner)))
        self._views: dict[str, str | None] | None = None

    def of(self, owner_id) -> dict[str, list[Link]]:
        if self._views is None:
            self._views = {name: part.view for name, part in self.parts(0).items()}
        found: dict[str, list[Link]] = {name: [] for name in self._views}
        rows = self.prepared.rows(owner_id)
        for name, pk, slug, label, extra, day, _order in sorted(rows, key=lambda r: (r[0], r[6])):
            view = self._views[name]
            url = detail_url(view, slug) if view else ""
            when = datetime.date.fromisoformat(day) if day else None
            found[name].append(Link(pk, slug, label, extra or "", url, when))
        return found


def _union(parts: dict[str, Part]) -> QuerySet:
    text = CharField()
    selects = []
    for name, part in parts.items():
        order = [F(field[1:]).desc() if field.startswith("-") else F(field) for field in part.order]
        selects.append(
            part.rows.order_by()
            .annotate(
                kb_part=Value(name, output_field=text),
                kb_pk=Cast("pk", text),
                kb_slug=Cast(part.slug, text),
                kb_label=Cast(part.label, text),
                kb_extra=Cast(part.extra, text) if part.extra else Value("", output_field=text),
                kb_date=(
                    Cast(TruncDate(part.date), text) if part.date else Value("", output_field=text)
                ),
                kb_order=Window(RowNumber(), order_by=order),
            )
            .values_list(
                "kb_part", "kb_pk", "kb_slug", "kb_label", "kb_extra", "kb_date", "kb_order"
            )
        )
    return selects[0].union(*selects[1:], all=True) if len(selects) > 1 else selects[0]

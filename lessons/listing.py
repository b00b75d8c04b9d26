"""Pages of a set of lessons, in list order (newest first), from a bitmap of the set.

The filter index knows which lessons a selection holds (a bitmap) and how many; what is
left is to find the ones on the page asked for. A small set is looked up by id and
sorted; a larger one is found by walking the listing index (published lessons, newest
first; an index-only scan) in growing chunks and keeping the ids that are in the set,
from whichever end of the list is nearer. Either way the work depends on the page and
the density of the set, not on the number of lessons.
"""

from collections.abc import Sequence

from duurzaamdoor.prepared import Prepared
from lessons import facet_index
from lessons.cards import Card, card_rows, cards
from lessons.models import Lesson

SMALL_SET = 500  # up to this many lessons, a set is looked up by id
FIRST_CHUNK = 200

_ORDERED = Prepared(lambda ids: Lesson.objects.published().filter(pk__any=ids).values_list("pk"))
_CARDS = Prepared(lambda ids: card_rows(Lesson.objects.published().filter(pk__any=ids)))
_CARDS_WITH_TEXT = Prepared(
    lambda ids: card_rows(Lesson.objects.published().filter(pk__any=ids), with_text=True)
)


def in_list_order(bits: int | None, count: int, start: int, stop: int, *, total: int) -> list[int]:
    """The ids of the lessons in ``bits`` (``count`` of them, of ``total`` published; None:
    all of them) at positions ``start`` to ``stop`` of the list order."""
    stop = min(stop, count)
    if start >= stop:
        return []
    if bits is not None and count <= SMALL_SET:
        return [pk for (pk,) in _ORDERED.rows(facet_index.ids_of(bits))][start:stop]
    from_end = start > count // 2
    if from_end:
        start, stop = count - stop, count - start
    keys = Lesson.objects.published().values_list("pk", flat=True)
    if from_end:
        keys = keys.reverse()
    if bits is None:
        picked = list(keys[start:stop])
        return picked[::-1] if from_end else picked
    member = facet_index.membership(bits)
    chunk = max(FIRST_CHUNK, int(stop * total / count * 1.25))
    found: list[int] = []
    offset = 0
    while len(found) < stop:
        ids = list(keys[offset : offset + chunk])
        found += [pk for pk in ids if member(pk)]
        if len(ids) < chunk:
            break
        offset += chunk
        chunk *= 2
    picked = found[start:stop]
    return picked[::-1] if from_end else picked


def cards_for(ids: list[int], *, with_text: bool = False) -> list[Card]:
    """Cards for these lessons, in this order (two queries)."""
    if not ids:
        return []
    rows = (_CARDS_WITH_TEXT if with_text else _CARDS).rows(ids)
    by_id = {row[0]: row for row in rows}
    return cards([by_id[pk] for pk in ids if pk in by_id])


class Selection(Sequence):
    """The cards of a set of lessons as a sequence a paginator can slice: only the slice
    asked for is looked up. ``ranked`` (ids, best first) orders it instead of the list."""

    def __init__(self, bits: int | None, count: int, *, total: int,
                 ranked: list[int] | None = None, with_text: bool = False):  # fmt: skip
        self.bits, self.count, self.total = bits, count, total
        self.ranked, self.with_text = ranked, with_text

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(self.count)
        if self.ranked is not None:
            ids = self.ranked[start:stop]
        else:
            ids = in_list_order(self.bits, self.count, start, stop, total=self.total)
        return cards_for(ids, with_text=self.with_text)

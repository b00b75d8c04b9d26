"""What a type declares searchable (duurzaamdoor/searchable.py) is what every part of search
does with it: the stored vector, the site search and its fallback on SQLite, the words the
receivers add to the vocabulary, its rebuild and what it forgets.

The tests run for every registered type and every text it declares, so a text added to a
declaration (or a new searchable type) is tested here without a test of its own.
"""

import pytest

from duurzaamdoor.models import SearchTerm
from duurzaamdoor.search import search, site_search
from duurzaamdoor.search_index import rebuild_vocabulary
from duurzaamdoor.searchable import Searchable, Text, registered
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db

# How a test makes a public item of each searchable type, and what makes it not public.
ITEMS = {
    "lessons.Lesson": (LessonFactory, {"status": "draft"}),
    "cases.Case": (PublicCaseFactory, {"is_public": False}),
    "ecosystem.Ecosystem": (EcosystemFactory, {"status": "draft"}),
    "meetings.Meeting": (MeetingFactory, {"is_published": False}),
}
# How a test makes a row of related text (linked rows, such as themes, are made as such).
ROWS = {
    "ecosystem.Actor": ActorFactory,
    "ecosystem.Factor": FactorFactory,
    "meetings.Statement": StatementFactory,
}


def _linked(declaration: Searchable, text: Text) -> bool:
    return text.related and declaration.related[text.path].linked is not None


def _ids(cases) -> list[str]:
    return [f"{declaration.code}:{text.path}" for declaration, text in cases]


TEXTS = [(declaration, text) for declaration in registered() for text in declaration.texts]
LINKED = [(declaration, text) for declaration, text in TEXTS if _linked(declaration, text)]


def _word(number: int) -> str:
    """A word of letters only, in no other text of the test data."""
    return "proefwoord" + "".join("bcdfghjklm"[int(digit)] for digit in f"{number:03d}")


def vocabulary() -> set[str]:
    return set(SearchTerm.objects.values_list("word", flat=True))


def make(declaration: Searchable, text: Text, word: str, *, public: bool = True):
    """An item of the type with ``word`` in ``text``, written as the site writes it: the
    item first, then the rows of related text and the links."""
    factory, hidden = ITEMS[declaration.model._meta.label]
    state = {} if public else hidden
    if not text.related:
        return factory(**{text.path: word}, **state)
    item = factory(**state)
    related = declaration.related[text.path]
    if related.linked is None:
        ROWS[related.rows._meta.label](**{related.link: item, related.text: word})
    else:
        linked = related.linked._default_manager.create(**{related.linked_text: word})
        getattr(item, related.relation).add(linked)
    return item


def test_every_searchable_type_can_be_made_here():
    assert {declaration.model._meta.label for declaration in registered()} == set(ITEMS)
    related = {
        related.rows._meta.label
        for declaration in registered()
        for related in declaration.related.values()
        if related.linked is None
    }
    assert related == set(ROWS)


def test_the_site_search_shows_the_types_in_their_order():
    assert [declaration.code for declaration in registered()] == [
        "lessen", "cases", "kaarten", "bijeenkomsten",
    ]  # fmt: skip


@pytest.mark.parametrize(("declaration", "text"), TEXTS, ids=_ids(TEXTS))
def test_an_item_is_found_by_each_declared_text(declaration, text):
    word = _word(TEXTS.index((declaration, text)))
    item = make(declaration, text, word)
    make(declaration, text, _word(900))  # another item, not found

    results = site_search(word, kind=declaration.code)
    assert [hit.item.pk for hit in results.page.object_list] == [item.pk]
    assert results.counts[declaration.code] == 1
    assert list(search(declaration.public_rows(), word)) == [item]


@pytest.mark.parametrize(("declaration", "text"), TEXTS, ids=_ids(TEXTS))
def test_the_words_saved_are_the_words_the_rebuild_finds(declaration, text):
    word = _word(TEXTS.index((declaration, text)))
    make(declaration, text, word)
    saved = vocabulary()

    rebuild_vocabulary()
    assert word in saved
    assert vocabulary() == saved


@pytest.mark.parametrize(("declaration", "text"), TEXTS, ids=_ids(TEXTS))
def test_publishing_adds_the_words_and_unpublishing_forgets_them(declaration, text):
    word = _word(TEXTS.index((declaration, text)))
    item = make(declaration, text, word, public=False)
    assert word not in vocabulary()
    assert site_search(word).total == 0

    for name, value in declaration.public.items():
        setattr(item, name, value)
    item.save()
    assert word in vocabulary()
    assert site_search(word).total == 1
    published = vocabulary()
    rebuild_vocabulary()
    assert vocabulary() == published

    _factory, hidden = ITEMS[declaration.model._meta.label]
    for name, value in hidden.items():
        setattr(item, name, value)
    item.save()
    assert word not in vocabulary()
    assert site_search(word).total == 0


@pytest.mark.parametrize(("declaration", "text"), LINKED, ids=_ids(LINKED))
def test_a_renamed_linked_row_is_found_by_its_new_name(declaration, text):
    item = make(declaration, text, _word(901))
    related = declaration.related[text.path]
    linked = related.linked._default_manager.get(**{related.linked_text: _word(901)})
    setattr(linked, related.linked_text, _word(902))
    linked.save()

    assert [hit.item.pk for hit in site_search(_word(902)).page.object_list] == [item.pk]
    assert site_search(_word(901)).total == 0
    saved = vocabulary()
    rebuild_vocabulary()
    assert _word(902) in saved
    # The old name is not followed one by one: the daily rebuild drops it.
    assert vocabulary() == saved - {_word(901)}

"""What is searchable: one declaration per type, kept by the app that owns the model.

An app declares each of its searchable types once (``lessons/searchable.py``, …) and
registers it from its ``AppConfig.ready``. Everything about search reads that declaration,
so a text added to it is indexed, kept current, found and suggested everywhere at once:

* the stored search vector (``update_search_vector()`` of
  :class:`~duurzaamdoor.search_index.SearchableQuerySet`): the declared texts in their
  order, with their weights; on SQLite the roots of the same texts, which the fallback
  search matches;
* the receivers that keep it current (:mod:`duurzaamdoor.search_receivers`): which rows
  re-index which item, and which words go into the vocabulary when public text is saved
  or leaves the public;
* the vocabulary's rebuild and its check whether a word is still public
  (:mod:`duurzaamdoor.search_vocabulary`);
* the site search (:mod:`duurzaamdoor.search`): the kinds in their order, their names,
  the public rows, the date that ranks recent items up, and the title and snippet of a hit.

A text is a field of the item (``"title"``) or a path to the text of rows that belong to
it: ``"actors__name"`` (rows that point to the item, here the actors of a map) or
``"themes__name"`` (rows linked to it, here the themes of a lesson).
"""

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.db.models import Model, QuerySet


@dataclass(frozen=True)
class Text:
    """A searchable text of a type and its weight in the ranking (A weighs most, then B, C)."""

    path: str
    weight: str

    @property
    def related(self) -> bool:
        """Whether the text lives in other rows than the item's own."""
        return "__" in self.path


@dataclass(frozen=True)
class Related:
    """Where the text of a related path lives, as the models say."""

    relation: str  # the item's relation: "actors", "themes"
    rows: type[Model]  # the rows that point to the item: Actor, TaggedLesson
    link: str  # their field that points to the item: "ecosystem", "content_object"
    text: str  # the text, seen from those rows: "name", "tag__name"
    # Through a link table: the model whose rows hold the text (ThemeTag) and the link
    # table's field that points to it ("tag"); None when the rows hold the text themselves.
    linked: type[Model] | None = None
    linked_by: str = ""

    @property
    def linked_text(self) -> str:
        """The field of a linked row that holds the text ("name")."""
        return self.text.removeprefix(f"{self.linked_by}__")


def _foreign_key(rows: type[Model], to: type[Model]) -> str:
    return next(
        candidate.name
        for candidate in rows._meta.get_fields()
        if candidate.many_to_one and issubclass(to, candidate.related_model)
    )


def _related(model: type[Model], path: str) -> Related:
    relation, text = path.split("__", 1)
    found = model._meta.get_field(relation)
    if found.many_to_many:  # a link table: the lesson's themes
        rows = found.remote_field.through
        linked_by = _foreign_key(rows, found.related_model)
        return Related(
            relation, rows, _foreign_key(rows, model), f"{linked_by}__{text}",
            found.related_model, linked_by,
        )  # fmt: skip
    if found.one_to_many:  # rows that point to the item: the actors of a map
        return Related(relation, found.related_model, found.field.name, text)
    raise ValueError(f"{model._meta.label}.{relation} is no relation to rows of text")


@dataclass(frozen=True, eq=False)
class Searchable:
    """One searchable type: what of it is searched, and how the site search shows it."""

    model: type[Model]
    # The lookup that selects the public rows (the only ones searched or suggested), as
    # the model's queryset uses it: {"status": "published"}.
    public: Mapping[str, object]
    texts: tuple[Text, ...]
    # In the site search: the type's code in the address (?soort=), its names, where it
    # stands among the types (tabs, and the order of equal matches) …
    code: str
    label: str
    plural: str
    order: int
    # … the date that ranks recent items slightly up, and what a hit shows.
    date_field: str
    snippet: Callable[[Any], str]
    title: Callable[[Any], str] = operator.attrgetter("title")
    prefetch: tuple[str, ...] = field(default=())  # what the snippet reads

    def public_rows(self) -> QuerySet:
        return self.model._default_manager.filter(**self.public)

    def is_public(self, values: Mapping[str, object]) -> bool:
        """Whether a row with these field values is public."""
        return all(values[name] == value for name, value in self.public.items())

    def shows(self, instance: Model) -> bool:
        """Whether ``instance``, as it is in memory, is public."""
        return all(getattr(instance, name) == value for name, value in self.public.items())

    @property
    def own_fields(self) -> tuple[str, ...]:
        return tuple(text.path for text in self.texts if not text.related)

    @cached_property
    def related(self) -> dict[str, Related]:
        """Each related text's path, with where it lives."""
        return {text.path: _related(self.model, text.path) for text in self.texts if text.related}


_REGISTERED: dict[type[Model], Searchable] = {}
_LISTENERS: list[Callable[[Searchable], None]] = []


def register(*declarations: Searchable) -> None:
    """Make types searchable (from an app's ``AppConfig.ready``)."""
    for declaration in declarations:
        if _REGISTERED.get(declaration.model) is declaration:
            continue
        _REGISTERED[declaration.model] = declaration
        for listener in _LISTENERS:
            listener(declaration)


def on_register(listener: Callable[[Searchable], None]) -> None:
    """Call ``listener`` for every type registered, before and after now (the receivers
    that keep search current are connected this way, whichever app is ready first)."""
    _LISTENERS.append(listener)
    for declaration in list(_REGISTERED.values()):
        listener(declaration)


def registered() -> list[Searchable]:
    """Every searchable type, in its order in the site search."""
    return sorted(_REGISTERED.values(), key=operator.attrgetter("order"))


def of(model: type[Model]) -> Searchable:
    """The declaration of ``model`` (a KeyError when it is not searchable)."""
    return _REGISTERED[model]

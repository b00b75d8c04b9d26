"""Search keeps up with every write: receivers made from the declarations.

For each searchable type (:mod:`duurzaamdoor.searchable`) these receivers are connected
when it is registered, so that no app repeats what is searchable:

* the item saved: its vector is recomputed and, when it is public, the words of its texts
  go into the vocabulary (those of its related texts too, when it has just become public);
* a row of a related text saved or deleted (an actor of a map, a statement of a meeting):
  the item's vector, and the row's words when the item is public;
* links added or removed (themes of a lesson): the item's vector, and the words of what
  was linked when the item is public; a linked row renamed or deleted (a theme): the
  vectors of every item linked to it;
* the item unpublished or deleted, or words removed from its public text (the
  secretariat takes a name out of a published summary): those words are checked in the
  same transaction, and the ones no other public content holds are removed from the
  vocabulary (:func:`~duurzaamdoor.search_index.forget_words`).

Smaller parts (an actor, a factor or a statement deleted or renamed while its map or
meeting stays public) are not followed one by one: the daily ``purge_personal_data`` job
rebuilds the whole vocabulary from public content, so they are gone within a day.

Within :func:`~duurzaamdoor.search_index.deferred_updates` (a bulk write such as an
import) the receivers only note which items changed; everything is applied at its end.
"""

from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from duurzaamdoor.search_index import (
    add_words,
    defer,
    deferring,
    forget_words,
    forget_words_later,
    words_of,
)
from duurzaamdoor.searchable import Related, Searchable

_ITEMS: dict[type[Model], Searchable] = {}
# The models whose rows hold related text, the link tables, and the linked models: with
# the types and relations they belong to.
_ROWS: dict[type[Model], list[tuple[Searchable, Related]]] = {}
_LINKS: dict[type[Model], list[tuple[Searchable, Related]]] = {}
_LINKED: dict[type[Model], list[tuple[Searchable, Related]]] = {}
_BEFORE = "_search_words_before"  # on an item: the words of its public text before a write
_LINKED_ITEMS = "_search_linked_items"  # on a linked row being deleted: the items it had


def connect(declaration: Searchable) -> None:
    """Connect the receivers that keep ``declaration``'s type current."""
    model = declaration.model
    _ITEMS[model] = declaration
    uid = f"search_{model._meta.label_lower}"
    pre_save.connect(item_saving, sender=model, dispatch_uid=f"{uid}_pre_save")
    post_save.connect(item_saved, sender=model, dispatch_uid=f"{uid}_post_save")
    pre_delete.connect(item_deleting, sender=model, dispatch_uid=f"{uid}_pre_delete")
    post_delete.connect(item_deleted, sender=model, dispatch_uid=f"{uid}_post_delete")
    for related in declaration.related.values():
        uid = f"search_{related.rows._meta.label_lower}"
        if related.linked is None:
            _ROWS.setdefault(related.rows, []).append((declaration, related))
            post_save.connect(row_changed, sender=related.rows, dispatch_uid=f"{uid}_saved")
            post_delete.connect(row_changed, sender=related.rows, dispatch_uid=f"{uid}_deleted")
            continue
        _LINKS.setdefault(related.rows, []).append((declaration, related))
        m2m_changed.connect(links_changed, sender=related.rows, dispatch_uid=f"{uid}_links")
        _LINKED.setdefault(related.linked, []).append((declaration, related))
        uid = f"search_{related.linked._meta.label_lower}"
        post_save.connect(linked_saved, sender=related.linked, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(linked_deleting, sender=related.linked, dispatch_uid=f"{uid}_deleting")
        post_delete.connect(linked_deleted, sender=related.linked, dispatch_uid=f"{uid}_deleted")


# --- the item itself -------------------------------------------------------------------


def _values(declaration: Searchable, instance: Model) -> dict:
    names = (*declaration.public, *declaration.own_fields)
    return {name: getattr(instance, name) for name in names}


def _own_words(declaration: Searchable, values: dict) -> set[str]:
    return words_of(*(values[name] for name in declaration.own_fields))


def _related_texts(declaration: Searchable, pk) -> list[str]:
    rows = declaration.model._base_manager.filter(pk=pk)
    return [text for path in declaration.related for text in rows.values_list(path, flat=True)]


def item_saving(sender, instance, raw: bool = False, using: str = "default", **kwargs) -> None:
    declaration = _ITEMS[sender]
    if raw or instance.pk is None:
        return
    old = (
        sender._base_manager.using(using)
        .filter(pk=instance.pk)
        .values(*declaration.public, *declaration.own_fields)
        .first()
    )
    if old and declaration.is_public(old):
        setattr(instance, _BEFORE, _own_words(declaration, old))


def item_saved(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    declaration = _ITEMS[sender]
    before = instance.__dict__.pop(_BEFORE, None)  # None: it was not public
    values = _values(declaration, instance)
    public = declaration.is_public(values)
    if before and public:
        _forget(before - _own_words(declaration, values))
    elif before:
        _forget(before | words_of(*_related_texts(declaration, instance.pk)))
    if defer(sender, instance.pk):
        return
    sender._default_manager.filter(pk=instance.pk).update_search_vector()
    if public:
        texts = [values[name] for name in declaration.own_fields]
        if before is None:  # just published: what belongs to it is public now too
            texts += _related_texts(declaration, instance.pk)
        add_words(*texts)


def item_deleting(sender, instance, **kwargs) -> None:
    declaration = _ITEMS[sender]
    values = _values(declaration, instance)
    if declaration.is_public(values):
        texts = _related_texts(declaration, instance.pk)
        setattr(instance, _BEFORE, _own_words(declaration, values) | words_of(*texts))


def item_deleted(sender, instance, **kwargs) -> None:
    _forget(instance.__dict__.pop(_BEFORE, set()))


def _forget(words: set[str]) -> None:
    # In a bulk write (an import), once for all rows at the end; else now.
    if words and not forget_words_later(words):
        forget_words(words)


# --- rows of related text, links, linked rows -------------------------------------------


def _reindex(declaration: Searchable, pks) -> None:
    pks = [pk for pk in pks if pk is not None and not defer(declaration.model, pk)]
    if pks:
        declaration.model._default_manager.filter(pk__in=pks).update_search_vector()


def row_changed(sender, instance, raw: bool = False, signal=None, **kwargs) -> None:
    """A row of related text (an actor, a statement) was saved or deleted."""
    if raw:
        return
    for declaration, related in _ROWS[sender]:
        link = sender._meta.get_field(related.link)
        item_pk = getattr(instance, link.attname)
        if item_pk is None or defer(declaration.model, item_pk):
            continue
        declaration.model._default_manager.filter(pk=item_pk).update_search_vector()
        if signal is post_save and declaration.shows(getattr(instance, related.link)):
            add_words(getattr(instance, related.text))


def links_changed(sender, instance, action: str, pk_set, **kwargs) -> None:
    """Links between items and linked rows were added or removed (themes of a lesson)."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    added = action == "post_add" and bool(pk_set)
    for declaration, related in _LINKS[sender]:
        if isinstance(instance, declaration.model):
            _reindex(declaration, [instance.pk])
            if added and not deferring() and declaration.shows(instance):
                linked = related.linked._default_manager.filter(pk__in=pk_set)
                add_words(*linked.values_list(related.linked_text, flat=True))
        elif pk_set:  # from the linked row's side: pk_set holds the items
            _reindex(declaration, pk_set)
            items = declaration.model._default_manager.filter(pk__in=pk_set)
            if added and not deferring() and items.filter(**declaration.public).exists():
                add_words(getattr(instance, related.linked_text))


def linked_saved(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A linked row (a theme) was renamed: every item linked to it, anew."""
    if created or raw:
        return
    for declaration, related in _LINKED[sender]:
        items = declaration.model._default_manager.filter(**{related.relation: instance})
        items.update_search_vector()
        if items.filter(**declaration.public).exists():
            add_words(getattr(instance, related.linked_text))


def linked_deleting(sender, instance, **kwargs) -> None:
    found = {}
    for _declaration, related in _LINKED[sender]:
        links = related.rows._default_manager.filter(**{related.linked_by: instance})
        found[related] = list(links.values_list(related.link, flat=True))
    setattr(instance, _LINKED_ITEMS, found)


def linked_deleted(sender, instance, **kwargs) -> None:
    found = instance.__dict__.pop(_LINKED_ITEMS, {})
    for declaration, related in _LINKED[sender]:
        _reindex(declaration, found.get(related, []))

"""The suggestion vocabulary forgets the words of text that leaves the public.

Words come into the vocabulary when public text is saved (the apps' ``add_words``). When a
lesson, case, map or meeting stops being public, is deleted, or loses words from its public
text (the secretariat removes a name from a published summary), the words it had are
checked in the same transaction, and those no other public content holds are removed
(:func:`duurzaamdoor.search_index.forget_words`).

Smaller parts (an actor, a factor or a statement deleted or renamed while its map or
meeting stays public) are not followed one by one: the daily ``purge_personal_data`` job
rebuilds the whole vocabulary from public content, so they are gone within a day.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from duurzaamdoor.search_index import forget_words, forget_words_later, words_of


@dataclass(frozen=True)
class PublicText:
    model: str  # app label and model name
    fields: tuple[str, ...]  # the public text of a public row
    flag: str  # the field that says whether the row is public …
    public_value: object  # … when it has this value
    # Rows of other tables whose text is public only through this one: (model, link, field).
    parts: tuple[tuple[str, str, str], ...] = ()

    def is_public(self, values) -> bool:
        return values[self.flag] == self.public_value

    def words(self, values) -> set[str]:
        return words_of(*(values[name] for name in self.fields))

    def words_of_parts(self, pk) -> set[str]:
        words = set()
        for label, link, field in self.parts:
            texts = apps.get_model(label)._base_manager.filter(**{link: pk})
            words |= words_of(*texts.values_list(field, flat=True))
        return words


WATCHED = [
    PublicText("lessons.Lesson", ("title", "lead", "body"), "status", "published"),
    PublicText("cases.Case", ("public_title", "public_summary", "insights"), "is_public", True),
    PublicText(
        "ecosystem.Ecosystem", ("title", "task", "new_reality"), "status", "published",
        parts=(("ecosystem.Actor", "ecosystem", "name"), ("ecosystem.Factor", "ecosystem", "name")),
    ),
    PublicText(
        "meetings.Meeting", ("title", "summary"), "is_published", True,
        parts=(("meetings.Statement", "meeting", "text"),),
    ),
]  # fmt: skip
_BY_MODEL: dict[type, PublicText] = {}
_BEFORE = "_public_words_before"


def _fields(instance) -> dict:
    return {field.attname: getattr(instance, field.attname) for field in instance._meta.fields}


def _watching(instance, using: str, raw: bool = False) -> PublicText | None:
    if raw:
        return None
    return _BY_MODEL.get(type(instance))


def before_save(sender, instance, raw: bool = False, using: str = "default", **kwargs) -> None:
    text = _watching(instance, using, raw)
    if text is None or instance.pk is None:
        return
    old = (
        sender._base_manager.using(using)
        .filter(pk=instance.pk)
        .values(text.flag, *text.fields)
        .first()
    )
    setattr(instance, _BEFORE, text.words(old) if old and text.is_public(old) else set())


def after_save(sender, instance, raw: bool = False, using: str = "default", **kwargs) -> None:
    text = _watching(instance, using, raw)
    before = instance.__dict__.pop(_BEFORE, None)
    if text is None or not before:
        return
    values = _fields(instance)
    if text.is_public(values):
        _forget(before - text.words(values))
    else:
        _forget(before | text.words_of_parts(instance.pk))


def before_delete(sender, instance, using: str = "default", **kwargs) -> None:
    text = _watching(instance, using)
    if text is not None and text.is_public(_fields(instance)):
        words = text.words(_fields(instance)) | text.words_of_parts(instance.pk)
        setattr(instance, _BEFORE, words)


def after_delete(sender, instance, using: str = "default", **kwargs) -> None:
    _forget(instance.__dict__.pop(_BEFORE, set()))


def _forget(words: set[str]) -> None:
    # In a bulk write (an import), once for all rows at the end; else now.
    if words and not forget_words_later(words):
        forget_words(words)


def connect() -> None:
    for text in WATCHED:
        model = apps.get_model(text.model)
        _BY_MODEL[model] = text
        uid = f"public_words_{text.model}"
        pre_save.connect(before_save, sender=model, dispatch_uid=f"{uid}_pre_save")
        post_save.connect(after_save, sender=model, dispatch_uid=f"{uid}_post_save")
        pre_delete.connect(before_delete, sender=model, dispatch_uid=f"{uid}_pre_delete")
        post_delete.connect(after_delete, sender=model, dispatch_uid=f"{uid}_post_delete")

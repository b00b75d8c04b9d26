"""All content as one JSON file, and back: for moving or restoring a knowledge base.

Postgres' own ``pg_dump``/``pg_restore`` is the backup of record (README); this export is
database-independent (SQLite to Postgres and back) and readable.
"""

from collections.abc import Iterator

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Model

# In dependency order. Parties come back by themselves after migrate.
CONTENT_MODELS = [
    "lessons.Audience", "lessons.Pioneer", "lessons.Source", "lessons.ThemeTag",
    "lessons.Lesson", "lessons.TaggedLesson",
    "cases.Case", "cases.CaseEvent",
    "ecosystem.Ecosystem", "ecosystem.Actor", "ecosystem.Factor", "ecosystem.Relation",
    "lessons.Meeting", "lessons.Statement", "lessons.Position",
]  # fmt: skip
# Earlier versions refer to the staff accounts that made them.
# (Accounts are referred to by username and groups by name, so that they match the groups
# that migrations create.)
ACCOUNT_MODELS = ["auth.User"]
HISTORY_MODELS = [
    "lessons.HistoricalLesson", "cases.HistoricalCase", "ecosystem.HistoricalEcosystem",
    "lessons.HistoricalMeeting",
]  # fmt: skip
# Derived data, rebuilt after loading (search vectors are Postgres-specific).
SKIPPED_FIELDS = {"search_vector"}


def _models(with_history: bool) -> list[type[Model]]:
    labels = ACCOUNT_MODELS + CONTENT_MODELS + HISTORY_MODELS if with_history else CONTENT_MODELS
    return [apps.get_model(label) for label in labels]


def _objects(with_history: bool) -> Iterator[Model]:
    for model in _models(with_history):
        yield from model._default_manager.order_by("pk").iterator()


def export_all(stream, *, with_history: bool = False) -> int:
    """Write all content to ``stream`` as JSON; returns the number of objects."""
    counter = {"n": 0}

    def counted() -> Iterator[Model]:
        for obj in _objects(with_history):
            counter["n"] += 1
            yield obj

    serializers.serialize(
        "json",
        counted(),
        stream=stream,
        indent=1,
        ensure_ascii=False,
        use_natural_foreign_keys=True,
    )
    return counter["n"]


def is_empty() -> bool:
    return not any(apps.get_model(label).objects.exists() for label in CONTENT_MODELS)


@transaction.atomic
def import_all(stream) -> int:
    """Load an export into this database (meant for an empty one); returns the count."""
    count = 0
    for deserialized in serializers.deserialize("json", stream, ignorenonexistent=True):
        for name in SKIPPED_FIELDS:
            if hasattr(deserialized.object, name):
                setattr(deserialized.object, name, None)
        deserialized.save()
        count += 1
    # Rows came with their own ids: move Postgres' id sequences past them, as loaddata does.
    statements = connection.ops.sequence_reset_sql(no_style(), _models(with_history=True))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    return count

"""All content as one JSON file, and back: for moving or restoring a knowledge base.

Postgres' own ``pg_dump``/``pg_restore`` is the backup of record (README); this export is
database-independent (SQLite to Postgres and back) and readable.

By default the file holds content only, no personal data and no secrets: no contact names
or addresses of submitters, no status, submission or edit tokens (a restored case or map
gets new ones), no participant numbers of positions (replaced by numbers that mean nothing
outside the file), and no accounts, so no password hashes and no names of the staff who
made a change. IP addresses (login attempts) and sessions are never exported. With
``personal_data=True`` (``export_all --with-personal-data``, for a superuser only) all of
it comes along, accounts included.

The import takes only the models the export writes, and accounts only when asked to
(``import_all --with-accounts``); a file with anything else is refused as a whole.
"""

import json
from collections.abc import Iterable, Iterator

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.models import Model

# In dependency order. Parties come back by themselves after migrate.
CONTENT_MODELS = [
    "lessons.Audience", "lessons.Pioneer", "lessons.Source", "lessons.ThemeTag",
    "lessons.ThemeRedirect",
    "lessons.Lesson", "lessons.TaggedLesson",
    "cases.Case", "cases.CaseEvent",
    "ecosystem.Ecosystem", "ecosystem.Actor", "ecosystem.Factor", "ecosystem.Relation",
    "meetings.Meeting", "meetings.Statement", "meetings.Position",
]  # fmt: skip
# Staff accounts: the people behind earlier versions and timeline steps. Personal data and
# password hashes, so only in an export with personal data. (Accounts refer to groups and
# permissions by name, so that they match the ones migrations create.)
ACCOUNT_MODELS = ["auth.User"]
HISTORY_MODELS = [
    "lessons.HistoricalLesson", "cases.HistoricalCase", "ecosystem.HistoricalEcosystem",
    "meetings.HistoricalMeeting",
]  # fmt: skip
# Models that moved to another app since an export may have been made: such a file still
# loads, under the new names.
MOVED_MODELS = {
    f"lessons.{name}": f"meetings.{name}"
    for name in ("meeting", "statement", "position", "historicalmeeting")
}
# Derived data, rebuilt after loading (search vectors are Postgres-specific).
SKIPPED_FIELDS = {"search_vector"}
# Personal data and secrets per model, left out of a content-only export. A field left out
# gets its default on import: a new random token, an empty contact.
PERSONAL_FIELDS = {
    "cases.case": {
        "contact_name",
        "contact_email",
        "status_token",
        "submission_token",
        "duplicate_key",
    },
    "ecosystem.ecosystem": {"edit_token"},
}
# References to accounts, emptied in a content-only export.
ACCOUNT_REFERENCES = {"actor", "history_user"}
PSEUDONYMOUS_FIELDS = {"meetings.position": "participant"}


class ImportRefused(Exception):
    """The file is not one ``import_all`` takes; nothing was imported."""


def _labels(*, with_history: bool, personal_data: bool) -> list[str]:
    labels = list(CONTENT_MODELS)
    if with_history:
        labels += HISTORY_MODELS
    if personal_data:
        labels = ACCOUNT_MODELS + labels
    return labels


def _models(labels: Iterable[str]) -> list[type[Model]]:
    return [apps.get_model(label) for label in labels]


def _without_personal_data(row: dict, pseudonyms: dict[str, str]) -> dict:
    fields = row["fields"]
    for name in PERSONAL_FIELDS.get(row["model"], ()):
        fields.pop(name, None)
    for name in ACCOUNT_REFERENCES & fields.keys():
        fields[name] = None
    if name := PSEUDONYMOUS_FIELDS.get(row["model"]):
        fields[name] = pseudonyms.setdefault(fields[name], f"export-{len(pseudonyms) + 1}")
    return row


def _rows(labels: list[str], personal_data: bool) -> Iterator[dict]:
    pseudonyms: dict[str, str] = {}
    for model in _models(labels):
        for obj in model._default_manager.order_by("pk").iterator():
            (row,) = serializers.serialize("python", [obj], use_natural_foreign_keys=True)
            for name in SKIPPED_FIELDS:
                row["fields"].pop(name, None)
            yield row if personal_data else _without_personal_data(row, pseudonyms)


def export_all(stream, *, with_history: bool = False, personal_data: bool = False) -> int:
    """Write all content to ``stream`` as JSON (Django's format); returns the count."""
    count = 0
    stream.write("[")
    for row in _rows(_labels(with_history=with_history, personal_data=personal_data),
                     personal_data):  # fmt: skip
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
        count += 1
    stream.write("\n]\n")
    return count


def is_empty() -> bool:
    return not any(apps.get_model(label).objects.exists() for label in CONTENT_MODELS)


def _check(rows: list, *, with_accounts: bool) -> None:
    """Refuse the whole file if it holds anything the export does not write."""
    if not isinstance(rows, list) or not all(
        isinstance(row, dict) and isinstance(row.get("model"), str) for row in rows
    ):
        raise ImportRefused("Dit is geen bestand van export_all (een JSON-lijst van objecten).")
    allowed = {label.lower() for label in CONTENT_MODELS + HISTORY_MODELS} | MOVED_MODELS.keys()
    accounts = {label.lower() for label in ACCOUNT_MODELS}
    unknown = sorted({row["model"] for row in rows} - allowed - accounts)
    if unknown:
        raise ImportRefused(
            "Het bestand bevat objecten die export_all niet exporteert: "
            f"{', '.join(unknown)}. Er is niets geïmporteerd."
        )
    users = [row for row in rows if row["model"] in accounts]
    if users and not with_accounts:
        superusers = [row for row in users if row.get("fields", {}).get("is_superuser")]
        raise ImportRefused(
            f"Het bestand bevat {len(users)} account(s), waarvan {len(superusers)} "
            "superuser(s). Accounts worden alleen geïmporteerd met --with-accounts. Er is "
            "niets geïmporteerd."
        )
    User = apps.get_model("auth", "User")
    taken = [
        str(row.get("fields", {}).get("username"))
        for row in users
        if User.objects.filter(pk=row.get("pk")).exists()
        or User.objects.filter(username=row.get("fields", {}).get("username")).exists()
    ]
    if taken:
        raise ImportRefused(
            "Deze accounts bestaan hier al en worden niet overschreven: "
            f"{', '.join(taken)}. Er is niets geïmporteerd."
        )


@transaction.atomic
def import_all(stream, *, with_accounts: bool = False) -> int:
    """Load an export into this database (meant for an empty one); returns the count.

    All or nothing: a file with other models, or with accounts when ``with_accounts`` is
    off, is refused before anything is written (:class:`ImportRefused`).
    """
    try:
        rows = json.load(stream)
    except ValueError as error:
        raise ImportRefused(f"Het bestand is geen geldige JSON: {error}") from None
    _check(rows, with_accounts=with_accounts)
    for row in rows:
        row["model"] = MOVED_MODELS.get(row["model"], row["model"])
    count = 0
    for deserialized in serializers.deserialize("python", rows, ignorenonexistent=True):
        for name in SKIPPED_FIELDS:
            if hasattr(deserialized.object, name):
                setattr(deserialized.object, name, None)
        deserialized.save()
        count += 1
    # Rows came with their own ids: move Postgres' id sequences past them, as loaddata does.
    labels = _labels(with_history=True, personal_data=True)
    statements = connection.ops.sequence_reset_sql(no_style(), _models(labels))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    return count

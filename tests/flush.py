"""Emptying the test database between transactional tests, faster on Postgres.

Tests that need real transactions (the browser tests' live server, concurrency, backups)
leave committed rows behind, and Django empties every table after each of them with one
``TRUNCATE``. On Postgres a ``TRUNCATE`` gives each table and index a new file: about a
second for the few rows a test writes, per test. Deleting the rows, with triggers and
foreign-key checks off for that one transaction (as a ``TRUNCATE`` has them), empties
the same tables in a few milliseconds. Only a superuser may switch them off; for anyone
else, and when sequences are to be reset, Django's own statement is used.
"""

from functools import cache

from django.db.backends.postgresql.operations import DatabaseOperations

_truncate = DatabaseOperations.sql_flush
KEEP = {"django_content_type", "auth_permission"}


@cache
def _may_switch_off_triggers(alias: str) -> bool:
    from django.db import connections

    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        return bool(cursor.fetchone()[0])


def _delete_rows(self, style, tables, *, reset_sequences=False, allow_cascade=False):
    if not tables or reset_sequences or not _may_switch_off_triggers(self.connection.alias):
        return _truncate(
            self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
        )
    quote = self.quote_name
    # Runs inside the flush's transaction: LOCAL ends with it.
    return [
        "SET LOCAL session_replication_role = replica",
        *(
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(quote(table))}"
            for table in tables
        ),
    ]


def use_deletes() -> None:
    DatabaseOperations.sql_flush = _delete_rows

"""Table versions: which public content changed, kept by the database itself.

Every table a public page may read has a version (``duurzaamdoor_tableversion``). A
database trigger bumps it whenever a write touches a row the public can see, as declared
in :func:`duurzaamdoor.public_content.public_rows`: before the change for the old row,
after it for the new one. Because the database does it, no writer can forget it: ``save()``,
``QuerySet.update()``, ``bulk_create()``, ``bulk_update()``, m2m changes, imports, merges,
management commands and raw SQL all bump the same way, and a write nobody can see (a
draft, a case that is not public, a vote on an open statement) bumps nothing. The bump is
part of the writing transaction: a reader sees the new version only together with the new
data, so nothing needs bumping again after the commit.

A page remembers the tables it read (:func:`reading`) with their versions; it is fresh as
long as those versions are unchanged. The triggers are (re)installed after every
``migrate`` and removed before it, so that migrations never run against triggers of an
older schema.

Beside these, every write to any table counts in the cache (:func:`write_counters`), for
the admin's cached row counts, which must also follow writes the public does not see.
"""

import functools
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from duurzaamdoor import shared_cache

VERSION_TABLE = "duurzaamdoor_tableversion"
# Functions that stand where a table would (FROM json_each(...)): they read no table.
TABLE_FUNCTIONS = frozenset({"json_each", "unnest", "generate_series"})
PREFIX = "kb_tv_"
WRITES_KEY = "kb:writes:"
_READ = re.compile(r'\b(?:FROM|JOIN)\s+"?([A-Za-z_]\w*)"?', re.IGNORECASE)
# Names a query gives itself (WITH name AS (…)) are not tables.
_COMMON_TABLE = re.compile(r'(?:\bWITH|,)\s+"?([A-Za-z_]\w*)"?\s+AS\s+\(', re.IGNORECASE)
_WRITE = re.compile(
    r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?(\w+)"?',
    re.IGNORECASE,
)


# --- what is watched -----------------------------------------------------------------


@functools.cache
def watched() -> dict[str, QuerySet]:
    """Each watched table with the queryset of its public rows."""
    from duurzaamdoor.public_content import public_rows

    return {model._meta.db_table: rows for model, rows in public_rows().items()}


def tables_in(sql: str) -> set[str]:
    """The tables a statement reads (FROM and JOIN, subqueries included)."""
    found = set(_READ.findall(sql))
    if "WITH" in sql.upper():
        found -= set(_COMMON_TABLE.findall(sql))
    return found


# --- the triggers --------------------------------------------------------------------


def _literal(value: object, vendor: str) -> str:
    if isinstance(value, bool):
        return ("true" if value else "false") if vendor == "postgresql" else str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"Cannot write {value!r} into a trigger condition")


def inline_sql(queryset: QuerySet, connection: BaseDatabaseWrapper) -> str:
    """The SQL of ``queryset`` with its parameters written in, for use inside a trigger or
    a database function (which take no parameters). Only text, numbers and booleans."""
    sql, params = queryset.query.get_compiler(connection=connection).as_sql()
    pieces = sql.split("%s")
    if len(pieces) != len(params) + 1:
        raise ValueError(f"Unexpected placeholders in {sql!r}")
    inlined = pieces[0]
    for value, piece in zip(params, pieces[1:], strict=True):
        inlined += _literal(value, connection.vendor) + piece
    return inlined.replace("%%", "%")


def _condition(rows: QuerySet, row: str, connection: BaseDatabaseWrapper) -> str | None:
    """SQL that is true when the trigger's ``row`` (NEW or OLD) is one of ``rows``.

    None when every row is public. Compiled by Django from the queryset itself, so the
    trigger and the pages share one definition of what is public.
    """
    if not rows.query.where:
        return None
    quote = connection.ops.quote_name
    pk = rows.model._meta.pk.column
    # The trigger's own row, by its primary key: names from the model, never from input.
    same_row = RawSQL(f"{row}.{quote(pk)}", ())  # noqa: S611
    return f"EXISTS ({inline_sql(rows.filter(pk=same_row).order_by().values('pk'), connection)})"


def _postgres_statements(table: str, rows: QuerySet, connection) -> list[str]:
    quote = connection.ops.quote_name
    statements = []
    before = "CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END"  # lets the change go ahead
    for phase, row, timing, events, returned in (
        ("old", "OLD", "BEFORE", "UPDATE OR DELETE", before),
        ("new", "NEW", "AFTER", "INSERT OR UPDATE", "NULL"),
    ):
        condition = _condition(rows, row, connection)
        if condition is None and phase == "old":
            continue  # every row is public: the new row alone tells
        name = f"{PREFIX}{table}_{phase}"
        flag = f"kb.tv_{table}"
        test = f"current_setting('{flag}', true) IS DISTINCT FROM statement_timestamp()::text"
        if condition:
            test += f" AND {condition}"
        # One bump per table per statement: a bulk update of many rows bumps once.
        statements += [
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $kb$ BEGIN "
            f"IF {test} THEN PERFORM kb_bump_table_version('{table}'); "
            f"PERFORM set_config('{flag}', statement_timestamp()::text, true); END IF; "
            f"RETURN {returned}; END $kb$",
            f"CREATE TRIGGER {name} {timing} {events} ON {quote(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()",
        ]
    return statements


# Constants only, no input.
_POSTGRES_BUMP = f"""
CREATE OR REPLACE FUNCTION kb_bump_table_version(t text) RETURNS void LANGUAGE sql AS $$
INSERT INTO {VERSION_TABLE} (name, version)
VALUES (t, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
ON CONFLICT (name) DO UPDATE SET version = {VERSION_TABLE}.version + 1
$$"""


def _sqlite_statements(table: str, rows: QuerySet, connection) -> list[str]:
    quote = connection.ops.quote_name
    # A new table version starts from the clock, so a version is never used twice.
    # Table names from the models, never from input.
    clock = "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"
    bump = (
        f"INSERT INTO {VERSION_TABLE} (name, version) VALUES ('{table}', {clock}) "
        "ON CONFLICT (name) DO UPDATE SET version = version + 1"
    )
    old, new = _condition(rows, "OLD", connection), _condition(rows, "NEW", connection)
    statements = []
    for suffix, timing, event, condition in (
        ("insert", "AFTER", "INSERT", new),
        ("update_old", "BEFORE", "UPDATE", old),
        ("update_new", "AFTER", "UPDATE", new),
        ("delete", "BEFORE", "DELETE", old),
    ):
        if suffix == "update_old" and condition is None:
            continue
        when = f" WHEN {condition}" if condition else ""
        statements.append(
            f"CREATE TRIGGER {PREFIX}{table}_{suffix} {timing} {event} ON {quote(table)} "
            f"FOR EACH ROW{when} BEGIN {bump}; END"
        )
    return statements


def trigger_statements(connection: BaseDatabaseWrapper) -> list[str]:
    existing = set(connection.introspection.table_names())
    make = _postgres_statements if connection.vendor == "postgresql" else _sqlite_statements
    statements = [_POSTGRES_BUMP] if connection.vendor == "postgresql" else []
    for table, rows in watched().items():
        if table in existing:
            statements += make(table, rows, connection)
    return statements


def remove_triggers(using: str = "default", **kwargs) -> None:
    """Drop every trigger and trigger function of the app (a pre_migrate receiver)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE 'kb\\_%%'"
            )
            for name, table in cursor.fetchall():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            cursor.execute(
                "SELECT oid::regprocedure::text FROM pg_proc WHERE proname LIKE 'kb\\_%%'"
            )
            for (signature,) in cursor.fetchall():
                cursor.execute(f"DROP FUNCTION IF EXISTS {signature}")
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for (name,) in cursor.fetchall():
                if name.startswith("kb_"):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def install_triggers(using: str = "default", **kwargs) -> None:
    """Create the triggers for the current schema and give every table a new version
    (a post_migrate receiver): whatever a migration wrote, no cached page survives it."""
    connection = connections[using]
    if connection.vendor not in ("postgresql", "sqlite"):
        return
    from duurzaamdoor.models import TableVersion

    if VERSION_TABLE not in connection.introspection.table_names():
        return
    with transaction.atomic(using=using), connection.cursor() as cursor:
        remove_triggers(using)
        for statement in trigger_statements(connection):
            cursor.execute(statement)
        TableVersion.objects.using(using).all().delete()
        start = time.time_ns() // 1000
        TableVersion.objects.using(using).bulk_create(
            [TableVersion(name=table, version=start) for table in watched()]
        )


# --- reading versions, and what a page read ------------------------------------------


def current_versions(using: str = "default") -> dict[str, int]:
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT name, version FROM {VERSION_TABLE}")
        return dict(cursor.fetchall())


@dataclass
class Reads:
    """The tables read while this is active, and the versions from before the first read."""

    versions: dict[str, int]
    tables: set[str] = field(default_factory=set)

    @property
    def cacheable(self) -> bool:
        """Only what was read from watched tables can be kept: nothing else would tell."""
        return self.unwatched() == set()

    def unwatched(self) -> set[str]:
        return self.tables - watched().keys() - {VERSION_TABLE} - TABLE_FUNCTIONS

    def stamp(self) -> tuple[tuple[str, int], ...]:
        return tuple(
            (table, self.versions.get(table, 0))
            for table in sorted(self.tables)
            if table != VERSION_TABLE
        )

    def fresh(self, stamp: Iterable[tuple[str, int]]) -> bool:
        return all(self.versions.get(table, 0) == version for table, version in stamp)

    def include(self, stamp: Iterable[tuple[str, int]]) -> None:
        """What a cached value read counts as read here too."""
        for reads in _active.get():
            reads.tables.update(table for table, _ in stamp)


_active: ContextVar[tuple[Reads, ...]] = ContextVar("kb_reads", default=())


@contextmanager
def reading() -> Iterator[Reads]:
    """Record the tables read inside; nested, each level sees the tables of those inside it.

    The versions are read once, first, by the outermost level: data read afterwards is at
    least as new as them, so a page is never stored under a version newer than its data.
    """
    outer = _active.get()
    versions = outer[-1].versions if outer else current_versions()
    reads = Reads(versions)
    token = _active.set((*outer, reads))
    try:
        yield reads
    finally:
        _active.reset(token)


def note_read(*tables: str) -> None:
    """For reads that do not go through Django's cursor (e.g. a binary psycopg cursor)."""
    for reads in _active.get():
        reads.tables.update(tables)


# --- writes, counted per table in the cache (for the admin) ----------------------------


# Bumped when writes went uncounted because the cache was unreachable: every count made
# before is then suspect. Part of every stamp of write counters.
WRITES_EPOCH = WRITES_KEY + "*epoch*"
_missed = {"writes": False}  # per process: a write this process could not count


def _count_write(table: str) -> None:
    key = WRITES_KEY + table
    try:
        cache.incr(key)
    except ValueError:  # not in the cache (yet, or any more): start somewhere new
        cache.set(key, time.time_ns(), timeout=None)
    if shared_cache.is_down():
        _missed["writes"] = True
    else:
        _settle_missed_writes()


def _settle_missed_writes() -> None:
    """Once the cache is back: a new epoch, so that no count from before is used again."""
    if _missed["writes"]:
        cache.set(WRITES_EPOCH, time.time_ns(), timeout=None)
        _missed["writes"] = shared_cache.is_down()


def _written(table: str, connection: BaseDatabaseWrapper) -> None:
    """Count now, for this process, and again after the commit, for the others: a count
    made in between from the uncommitted state is then filed under a superseded number."""
    _count_write(table)
    if connection.in_atomic_block:
        pending = getattr(connection, "_kb_pending_writes", None)
        if pending is None or pending[0] is not connection.run_on_commit:
            pending = connection._kb_pending_writes = (connection.run_on_commit, set())
        if table not in pending[1]:
            pending[1].add(table)
            connection.on_commit(lambda: _count_write(table))


def write_counters(tables: Iterable[str]) -> tuple:
    """The write count of each table, as a stamp; a count missing from the cache starts
    anew, so that a count made before it went missing is not taken for current."""
    _settle_missed_writes()
    keys = [WRITES_EPOCH, *(WRITES_KEY + table for table in sorted(set(tables)))]
    found = cache.get_many(keys)
    for key in keys:
        if found.get(key) is None:
            cache.add(key, time.time_ns(), timeout=None)
            found[key] = cache.get(key)
    return tuple((key, found.get(key)) for key in keys)


def _observe(execute, sql, params, many, context):
    if isinstance(sql, str):
        active = _active.get()
        if active:
            tables = tables_in(sql)
            for reads in active:
                reads.tables.update(tables)
        written = _WRITE.match(sql)
        if written and written.group(1) != VERSION_TABLE:
            _written(written.group(1), context["connection"])
    return execute(sql, params, many, context)


def observe_connection(connection: BaseDatabaseWrapper, **kwargs) -> None:
    """Watch every statement on this connection (a connection_created receiver)."""
    if _observe not in connection.execute_wrappers:
        connection.execute_wrappers.append(_observe)

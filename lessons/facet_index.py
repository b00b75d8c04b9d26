"""The filter index of the lessons: for every filter value, the published lessons that have
it, as a bitmap of lesson ids.

With it, the number of lessons behind every filter option of /lessen/, the size of any
selection, the theme counts of a lesson and the popular themes are a few bit operations
in Python instead of aggregations over every link row: their cost hardly grows with the
number of lessons. :func:`members` is the one definition of what the index holds.

On Postgres the index is a table (``lessons_lessonfacet``) that database triggers keep
current on every write to lessons and their themes, audiences and parties, whatever wrote
it; it is rebuilt from scratch after every ``migrate``. On SQLite (development) the same
bitmaps are computed from the link tables when asked for.
"""

import time
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import CharField, QuerySet, Value
from django.db.models.functions import Cast

from duurzaamdoor import table_versions
from lessons.models import Lesson, LessonFacet, TaggedLesson

EVERYTHING = ("*", "")  # the key of all published lessons


def members() -> dict[str, tuple[QuerySet, str]]:
    """Per facet: (value, lesson id) pairs of published lessons, and the lesson column."""
    published = Lesson.objects.published()
    text = CharField()
    audiences, parties = Lesson.audiences.through, Lesson.parties.through
    return {
        "*": (published.annotate(v=Value("", output_field=text)).values_list("v", "pk"), "id"),
        "bron": (
            published.filter(source__isnull=False)
            .annotate(v=Cast("source_id", text))
            .values_list("v", "pk"),
            "id",
        ),
        "thema": (
            TaggedLesson.objects.filter(content_object__in=published)
            .annotate(v=Cast("tag_id", text))
            .values_list("v", "content_object_id"),
            "content_object_id",
        ),
        "doelgroep": (
            audiences.objects.filter(lesson__in=published)
            .annotate(v=Cast("audience_id", text))
            .values_list("v", "lesson_id"),
            "lesson_id",
        ),
        "partij": (
            parties.objects.filter(lesson__in=published).values_list("party_id", "lesson_id"),
            "lesson_id",
        ),
    }


# --- reading ------------------------------------------------------------------------------


def _bits_from_ids(ids: list[int]) -> int:
    if not ids:
        return 0
    data = bytearray(max(ids) // 8 + 1)
    for lesson in ids:
        data[lesson >> 3] |= 1 << (lesson & 7)
    return int.from_bytes(data, "little")


def ids_of(bits: int) -> list[int]:
    """The lesson ids in a bitmap, ascending."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    return [
        (position << 3) + bit
        for position, byte in enumerate(data)
        if byte
        for bit in range(8)
        if byte >> bit & 1
    ]


def membership(bits: int):
    """A fast test of whether a lesson id is in ``bits`` (a shift of a big bitmap per id
    would copy it each time)."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size = len(data)
    return lambda pk: pk >> 3 < size and data[pk >> 3] >> (pk & 7) & 1 == 1


def bits_of(ids) -> int:
    return _bits_from_ids(list(ids))


@dataclass(frozen=True)
class Entry:
    count: int
    bits: int | None = None  # None when only the count was read


def load_queries(facets: int | None = None) -> int:
    """How many queries :func:`load` takes: one on Postgres (the kept index); on SQLite one
    per facet it computes (``facets``, or all of them and the set of published lessons)."""
    if connection.vendor == "postgresql":
        return 1
    return len(members()) if facets is None else facets


def _computed(wanted: set[str] | None = None) -> dict[tuple[str, str], Entry]:
    found: dict[tuple[str, str], list[int]] = {}
    for facet, (pairs, _column) in members().items():
        if wanted is None or facet in wanted:
            for value, lesson in pairs:
                found.setdefault((facet, str(value)), []).append(lesson)
    entries = {}
    for key, ids in found.items():
        bits = _bits_from_ids(ids)
        entries[key] = Entry(bits.bit_count(), bits)
    return entries


def load(*, bits: bool = True, facets: tuple[str, ...] | None = None,
         values: list[tuple[str, str]] | None = None) -> dict[tuple[str, str], Entry]:  # fmt: skip
    """The index, or part of it: only some ``facets``, or only some ``values``; with the
    bitmaps or (cheaper) only the counts."""
    if values is not None and not values:
        return {}
    if connection.vendor != "postgresql":
        wanted = set(facets) if facets else ({f for f, _ in values} if values else None)
        entries = _computed(wanted)
        if values is not None:
            entries = {key: entries.get(key, Entry(0, 0)) for key in values}
        return entries
    columns = "facet, value, count" + (", lessons" if bits else "")
    sql, params = f"SELECT {columns} FROM lessons_lessonfacet", []
    if facets:
        sql += " WHERE facet = ANY(%s)"
        params.append(list(facets))
    elif values is not None:
        sql += " WHERE (facet, value) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
        params += [[f for f, _ in values], [v for _, v in values]]
    table_versions.note_read("lessons_lessonfacet")
    connection.ensure_connection()
    # Binary, not hex: a tenth of the work for the bitmaps of 100,000 lessons.
    import psycopg

    started = time.monotonic()
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(sql, params, binary=True)
        rows = cursor.fetchall()
    if connection.queries_logged:  # counted like every other query, e.g. by query budgets
        connection.queries_log.append(
            {"sql": f"{sql} -- {params}", "time": f"{time.monotonic() - started:.3f}"}
        )
    return {
        (facet, value): Entry(count, int.from_bytes(row[0], "little") if bits else None)
        for facet, value, count, *row in rows
    }


# --- keeping it current on Postgres ----------------------------------------------------


def _members_sql(restricted: bool) -> str:
    parts = []
    for facet, (pairs, _column) in members().items():
        sql = table_versions.inline_sql(pairs.order_by(), connection)
        where = " WHERE q.l = ANY(kb_ids)" if restricted else ""
        parts.append(
            f"SELECT '{facet}'::text, q.v::text, q.l::bigint FROM ({sql}) AS q(v, l){where}"
        )
    return "\nUNION ALL ".join(parts)


_REFRESH = """
CREATE FUNCTION kb_fi_refresh(kb_ids bigint[]) RETURNS void LANGUAGE plpgsql AS $kb$
DECLARE
  r record;
  i bigint;
  bits bytea;
  delta int;
BEGIN
  IF kb_ids IS NULL OR cardinality(kb_ids) = 0 THEN RETURN; END IF;
  INSERT INTO lessons_lessonfacet (facet, value, lessons, count)
    SELECT DISTINCT m.facet, m.value, '\\x'::bytea, 0 FROM kb_fi_members(kb_ids) m
    ON CONFLICT (facet, value) DO NOTHING;
  FOR r IN
    SELECT f.id, f.lessons, f.count, coalesce(m.lessons, '{}') AS wanted
      FROM lessons_lessonfacet f
      LEFT JOIN (SELECT m.facet, m.value, array_agg(DISTINCT m.lesson) AS lessons
                   FROM kb_fi_members(kb_ids) m GROUP BY 1, 2) m
        ON m.facet = f.facet AND m.value = f.value
     ORDER BY f.id
       FOR UPDATE OF f
  LOOP
    bits := r.lessons;
    delta := 0;
    FOREACH i IN ARRAY kb_ids LOOP
      IF i / 8 < length(bits) AND get_bit(bits, i) = 1 THEN
        bits := set_bit(bits, i, 0);
        delta := delta - 1;
      END IF;
    END LOOP;
    FOREACH i IN ARRAY r.wanted LOOP
      IF i / 8 >= length(bits) THEN
        bits := bits || decode(repeat('00', (i / 8 + 1 - length(bits))::int), 'hex');
      END IF;
      bits := set_bit(bits, i, 1);
      delta := delta + 1;
    END LOOP;
    IF bits <> r.lessons THEN
      UPDATE lessons_lessonfacet SET lessons = bits, count = r.count + delta WHERE id = r.id;
    END IF;
  END LOOP;
END $kb$
"""

_BITS = """
CREATE FUNCTION kb_fi_bits(kb_ids bigint[]) RETURNS bytea LANGUAGE sql IMMUTABLE AS $kb$
  SELECT coalesce(decode(string_agg(lpad(to_hex(coalesce(b.byte, 0)), 2, '0'), ''
                                    ORDER BY p.pos), 'hex'), '\\x'::bytea)
    FROM generate_series(0, (SELECT max(i) FROM unnest(kb_ids) i) / 8) AS p(pos)
    LEFT JOIN (SELECT i / 8 AS pos, bit_or(1 << (i % 8)::int) AS byte
                 FROM unnest(kb_ids) i GROUP BY 1) b ON b.pos = p.pos
$kb$
"""

# The tables whose writes change the index, with the column that names the lesson.
_WATCHED = {
    "lessons_lesson": "id",
    "lessons_taggedlesson": "content_object_id",
    "lessons_lesson_audiences": "lesson_id",
    "lessons_lesson_parties": "lesson_id",
}


def _trigger_statements() -> list[str]:
    statements = [
        "CREATE FUNCTION kb_fi_members(kb_ids bigint[]) RETURNS TABLE(facet text, value text, "
        f"lesson bigint) LANGUAGE sql STABLE AS $kb$ {_members_sql(True)} $kb$",
        "CREATE FUNCTION kb_fi_members_all() RETURNS TABLE(facet text, value text, "
        f"lesson bigint) LANGUAGE sql STABLE AS $kb$ {_members_sql(False)} $kb$",
        _REFRESH,
        _BITS,
    ]
    for table, column in _WATCHED.items():
        changed = f"SELECT n.{column} FROM kb_new n UNION SELECT o.{column} FROM kb_old o"
        if table == "lessons_lesson":  # only publishing and the source change the index
            changed = (
                "SELECT n.id FROM kb_new n JOIN kb_old o ON o.id = n.id WHERE n.status IS "
                "DISTINCT FROM o.status OR n.source_id IS DISTINCT FROM o.source_id"
            )
        statements.append(
            f"CREATE FUNCTION kb_fi_{table}() RETURNS trigger LANGUAGE plpgsql AS $kb$ BEGIN "
            f"IF current_setting('{DEFERRED_SETTING}', true) = 'on' THEN RETURN NULL; END IF; "
            f"IF TG_OP = 'INSERT' THEN "
            f"PERFORM kb_fi_refresh(ARRAY(SELECT {column} FROM kb_new)); "
            f"ELSIF TG_OP = 'DELETE' THEN "
            f"PERFORM kb_fi_refresh(ARRAY(SELECT {column} FROM kb_old)); "
            f"ELSE PERFORM kb_fi_refresh(ARRAY({changed})); END IF; RETURN NULL; END $kb$"
        )
        for event, tables in (("INSERT", "NEW TABLE AS kb_new"), ("DELETE", "OLD TABLE AS kb_old"),
                              ("UPDATE", "OLD TABLE AS kb_old NEW TABLE AS kb_new")):  # fmt: skip
            statements.append(
                f"CREATE TRIGGER kb_fi_{table}_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION kb_fi_{table}()"
            )
    return statements


# While this is 'on' (for one transaction), the triggers leave the index alone: see defer().
DEFERRED_SETTING = "kb.facet_index_deferred"


def defer() -> None:
    """Until :func:`refresh` or the end of the transaction, writes leave the index alone.

    For bulk writes such as an import: the triggers work per statement, and each refresh
    reads every facet, so a thousand single-row inserts cost a thousand refreshes. The
    caller refreshes the lessons it wrote once, at the end, in the same transaction (a dry
    run that is rolled back need not). Outside a transaction this does nothing.
    """
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'on', true)", [DEFERRED_SETTING])


def refresh(lesson_ids) -> None:
    """Back to per-statement upkeep, after bringing these lessons up to date at once."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, 'off', true)", [DEFERRED_SETTING])
        cursor.execute("SELECT kb_fi_refresh(%s::bigint[])", [sorted(lesson_ids)])


def install(using: str = "default", **kwargs) -> None:
    """Create the triggers and rebuild the index (a post_migrate receiver, Postgres only)."""
    if connection.vendor != "postgresql" or using != connection.alias:
        return
    existing = set(connection.introspection.table_names())
    if not {*_WATCHED, LessonFacet._meta.db_table} <= existing:
        return
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in _trigger_statements():
            cursor.execute(statement)
    rebuild()


def rebuild() -> int:
    """Compute the whole index afresh from the lessons (Postgres); returns its size."""
    if connection.vendor != "postgresql":
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM lessons_lessonfacet")
        cursor.execute(
            "INSERT INTO lessons_lessonfacet (facet, value, lessons, count) "
            "SELECT facet, value, kb_fi_bits(array_agg(lesson)), count(DISTINCT lesson) "
            "FROM kb_fi_members_all() GROUP BY facet, value"
        )
        return cursor.rowcount

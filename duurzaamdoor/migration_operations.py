"""Migration operations of the project's own: Postgres-only indexes (SQLite has no GIN or
pg_trgm), and rewriting rows into the form the fields now store."""

import re

from django.db import migrations


def postgres_only(forward_sql: str, backward_sql: str) -> migrations.RunPython:
    def forward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(forward_sql)

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(backward_sql)

    return migrations.RunPython(forward, backward)


def search_vector_index(table: str) -> migrations.RunPython:
    """A GIN index on ``table``.search_vector."""
    name = f"{table}_search_vector_gin"
    return postgres_only(
        f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_vector)",
        f"DROP INDEX IF EXISTS {name}",
    )


def public_search_index(table: str, public: str) -> migrations.RunPython:
    """A GIN index on ``table``.search_vector for the public rows only (``public``, SQL),
    in place of one over all rows: search only ever looks at public rows."""
    full, partial = f"{table}_search_vector_gin", f"{table}_public_search_gin"
    return postgres_only(
        f"CREATE INDEX IF NOT EXISTS {partial} ON {table} USING gin (search_vector) "
        f"WHERE {public}; DROP INDEX IF EXISTS {full}",
        f"CREATE INDEX IF NOT EXISTS {full} ON {table} USING gin (search_vector); "
        f"DROP INDEX IF EXISTS {partial}",
    )


_LINE_ENDINGS = re.compile("\r\n?")


def stored_as_forms_send(
    app_label: str,
    model_name: str,
    *,
    multi_line: tuple[str, ...] = (),
    single_line: tuple[str, ...] = (),
    moments: tuple[str, ...] = (),
) -> migrations.RunPython:
    """Rewrite rows stored before texts and moments had one stored form (duurzaamdoor/text.py,
    duurzaamdoor/datetimes.py), in the model's table and in its history's: line feeds only,
    no surrounding whitespace, moments to the second. Otherwise the first save of such a
    row records a change nobody made. Fields a table lacks (left out of the history) are
    skipped."""

    def stored(value, multi: bool):
        if not isinstance(value, str):
            return value
        return (_LINE_ENDINGS.sub("\n", value) if multi else value).strip()

    def forward(apps, schema_editor):
        for name in (model_name, f"historical{model_name}"):
            model = apps.get_model(app_label, name)
            present = {field.name for field in model._meta.fields}
            texts = {
                **{field: True for field in multi_line if field in present},
                **{field: False for field in single_line if field in present},
            }
            times = [field for field in moments if field in present]
            changed = []
            for row in model._base_manager.only("pk", *texts, *times).iterator(chunk_size=1000):
                before = [getattr(row, field) for field in (*texts, *times)]
                for field, multi in texts.items():
                    setattr(row, field, stored(getattr(row, field), multi))
                for field in times:
                    value = getattr(row, field)
                    if value is not None:
                        setattr(row, field, value.replace(microsecond=0))
                if [getattr(row, field) for field in (*texts, *times)] != before:
                    changed.append(row)
            model._base_manager.bulk_update(changed, [*texts, *times], batch_size=500)

    return migrations.RunPython(forward, migrations.RunPython.noop)

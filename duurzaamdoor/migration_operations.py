"""Migration operations that only apply to Postgres (SQLite has no GIN or pg_trgm)."""

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

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


# --- moving models to another app --------------------------------------------------------


def moved_tables(tables: dict[str, str]) -> migrations.RunPython:
    """Rename tables (old name -> new name), for models that moved to another app, with
    what is named after them: the indexes and constraints Django or the database named
    after the table (``<table>_<columns>_<hash><suffix>``, ``<table>_pkey``, ``_key``,
    ``_check``, ``<table>_public_search_gin``) and, on Postgres, the id sequences. A later
    migration of the moved models then finds every name where Django looks for it (it
    computes some, such as Postgres' ``_like`` indexes). Backwards, everything gets its
    old name back. No row is touched: a rename keeps the data where it is."""

    def forward(apps, schema_editor):
        _rename_tables(schema_editor, tables)

    def backward(apps, schema_editor):
        _rename_tables(schema_editor, {new: old for old, new in tables.items()})

    return migrations.RunPython(forward, backward)


def _rename_tables(schema_editor, tables: dict[str, str]) -> None:
    for old, new in tables.items():
        schema_editor.alter_db_table(None, old, new)  # the model is not needed for a rename
    for old, new in tables.items():
        for name, renamed in _renamed_constraints(schema_editor, old, new, tables).items():
            _rename_constraint(schema_editor, new, name, renamed)
        if schema_editor.connection.vendor == "postgresql":
            _rename_sequences(schema_editor, old, new)


def _renamed_constraints(schema_editor, old: str, new: str, tables: dict[str, str]) -> dict:
    """The constraints and indexes of table ``new`` (formerly ``old``) named after ``old``,
    each with the name it would have been given in ``new``."""
    connection = schema_editor.connection
    earlier = {renamed: name for name, renamed in tables.items()}
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, new)
    names = {}
    for name, info in constraints.items():
        columns = info["columns"] or []
        if info["foreign_key"]:
            # The suffix names the table referred to, as it was called then.
            to_table, to_column = info["foreign_key"]
            before = earlier.get(to_table, to_table)
            suffixes = [(f"_fk_{before}_{to_column}", f"_fk_{to_table}_{to_column}")]
        else:
            suffixes = [("", ""), ("_uniq", "_uniq"), ("_like", "_like")]
        for suffix, new_suffix in suffixes:
            # Django's own naming (a private method, but the one place that knows it).
            if name == schema_editor._create_index_name(old, columns, suffix=suffix):
                names[name] = schema_editor._create_index_name(new, columns, suffix=new_suffix)
                break
        else:
            if name.startswith(f"{old}_"):  # named by the database, or by this project
                names[name] = new + name[len(old) :]
    return names


def _rename_constraint(schema_editor, table: str, name: str, renamed: str) -> None:
    quote = schema_editor.quote_name
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "SELECT 1 FROM pg_constraint WHERE conrelid = %s::regclass AND conname = %s",
                [table, name],
            )
            is_constraint = cursor.fetchone() is not None
        if is_constraint:  # renames the index behind a primary key or unique one too
            schema_editor.execute(
                f"ALTER TABLE {quote(table)} RENAME CONSTRAINT {quote(name)} TO {quote(renamed)}"
            )
        else:
            schema_editor.execute(f"ALTER INDEX {quote(name)} RENAME TO {quote(renamed)}")
        return
    if schema_editor.connection.vendor == "sqlite":
        # SQLite renames no index: it is made again under the new name. Only named indexes
        # have a definition of their own (others are part of the table's).
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = %s", [name]
            )
            row = cursor.fetchone()
        if row and row[0]:
            definition = re.sub(
                rf"^(CREATE (?:UNIQUE )?INDEX ){re.escape(quote(name))}",
                rf"\g<1>{quote(renamed)}",
                row[0],
            )
            schema_editor.execute(f"DROP INDEX {quote(name)}")
            schema_editor.execute(definition)


def _rename_sequences(schema_editor, old: str, new: str) -> None:
    """The sequences of the table's identity columns, named ``<table>_<column>_seq``."""
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.relname, a.attname FROM pg_class s "
            "JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid "
            "JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            "WHERE s.relkind = 'S' AND d.refobjid = %s::regclass",
            [new],
        )
        sequences = cursor.fetchall()
    quote = schema_editor.quote_name
    for sequence, column in sequences:
        if sequence == f"{old}_{column}_seq":
            schema_editor.execute(
                f"ALTER SEQUENCE {quote(sequence)} RENAME TO {quote(f'{new}_{column}_seq')}"
            )


def moved_content_types(old_app: str, new_app: str, models: tuple[str, ...]):
    """Move the content types of ``models`` (lower-case names) from app ``old_app`` to
    ``new_app``, in place: their ids stay, and with them the permissions (of groups and
    staff), the admin's log and whatever else refers to them. Backwards, back.

    A content type already made for the other app (``migrate`` makes the content types of
    every installed model afterwards, also of a model whose migration has not run yet) is
    merged into the one that moves: what refers to it refers to the moving one instead."""

    def move(apps, source: str, target: str) -> None:
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in models:
            moving = ContentType.objects.filter(app_label=source, model=model).first()
            if moving is None:  # a new database: the content types come after migrate
                continue
            stand_in = ContentType.objects.filter(app_label=target, model=model).first()
            if stand_in is not None:
                _merge_content_type(apps, stand_in, into=moving)
            moving.app_label = target
            moving.save(update_fields=["app_label"])

    return migrations.RunPython(
        lambda apps, schema_editor: move(apps, old_app, new_app),
        lambda apps, schema_editor: move(apps, new_app, old_app),
    )


def _merge_content_type(apps, stand_in, *, into) -> None:
    ContentType = stand_in.__class__
    Permission = apps.get_model("auth", "Permission")
    kept = {p.codename: p for p in Permission.objects.filter(content_type=into)}
    holders = [  # groups and users with permissions: (link table, holder, permission)
        (field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name())
        for model in apps.get_models()
        for field in model._meta.many_to_many
        if field.remote_field.model is Permission
    ]
    for permission in Permission.objects.filter(content_type=stand_in):
        twin = kept.get(permission.codename)
        if twin is None:
            permission.content_type = into
            permission.save(update_fields=["content_type"])
            continue
        for through, holder, link in holders:
            has_twin = through.objects.filter(**{link: twin}).values(holder)
            links = through.objects.filter(**{link: permission})
            links.filter(**{f"{holder}__in": has_twin}).delete()
            links.update(**{link: twin})
        permission.delete()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.remote_field.model is ContentType:
                model._base_manager.filter(**{field.name: stand_in}).update(**{field.name: into})
    stand_in.delete()

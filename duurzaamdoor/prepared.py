"""Queries the ORM compiles once per process, then runs with other values.

Turning a queryset into SQL costs a first visitor more than running it, for the small,
fixed-shape queries of a detail page (a union of six link lists is ~2 ms of Python, 0.1 ms
of Postgres). :class:`Prepared` keeps the queryset as the one definition of the query,
compiles it on first use with marker values in place of the arguments, and afterwards only
swaps the real values into the compiled parameters.

The ``any`` lookup (``filter(pk__any=[1, 2, 3])``) is ``IN`` with a whole list as one
parameter, so that a query with a list of ids keeps one shape, whatever the list's length.
"""

import json
from collections.abc import Callable

from django.db import connections
from django.db.models import Field, ForeignObject, Lookup, QuerySet
from django.db.models.fields.related_lookups import RelatedLookupMixin

# Values nobody stores: they mark where each argument goes in the compiled parameters.
_MARKERS = [-7_301_000_000_000 - n for n in range(8)]


@Field.register_lookup
class Any(Lookup):
    """``field IN (the values of one list parameter)``."""

    lookup_name = "any"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        values = [self.lhs.output_field.get_db_prep_value(v, connection) for v in value]
        return "%s", [values if connection.vendor == "postgresql" else json.dumps(values)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]
        sql = f"{lhs} IN (SELECT value FROM json_each({rhs}))"  # noqa: S608 - compiled parts
        return sql, [*lhs_params, *rhs_params]


@ForeignObject.register_lookup
class RelatedAny(RelatedLookupMixin, Any):
    """``any`` on a foreign key: ``filter(lesson__any=[1, 2])``."""


class Prepared:
    """``Prepared(lambda pk: Model.objects.filter(pk=pk).values_list(...))``, then
    ``.rows(42)``: the rows of that queryset for 42, compiled only the first time.

    Each argument must reach the SQL as one parameter of its own: a scalar compared with
    ``=``, or a list through ``__any``. Rows are tuples, converted as ``values_list()``
    converts them (datetimes, booleans).
    """

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self._compiled: dict[str, tuple[str, list, list[tuple[int, int, str]]]] = {}

    def _compile(self, using: str, arity: int, lists: tuple[bool, ...]):
        markers = [[_MARKERS[n]] if is_list else _MARKERS[n] for n, is_list in enumerate(lists)]
        queryset = self.build(*markers)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        # The ORM's own conversions of the selected values (e.g. SQLite's datetimes).
        converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
        params = list(params)
        places = []
        for position, value in enumerate(params):
            for n, marker in enumerate(markers):
                if not isinstance(marker, list):
                    if value == marker:
                        places.append((position, n, "scalar"))
                elif value == marker:
                    places.append((position, n, "array"))
                elif value == json.dumps(marker):
                    places.append((position, n, "json"))
        if sorted({n for _, n, _ in places}) != list(range(arity)):
            raise ValueError(f"Every argument must be one parameter of the SQL: {sql}")
        return sql, params, places, converters

    def rows(self, *values, using: str = "default") -> list[tuple]:
        lists = tuple(isinstance(value, list | tuple | set) for value in values)
        key = f"{using}:{lists}"
        if key not in self._compiled:
            self._compiled[key] = self._compile(using, len(values), lists)
        sql, params, places, converters = self._compiled[key]
        params = list(params)
        for position, n, kind in places:
            value = values[n]
            if kind == "array":
                value = list(value)
            elif kind == "json":
                value = json.dumps(list(value))
            params[position] = value
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            values = list(row)
            for position, (functions, expression) in converters.items():
                for function in functions:
                    values[position] = function(values[position], expression, connection)
            converted.append(tuple(values))
        return converted


class PreparedModels(Prepared):
    """:class:`Prepared` for model instances: ``PreparedModels(lambda pk:
    Actor.objects.filter(ecosystem=pk))``, then ``.objects(42)``: instances with every
    concrete field loaded, in the queryset's order, as the queryset would give them."""

    def __init__(self, build: Callable[..., QuerySet]):
        self.model = None
        super().__init__(self._values_of(build))

    def _values_of(self, build: Callable[..., QuerySet]) -> Callable[..., QuerySet]:
        def values(*arguments) -> QuerySet:
            queryset = build(*arguments)
            self.model = queryset.model
            self.attnames = [field.attname for field in self.model._meta.concrete_fields]
            return queryset.values_list(*self.attnames)

        return values

    def objects(self, *values, using: str = "default") -> list:
        rows = self.rows(*values, using=using)  # compiles first, which sets the model
        return [self.model.from_db(using, self.attnames, row) for row in rows]

"""Paginators whose counts are cached: the public lists' and the admin's.

A count is a whole scan of what it counts; here it is kept as long as what it counted is
unchanged (:mod:`duurzaamdoor.table_versions`), for the public with the content it
counted, for the admin until any counted table is written to.
"""

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from duurzaamdoor import table_versions
from duurzaamdoor.caching import VALUE_TIMEOUT, cache_key, cached_value


def _count_sql(queryset: QuerySet) -> str | None:
    try:
        return repr(queryset.query.sql_with_params())
    except EmptyResultSet:  # e.g. .none(), or a search that can match nothing
        return None


class ListPaginator(Paginator):
    """For the public lists: the count is cached with the content it counted (or given),
    and deep pages first look up only the ids of their rows, from whichever end of the list
    is nearer (an index-only scan past the offset), then fetch those rows, instead of
    reading every skipped row in full. A deep page's ``object_list`` is then a list."""

    deep_offset = 500
    max_pages = 1000  # deeper pages would cost in proportion; nobody pages that far

    def __init__(self, *args, count: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if count is not None:
            self.count = count  # known already, e.g. from the filter index

    @cached_property
    def num_pages(self) -> int:
        return min(super().num_pages, self.max_pages)

    @cached_property
    def count(self) -> int:
        if not isinstance(self.object_list, QuerySet):
            return len(self.object_list)
        sql = _count_sql(self.object_list)
        if sql is None:
            return 0
        label = self.object_list.model._meta.label
        return cached_value("count", label, sql, compute=lambda: Paginator.count.func(self))

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if bottom < self.deep_offset or not isinstance(self.object_list, QuerySet):
            return super().page(number)
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = self.object_list.values_list("pk", flat=True)
        if bottom > self.count // 2 and keys.ordered:
            # Past the middle, count from the end: the last page costs what the first does.
            ids = list(keys.reverse()[self.count - top : self.count - bottom])[::-1]
        else:
            ids = list(keys[bottom:top])
        by_pk = {_pk(row): row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([by_pk[pk] for pk in ids if pk in by_pk], number, self)


def _pk(row):
    """The primary key of a row of a list: an instance, or a ``values_list()`` row whose
    first value is the key (as the lists' card rows are)."""
    return row[0] if isinstance(row, tuple) else row.pk


class CachedCountPaginator(Paginator):
    """For the admin: the count is cached until any table it counts is written to, also
    where the public sees nothing (a new case is counted at once). Paging through a list
    of a hundred thousand rows counts them once, not on every page."""

    @cached_property
    def count(self) -> int:
        sql = _count_sql(self.object_list)
        if sql is None:
            return 0
        stamp = table_versions.write_counters(table_versions.tables_in(sql))
        key = cache_key("admin-count", self.object_list.model._meta.label, sql, stamp)
        count = cache.get(key)
        if count is None:
            count = Paginator.count.func(self)
            cache.set(key, count, VALUE_TIMEOUT)
        return count

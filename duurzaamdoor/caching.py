"""Caching that follows what a page shows, and is never stale.

A cached page or value remembers which tables it read and their versions
(:mod:`duurzaamdoor.table_versions`); it is served as long as none of those tables had a
public change since. The database bumps the versions itself, in the writing transaction,
so no writer has to remember anything, and writes the public cannot see (drafts, cases
that are not public, votes) leave every page in place.

Whole pages are cached for visitors without a session, under the canonical form of their
address: unknown query parameters are dropped, repeated values count once and the order
does not matter, so no variant of an address renders the page afresh. The view itself
sees only the canonical parameters. An address that only looks like a page of its own (a
filter value nobody has, a page number past the end) is answered but not kept
(:func:`not_canonical`), so that nobody can fill the cache with variants.

A cache is a bonus: with an empty one, every page renders in a bounded number of queries.
"""

import functools
import hashlib
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar

from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import get_max_age
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as django_gettext

from duurzaamdoor import table_versions

PAGE_TIMEOUT = 600  # also bounds how long "upcoming" on a cached page can lag behind the clock
VALUE_TIMEOUT = 3600
MAX_PATH_LENGTH = 500
MAX_TEXT_LENGTH = 200  # of a free-text parameter such as q
TEXT_PARAMS = frozenset({"q"})
NUMBER_PARAMS = frozenset({"page", "p"})
_SPACES = re.compile(r"\s+")


def _key(*parts: object) -> str:
    raw = "\x1f".join(str(part) for part in parts)
    return "kb:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def cached_value(name: str, *parts: object, compute: Callable[[], object]) -> object:
    """The value of ``compute()`` (it must pickle), cached until a table it read changes.

    Inside a page, the tables the value read count as read by the page. None is not cached:
    asking for what does not exist costs a query each time, not memory.
    """
    key = _key("value", name, *parts)
    with table_versions.reading() as reads:
        stored = cache.get(key)
        if stored is not None:
            stamp, value = stored
            if reads.fresh(stamp):
                reads.include(stamp)
                return value
        value = compute()
        if value is not None and reads.cacheable:
            cache.set(key, (reads.stamp(), value), VALUE_TIMEOUT)
        return value


# --- the canonical address -------------------------------------------------------------


def canonical_query(query: QueryDict, params: Iterable[str]) -> QueryDict:
    """Only the known parameters, in a fixed order, each value once.

    Free text is trimmed and its spaces collapsed; a page number is a plain positive
    number, and page 1 is no parameter at all.
    """
    canonical = QueryDict(mutable=True)
    for name in sorted(params):
        values = [value.strip() for value in query.getlist(name) if value.strip()]
        if not values:
            continue
        if name in TEXT_PARAMS:
            values = [_SPACES.sub(" ", values[0])[:MAX_TEXT_LENGTH].strip()]
        elif name in NUMBER_PARAMS:
            number = values[0]
            if not number.isdigit() or int(number) <= 1:
                continue
            values = [str(int(number))]
        else:
            values = sorted(set(values))
        canonical.setlist(name, values)
    canonical._mutable = False
    return canonical


# Per request of a public page: whether its answer may be kept (a list, to be set inside).
_keep: ContextVar[list[bool] | None] = ContextVar("kb_keep_page", default=None)


def not_canonical() -> None:
    """The page being rendered answers an address that is not one of its own pages (an
    unknown filter value that was dropped, a page number past the end): render it, but do
    not keep it in the cache."""
    keep = _keep.get()
    if keep is not None:
        keep[0] = False


def page_of(paginator: Paginator, number: str | None) -> Page:
    """``paginator.get_page(number)``; a number that is not one of its pages (past the
    end) still shows a page, which is then not kept (:func:`not_canonical`)."""
    page = paginator.get_page(number)
    if number and str(page.number) != str(number).strip():
        not_canonical()
    return page


def _use_canonical_query(request: HttpRequest, params: frozenset[str]) -> None:
    canonical = canonical_query(request.GET, params)
    request.GET = canonical
    request.META["QUERY_STRING"] = canonical.urlencode()


# --- whole pages, for visitors without a session ------------------------------------


def _anonymous_request(request: HttpRequest, cookies: tuple) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in cookies)
        and len(request.get_full_path()) <= MAX_PATH_LENGTH
    )


def _shareable(request: HttpRequest, response: HttpResponse) -> bool:
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a CSRF token
        and get_max_age(response) != 0
        and "private" not in response.get("Cache-Control", "")
    )


def public_page(params: Iterable[str] = (), personal_cookies: Iterable[str] = ()) -> Callable:
    """Serve a page from the cache to visitors without a session, while it is fresh.

    ``params`` are the query parameters the page understands; the view sees only those,
    in their canonical form, and every variant of the address shares one cached copy.
    A visitor with one of ``personal_cookies`` (or a session, or a waiting message) gets a
    page rendered for them. Responses say ``X-Cache: hit`` or ``miss``.
    """
    allowed = frozenset(params)
    cookies = (settings.SESSION_COOKIE_NAME, "messages", *personal_cookies)

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method in ("GET", "HEAD"):
                _use_canonical_query(request, allowed)
            with table_versions.reading() as reads:
                if not _anonymous_request(request, cookies):
                    return view(request, *args, **kwargs)
                key = _key(
                    "page", request.scheme, request.get_host(), get_language(),
                    request.get_full_path(),
                )  # fmt: skip
                stored = cache.get(key)
                if stored is not None and reads.fresh(stored[0]):
                    _stamp, status, headers, content = stored
                    response = HttpResponse(content, status=status, headers=headers)
                    response["X-Cache"] = "hit"
                    return response
                keep = [True]
                token = _keep.set(keep)
                try:
                    response = view(request, *args, **kwargs)
                    if callable(getattr(response, "render", None)) and not response.is_rendered:
                        response.render()  # a TemplateResponse, e.g. the sitemap
                finally:
                    _keep.reset(token)
                if keep[0] and _shareable(request, response) and reads.cacheable:
                    entry = (reads.stamp(), response.status_code, dict(response.items()),
                             response.content)  # fmt: skip
                    cache.set(key, entry, PAGE_TIMEOUT)
                response["X-Cache"] = "miss"
                return response

        return wrapped

    return decorator


# --- counts ----------------------------------------------------------------------------


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
        key = _key("admin-count", self.object_list.model._meta.label, sql, stamp)
        count = cache.get(key)
        if count is None:
            count = Paginator.count.func(self)
            cache.set(key, count, VALUE_TIMEOUT)
        return count


class CachedCountsAdminMixin:
    """For admins of tables that grow: no COUNT(*) of the whole table on every page, and
    rows that render quickly."""

    paginator = CachedCountPaginator
    show_full_result_count = False  # "N of M" would count the whole table again
    list_per_page = 50

    def action_checkbox(self, obj) -> str:
        # The same markup as Django's, without a template render per row; the label is
        # Django's own message, translated by Django's catalogue.
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            ACTION_CHECKBOX_NAME,
            obj.pk,
            format_html(django_gettext("Select this object for an action - {}"), obj),
        )

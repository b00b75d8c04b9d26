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
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.cache import get_max_age
from django.utils.translation import get_language

from duurzaamdoor import table_versions

PAGE_TIMEOUT = 600  # also bounds how long "upcoming" on a cached page can lag behind the clock
VALUE_TIMEOUT = 3600
MAX_PATH_LENGTH = 500
MAX_TEXT_LENGTH = 200  # of a free-text parameter such as q
TEXT_PARAMS = frozenset({"q"})
NUMBER_PARAMS = frozenset({"page", "p"})
_SPACES = re.compile(r"\s+")


def cache_key(*parts: object) -> str:
    """A key of this site's cache for ``parts`` (hashed: any length, any characters)."""
    raw = "\x1f".join(str(part) for part in parts)
    return "kb:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def cached_value(name: str, *parts: object, compute: Callable[[], object]) -> object:
    """The value of ``compute()`` (it must pickle), cached until a table it read changes.

    Inside a page, the tables the value read count as read by the page. None is not cached:
    asking for what does not exist costs a query each time, not memory.
    """
    key = cache_key("value", name, *parts)
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
                key = cache_key(
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

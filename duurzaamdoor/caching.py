"""Caching that is never stale: every key carries the content version, every write bumps it.

A save or delete of anything the public pages show (lessons, cases, maps, meetings, themes,
the search vocabulary) bumps the version, at once and again when its transaction commits:
a page rendered in between from the old data is stored under a version nobody reads any
more. Bulk writes that send no signals call :func:`bump_content_version` themselves.

The version lives in the cache, so every gunicorn worker must share one cache: Redis in
production (``DJANGO_REDIS_URL``). With the per-process memory cache of development a page
may be up to ``PAGE_TIMEOUT`` seconds old in the other processes.
"""

import functools
import hashlib
import time
from collections.abc import Callable, Iterable

from django.apps import apps
from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as django_gettext

VERSION_KEY = "kb:content-version"
PAGE_TIMEOUT = 600  # also bounds how long "upcoming" on a cached page can lag behind the clock
VALUE_TIMEOUT = 3600
CONTENT_APPS = {"lessons", "cases", "ecosystem", "duurzaamdoor", "taggit"}
# Positions change a meeting's results, which are never cached; votes would only churn.
# The search vocabulary is replaced in bulk, and bumps once when it is done.
NOT_CONTENT = {"position", "searchterm"}
MAX_PATH_LENGTH = 500


def _new_version() -> int:
    # Microseconds since the epoch: a version lost from the cache is never reused.
    return time.time_ns() // 1000


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache.get(VERSION_KEY) or _new_version()
    return version


def bump_content_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache (yet, or any more)
        cache.set(VERSION_KEY, _new_version(), timeout=None)


def bump_on_write() -> None:
    """Bump now (for this process) and after the commit (for readers of the old data)."""
    bump_content_version()
    transaction.on_commit(bump_content_version)


@functools.cache
def is_content(model: type) -> bool:
    meta = model._meta
    return (
        meta.app_label in CONTENT_APPS
        and meta.model_name not in NOT_CONTENT
        and not meta.model_name.startswith("historical")
    )


def _on_write(sender: type, **kwargs) -> None:
    bump_on_write()


def connect_signals() -> None:
    """Listen to the content models only: a receiver on every model would stop Django from
    deleting sessions or login attempts in bulk without loading them."""
    for model in apps.get_models(include_auto_created=True):
        if is_content(model):
            for signal in (post_save, post_delete, m2m_changed):
                signal.connect(
                    _on_write, sender=model, dispatch_uid=f"content-version-{id(signal)}"
                )


def versioned_key(*parts: object) -> str:
    raw = "\x1f".join(str(part) for part in (content_version(), *parts))
    return "kb:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def cached_value(name: str, *parts: object, compute: Callable[[], object]) -> object:
    """The value of ``compute()`` for the current content, cached (it must pickle).

    None is not cached: asking for what does not exist costs a query each time, not memory.
    """
    key = versioned_key(name, *parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, VALUE_TIMEOUT)
    return value


# --- whole pages, for visitors without a session ------------------------------------


def _anonymous_request(request: HttpRequest, params: frozenset[str], cookies: tuple) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in cookies)
        and set(request.GET) <= params
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
    """Serve a page from the cache to visitors without a session, for the current content.

    ``params`` are the query parameters the page understands; an address with any other
    parameter is rendered but not cached, so made-up addresses cannot fill the cache.
    A visitor with one of ``personal_cookies`` (or a session, or a waiting message) gets a
    page rendered for them.
    """
    allowed = frozenset(params)
    cookies = (settings.SESSION_COOKIE_NAME, "messages", *personal_cookies)

    def decorator(view: Callable) -> Callable:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _anonymous_request(request, allowed, cookies):
                return view(request, *args, **kwargs)
            key = versioned_key(
                "page", request.scheme, request.get_host(), get_language(), request.get_full_path()
            )
            stored = cache.get(key)
            if stored is not None:
                status, headers, content = stored
                return HttpResponse(content, status=status, headers=headers)
            response = view(request, *args, **kwargs)
            if callable(getattr(response, "render", None)) and not response.is_rendered:
                response.render()  # a TemplateResponse, e.g. the sitemap
            if _shareable(request, response):
                cache.set(key, (response.status_code, dict(response.items()), response.content),
                          PAGE_TIMEOUT)  # fmt: skip
            return response

        return wrapped

    return decorator


# --- counts in the admin --------------------------------------------------------------


class CachedCountPaginator(Paginator):
    """A paginator whose count is cached for the current content: paging through a list of
    a hundred thousand rows counts them once, not on every page."""

    @cached_property
    def count(self) -> int:
        query = self.object_list.query
        try:
            sql = repr(query.sql_with_params())
        except EmptyResultSet:  # e.g. .none(), or a search that can match nothing
            return 0
        return cached_value(
            "count", query.model._meta.label, sql, compute=lambda: Paginator.count.func(self)
        )


class ListPaginator(CachedCountPaginator):
    """For the public lists: deep pages first look up only the ids of their rows (an
    index-only scan past the offset), then fetch those rows, instead of reading every
    skipped row in full. A page's ``object_list`` is then a list, not a queryset."""

    deep_offset = 500

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if bottom < self.deep_offset or not isinstance(self.object_list, QuerySet):
            return super().page(number)
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


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

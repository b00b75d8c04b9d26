"""Rate limits on the public forms, so that robots cannot flood the database.

Counting happens in Django's cache. In production that must be a cache shared by every
gunicorn worker and host (Redis, see README); the default local-memory cache counts per
process. The limits themselves are settings (``RATE_LIMITS``), so tests can use low ones.
Clients are counted by network (:func:`duurzaamdoor.clients.client_key`, also the login
lockout's key): an IPv6 /64 is one client, and X-Forwarded-For counts only from our proxies.
Every refusal (429), the login lockout's too, says in ``Retry-After`` how many seconds are
left until the limit frees.
"""

import math
from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

from duurzaamdoor.clients import client_key


def _client_key(group: str, request: HttpRequest) -> str:
    return client_key(request)


def limit_reached(
    request: HttpRequest, group: str, rate: str | tuple[int, int], *, scope: str = ""
) -> int | None:
    """Count this request of the client (its network) against ``rate``. None while it is
    within the limit; over it, the seconds until the client's window ends and the limit
    frees (at least 1), for ``Retry-After``. ``scope`` gives the group a counter per thing,
    e.g. per statement.

    Every limit of the site counts here, the decorator below and the vote limits alike.
    """
    usage = get_usage(
        request,
        group=f"{group}:{scope}" if scope else group,
        key=_client_key,
        rate=rate,
        method=ALL,  # the caller decides which requests count; HEAD and GET count alike
        increment=True,
    )
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def with_retry_after(response: HttpResponse, seconds: int) -> HttpResponse:
    """A refusal (429) that says when to try again (RFC 6585, RFC 9110 section 10.2.3)."""
    response["Retry-After"] = str(max(1, int(seconds)))
    return response


def too_many_requests(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The friendly 429 page; for a script that asks for JSON only (the phone voting
    script), the same message as JSON. Both say in ``Retry-After`` when the limit frees."""
    if request.accepts("application/json") and not request.accepts("text/html"):
        message = _(
            "Er kwamen in korte tijd te veel verzoeken van jouw adres. Wacht een paar minuten "
            "en probeer het dan opnieuw."
        )
        response = JsonResponse({"ok": False, "message": message}, status=429)
    else:
        response = render(request, "429.html", status=429)
    return with_retry_after(response, retry_after)


def rate_limited(
    group: str,
    methods: tuple[str, ...] = ("POST",),
    *,
    applies: Callable[[HttpRequest], bool] | None = None,
) -> Callable:
    """Refuse with a friendly 429 page when the client exceeds ``RATE_LIMITS[group]``.

    Requests with one of ``methods`` count; with ``applies``, only those for which it is
    true (e.g. a GET that carries a search text).
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            rate = settings.RATE_LIMITS.get(group)
            if (
                rate
                and request.method in methods
                and (applies is None or applies(request))
                and (retry_after := limit_reached(request, group, rate))
            ):
                return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def carries_search_text(request: HttpRequest) -> bool:
    return bool(request.GET.get("q", "").strip())


def search_rate_limited(view: Callable) -> Callable:
    """The one limit of every public text search (``RATE_LIMITS["search"]``): each GET or
    HEAD with a non-empty ``q`` counts, whichever page runs it (/zoeken/, /lessen/?q=).
    A page without ``q`` (plain browsing and filtering) does not count.

    Put it above ``public_page``: a page served from the cache counts too. Deliberately:
    the budget is the same whatever other visitors searched before (a limit that counted
    only fresh renders would let a client find out, from when it is refused, which
    searches someone else did), a cached hit costs one counter increment more, and the
    limit (600/h by default) is far above what a person types.
    """
    return rate_limited("search", methods=("GET", "HEAD"), applies=carries_search_text)(view)


def lockout_response(request: HttpRequest, original_response=None, credentials=None):
    """The admin login lockout of django-axes (``AXES_LOCKOUT_CALLABLE``): a 429 page that
    says in ``Retry-After`` when axes lifts it, the cool-off after the last failed attempt
    of this user from this address."""
    response = render(request, "lockout.html", status=settings.AXES_HTTP_RESPONSE_CODE)
    return with_retry_after(response, _lockout_seconds(request, credentials))


def _lockout_seconds(request: HttpRequest, credentials: dict | None) -> int:
    cool_off = get_cool_off(request) or timedelta(0)
    handler = AxesProxyHandler.get_implementation()
    latest = None
    if hasattr(handler, "get_user_attempts"):  # the database handler, the one we use
        latest = max(
            (
                time
                for attempts in handler.get_user_attempts(request, credentials)
                for time in attempts.values_list("attempt_time", flat=True)
            ),
            default=None,
        )
    if latest is None:
        return math.ceil(cool_off.total_seconds())
    return math.ceil((latest + cool_off - timezone.now()).total_seconds())

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
from http import HTTPStatus

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_ratelimit import ALL
from django_ratelimit.core import get_usage

from duurzaamdoor.clients import client_key


def _client_key(group: str, request: HttpRequest) -> str:
    return client_key(request)


def _usage(
    request: HttpRequest, group: str, rate: str | tuple[int, int], *, increment: bool
) -> dict:
    return get_usage(
        request,
        group=group,
        key=_client_key,
        rate=rate,
        method=ALL,  # the caller decides which requests count; HEAD and GET count alike
        increment=increment,
    )


def limit_reached(
    request: HttpRequest, group: str, rate: str | tuple[int, int], *, scope: str = ""
) -> int | None:
    """Count this request of the client (its network) against ``rate``. None while it is
    within the limit; over it, the seconds until the client's window ends and the limit
    frees (at least 1), for ``Retry-After``. ``scope`` gives the group a counter per thing,
    e.g. per statement.

    Every limit of the site counts here, the decorator below and the vote limits alike.
    """
    usage = _usage(request, f"{group}:{scope}" if scope else group, rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def with_retry_after(response: HttpResponse, seconds: int) -> HttpResponse:
    """A refusal (429) that says when to try again (RFC 6585, RFC 9110 section 10.2.3)."""
    response["Retry-After"] = str(max(1, int(seconds)))
    return response


def _used_up(usage: dict | None) -> bool:
    """Whether one more request would go over (``should_limit`` says whether this one did).
    When the cache cannot count, django-ratelimit says limit (fail closed), as before."""
    return usage is not None and (usage["should_limit"] or usage["count"] >= usage["limit"])


def _try_again_message(seconds_left: int) -> str:
    """When the client may try again, in its own words: minutes and the clock time."""
    if seconds_left <= 0:
        return _("Wacht een paar minuten en probeer het dan opnieuw.")
    minutes = max(1, math.ceil(seconds_left / 60))
    at = timezone.localtime(timezone.now() + timedelta(seconds=seconds_left))
    return ngettext(
        "Over %(minutes)d minuut kun je het opnieuw proberen, om %(time)s uur.",
        "Over %(minutes)d minuten kun je het opnieuw proberen, om %(time)s uur.",
        minutes,
    ) % {"minutes": minutes, "time": at.strftime("%H:%M")}


def too_many_requests(request: HttpRequest, retry_after: int = -1) -> HttpResponse:
    """The friendly 429 page, saying when to try again (``retry_after``: seconds until the
    client's window ends; negative when unknown), also in ``Retry-After``; for a script
    that asks for JSON only (the phone voting script), the same message as JSON."""
    try_again = _try_again_message(retry_after)
    if request.accepts("application/json") and not request.accepts("text/html"):
        message = _("Er kwamen in korte tijd te veel verzoeken van jouw adres.") + " " + try_again
        response = JsonResponse({"ok": False, "message": message}, status=429)
    else:
        response = render(request, "429.html", {"try_again": try_again}, status=429)
    if retry_after > 0:
        with_retry_after(response, retry_after)
    return response


INVALID_INPUT = "kb_invalid_input"


def refused_as_invalid(response: HttpResponse) -> HttpResponse:
    """Mark the answer to a form that did not validate where it is not a 400 (a redirect
    back with an error message), so that :func:`rate_limited` does not count it."""
    setattr(response, INVALID_INPUT, True)
    return response


def _counts(response: HttpResponse) -> bool:
    invalid = response.status_code == HTTPStatus.BAD_REQUEST or getattr(
        response, INVALID_INPUT, False
    )
    return not invalid


# How many requests, accepted or not, a client may send per request a limit accepts.
ATTEMPTS_PER_ACCEPTED = 10


def _attempts(rate: str | tuple[int, int]) -> str | tuple[int, int]:
    """``rate`` with :data:`ATTEMPTS_PER_ACCEPTED` times the number: "60/h" gives "600/h"."""
    if isinstance(rate, tuple):
        return (rate[0] * ATTEMPTS_PER_ACCEPTED, rate[1])
    number, per = rate.split("/", 1)
    return f"{int(number) * ATTEMPTS_PER_ACCEPTED}/{per}"


def rate_limited(
    group: str,
    methods: tuple[str, ...] = ("POST",),
    *,
    applies: Callable[[HttpRequest], bool] | None = None,
) -> Callable:
    """Refuse with a friendly 429 page once the client used up ``RATE_LIMITS[group]``.

    Requests with one of ``methods`` count; with ``applies``, only those for which it is
    true (e.g. a GET that carries a search text). A request the view answers with 400 Bad
    Request (or marks with :func:`refused_as_invalid`) does not count: that is a form that
    did not validate, which stores nothing, and
    people behind one address (a workshop on the office network) who mistype must not use
    up the limit of the room. So the counter is read before the view and raised after it;
    requests that arrive at the very same moment can pass the last place together, which
    for a limit against floods is no matter.

    Every request counts towards a ceiling of :data:`ATTEMPTS_PER_ACCEPTED` times the
    limit, accepted or not, so that a script cannot send forms that do not validate
    without end.
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            rate = settings.RATE_LIMITS.get(group)
            if not (rate and request.method in methods and (applies is None or applies(request))):
                return view(request, *args, **kwargs)
            if retry_after := limit_reached(request, group, _attempts(rate), scope="attempts"):
                return too_many_requests(request, retry_after)
            usage = _usage(request, group, rate, increment=False)
            if _used_up(usage):
                return too_many_requests(request, max(1, usage["time_left"]))  # type: ignore[index]
            response = view(request, *args, **kwargs)
            if _counts(response):
                _usage(request, group, rate, increment=True)
            return response

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

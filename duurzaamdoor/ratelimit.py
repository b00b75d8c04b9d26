"""Rate limits on the public forms, so that robots cannot flood the database.

Counting happens in Django's cache. In production that must be a cache shared by every
gunicorn worker and host (Redis, see README); the default local-memory cache counts per
process. The limits themselves are settings (``RATE_LIMITS``), so tests can use low ones.
Clients are counted by network (:func:`duurzaamdoor.clients.client_key`, also the login
lockout's key): an IPv6 /64 is one client, and X-Forwarded-For counts only from our proxies.
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from duurzaamdoor.clients import client_key


def _client_key(group: str, request: HttpRequest) -> str:
    return client_key(request)


def limit_reached(
    request: HttpRequest, group: str, rate: str | tuple[int, int], *, scope: str = ""
) -> bool:
    """Count this request of the client (its network) against ``rate`` and tell whether it
    went over. ``scope`` gives the group a counter per thing, e.g. per statement.

    Every limit of the site counts here, the decorator below and the vote limits alike.
    """
    return is_ratelimited(
        request,
        group=f"{group}:{scope}" if scope else group,
        key=_client_key,
        rate=rate,
        method=ALL,  # the caller decides which requests count; HEAD and GET count alike
        increment=True,
    )


def too_many_requests(request: HttpRequest) -> HttpResponse:
    """The friendly 429 page; for a script that asks for JSON only (the phone voting
    script), the same message as JSON."""
    if request.accepts("application/json") and not request.accepts("text/html"):
        message = _(
            "Er kwamen in korte tijd te veel verzoeken van jouw adres. Wacht een paar minuten "
            "en probeer het dan opnieuw."
        )
        return JsonResponse({"ok": False, "message": message}, status=429)
    return render(request, "429.html", status=429)


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
                and limit_reached(request, group, rate)
            ):
                return too_many_requests(request)
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

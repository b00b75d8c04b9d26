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
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

from duurzaamdoor.clients import client_key


def _client_key(group: str, request: HttpRequest) -> str:
    return client_key(request)


def rate_limited(group: str, methods: tuple[str, ...] = ("POST",)) -> Callable:
    """Refuse with a friendly 429 page when the client exceeds ``RATE_LIMITS[group]``."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            rate = settings.RATE_LIMITS.get(group)
            if (
                rate
                and request.method in methods
                and is_ratelimited(
                    request,
                    group=group,
                    key=_client_key,
                    rate=rate,
                    method=list(methods),
                    increment=True,
                )
            ):
                return render(request, "429.html", status=429)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator

"""Rate limits on the public forms, so that robots cannot flood the database.

Counting happens in Django's cache. In production that must be a cache shared by every
gunicorn worker and host (Redis, see README); the default local-memory cache counts per
process. The limits themselves are settings (``RATE_LIMITS``), so tests can use low ones.
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the entry that our own proxies added to
    X-Forwarded-For (the ones before it can be set by anyone)."""
    if settings.PROXY_COUNT:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if len(forwarded) >= settings.PROXY_COUNT and forwarded[-settings.PROXY_COUNT]:
            return forwarded[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR", "")


def _client_key(group: str, request: HttpRequest) -> str:
    return client_ip(request)


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

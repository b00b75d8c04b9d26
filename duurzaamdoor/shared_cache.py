"""The shared cache (Redis), with one fallback for every use of it.

The cache only ever makes things faster: whatever is in it can also be computed anew. So a
cache that cannot be reached, or that accepts connections but never answers, must not make
a page fail or wait. :class:`ResilientRedisCache` is Django's Redis backend with

- short socket timeouts and no retries (a hung Redis costs a request at most
  ``socket_timeout`` once, not seconds per call);
- a circuit breaker: after a failure, the cache is left alone for ``RETRY_AFTER`` seconds
  (per process), so that the requests in between do not wait at all;
- a fallback for each operation while it is unreachable: reads miss and writes are dropped
  (``FALLBACK: None``, for pages and values, which are then rendered and computed
  afresh), or every operation goes to process-local memory (``FALLBACK: "local"``, for the
  rate limits: each worker then counts on its own, so the limits hold per worker instead
  of across workers, rather than not at all or for nobody).

Every use of the cache goes through the backend, so no caller needs a ``try`` of its own,
and a new caller cannot forget one. :func:`status` tells ``/healthz`` whether it is reachable.
"""

import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 0.25
DEFAULT_RETRY_AFTER_SECONDS = 5.0

# Per process, per Redis address: until when it is left alone (monotonic seconds).
_down_until: dict[str, float] = {}
_lock = threading.Lock()


def _unreachable() -> tuple[type[Exception], ...]:
    import redis

    # Connection and timeout errors, and the refusals of a Redis that is out of memory or
    # still loading its data: whatever the server answers, it is not a reason to fail.
    return (redis.exceptions.RedisError, OSError)


class ResilientRedisCache(RedisCache):
    """Django's Redis cache that degrades instead of failing; see the module docstring.

    ``OPTIONS`` may hold ``RETRY_AFTER`` (seconds) and ``FALLBACK`` (``None`` or
    ``"local"``) besides the connection options of redis-py, of which
    ``socket_connect_timeout`` and ``socket_timeout`` default to 0.25 s here."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS") or {})}
        options = params["OPTIONS"]
        self.retry_after = float(options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER_SECONDS))
        fallback = options.pop("FALLBACK", None)
        if fallback not in (None, "local"):
            raise ValueError(f"FALLBACK must be None or 'local', not {fallback!r}")
        options.setdefault("socket_connect_timeout", DEFAULT_TIMEOUT_SECONDS)
        options.setdefault("socket_timeout", DEFAULT_TIMEOUT_SECONDS)
        if "retry" not in options:
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            options["retry"] = Retry(NoBackoff(), 0)
        super().__init__(server, params)
        self.address = ",".join(self._servers)
        self.local = (
            LocMemCache(f"fallback:{self.address}", {"OPTIONS": {"MAX_ENTRIES": 10000}})
            if fallback == "local"
            else None
        )

    # --- the circuit ------------------------------------------------------------------

    @property
    def is_down(self) -> bool:
        """Left alone for now, after a recent failure."""
        return time.monotonic() < _down_until.get(self.address, 0.0)

    def _went_down(self, operation: str, error: Exception) -> None:
        with _lock:
            was_down = self.is_down
            _down_until[self.address] = time.monotonic() + self.retry_after
        if not was_down:
            logger.warning(
                "Cache %s onbereikbaar bij %s (%s: %s); %s s zonder cache verder.",
                self.address, operation, type(error).__name__, error, self.retry_after,
            )  # fmt: skip

    def _call(self, operation: str, missing, *args, **kwargs):
        if not self.is_down:
            try:
                return getattr(super(), operation)(*args, **kwargs)
            except _unreachable() as error:
                self._went_down(operation, error)
        if self.local is not None:
            return getattr(self.local, operation)(*args, **kwargs)
        return missing(*args, **kwargs)

    def ping(self) -> bool:
        """Whether Redis answers now (also while the circuit is open: a real check)."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except _unreachable() as error:
            self._went_down("ping", error)
            return False

    # --- every operation, with what an unreachable cache gives --------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", _false, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", lambda *a: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", _nothing, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", _false, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", _false, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", lambda *a: {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", _false, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", _missing_key, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", lambda data, *a: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", _nothing, keys, version)

    def clear(self):
        if self.local is not None:
            self.local.clear()
        return self._call("clear", _false)


def _false(*args) -> bool:
    return False


def _nothing(*args) -> None:
    return None


def _missing_key(key, *args):
    raise ValueError(f"Key '{key}' not found.")  # what Django's incr() says of a missing key


def status(alias: str = "default") -> str:
    """``"ok"``, ``"down"`` (Redis does not answer; the site runs without it) or
    ``"local"`` (no shared cache configured: local memory per process)."""
    cache = caches[alias]
    if not isinstance(cache, ResilientRedisCache):
        return "local"
    return "ok" if cache.ping() else "down"


def is_down(alias: str = "default") -> bool:
    """Whether the shared cache is being left alone after a recent failure."""
    cache = caches[alias]
    return isinstance(cache, ResilientRedisCache) and cache.is_down

"""Who is asking: the client's address, and the network that rate limits and the login
lockout count as one client.

**Trusted proxies.** ``X-Forwarded-For`` can be written by anyone; it is read only when
the direct peer (``REMOTE_ADDR``) is one of our own proxies (``TRUSTED_PROXIES``, networks
in CIDR notation, from ``DJANGO_TRUSTED_PROXIES``; empty by default: nobody is trusted and
the peer is the client). Each proxy appends the address it saw, so the chain is read from
the right: the client is the right-most entry that is not itself a trusted proxy. Entries
to its left were written by the client and are never used. ``PROXY_COUNT``
(``DJANGO_PROXY_COUNT``), when set, caps how many entries are read from the right; it no
longer makes any peer trusted (settings refuse it without ``TRUSTED_PROXIES``).

**Networks.** One IPv6 subscriber usually holds a whole /64 (2^64 addresses), so an IPv6
client is keyed by its /64 (``RATE_LIMIT_IPV6_PREFIX``); an IPv4 client by its address.
IPv4-mapped IPv6 addresses (``::ffff:192.0.2.7``, from a dual-stack listener) count as
the IPv4 address they carry.

**Garbage.** An address that does not parse never raises and never gives a fresh key:
a bad ``X-Forwarded-For`` entry falls back to the peer, and a missing or bad peer is
:data:`UNKNOWN_CLIENT`, one key for all such requests.
"""

import functools
import ipaddress
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Every request whose peer has no usable address shares this key (a valid address, so the
# lockout can store it in its address column).
UNKNOWN_CLIENT = "0.0.0.0"  # noqa: S104 - a key, nothing binds to it
MAX_FORWARDED_HOPS = 32  # read at most this many entries of X-Forwarded-For from the right
MAX_ENTRY_LENGTH = 64  # longer than any written address, with brackets, port and zone


def parse_networks(entries: Iterable[str], *, name: str = "DJANGO_TRUSTED_PROXIES") -> tuple:
    """Networks from addresses or CIDR ranges (``10.0.0.0/8``, ``2001:db8::/32``, ``::1``).

    Host bits are allowed (``10.1.2.3/8`` means ``10.0.0.0/8``); anything else is a
    configuration error, never silently ignored.
    """
    networks = []
    for entry in entries:
        text = str(entry).strip()
        if not text:
            continue
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}: {text!r} is no IP address or network (CIDR, e.g. 10.0.0.0/8)."
            ) from None
    return tuple(networks)


@functools.lru_cache(maxsize=8)
def _trusted(entries: tuple) -> tuple:
    return parse_networks(entries)


def trusted_proxies() -> tuple:
    """The configured proxy networks (settings may list strings or network objects)."""
    configured = settings.TRUSTED_PROXIES
    if isinstance(configured, str):
        configured = configured.split(",")
    return _trusted(tuple(str(entry) for entry in configured))


def parse_address(text: str | None) -> IPAddress | None:
    """An address as a proxy or server writes it, or None for anything else.

    Accepts ``192.0.2.7``, ``192.0.2.7:5678``, ``2001:db8::1``, ``[2001:db8::1]:443`` and a
    zone (``fe80::1%eth0``, which is dropped); an IPv4-mapped IPv6 address becomes IPv4.
    """
    if not text:
        return None
    text = text.strip()
    if not text or len(text) > MAX_ENTRY_LENGTH:
        return None
    if text.startswith("["):  # [v6]:port or [v6]
        text, bracket, _rest = text[1:].partition("]")
        if not bracket:
            return None
    elif text.count(":") == 1:  # v4:port
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.scope_id is not None:
            return ipaddress.IPv6Address(int(address))  # the same address, without its zone
    return address


def _is_trusted(address: IPAddress, proxies: tuple) -> bool:
    return any(address.version == network.version and address in network for network in proxies)


def client_address(request: HttpRequest) -> IPAddress | None:
    """The client's address (see the module text), or None when the peer has none."""
    peer = parse_address(request.META.get("REMOTE_ADDR"))
    proxies = trusted_proxies()
    if peer is None or not proxies or not _is_trusted(peer, proxies):
        return peer
    hops = MAX_FORWARDED_HOPS
    if settings.PROXY_COUNT:
        hops = min(hops, settings.PROXY_COUNT)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    # Only the last entries are split off: a long header costs no more than a short one.
    entries = forwarded.rsplit(",", hops)[-hops:] if forwarded.strip() else []
    client = peer
    for entry in reversed(entries):
        address = parse_address(entry)
        if address is None:
            return peer  # a broken chain: the one address we know is real
        client = address
        if not _is_trusted(address, proxies):
            return address
    return client  # every entry read was one of our proxies: the left-most of them


def network_of(address: IPAddress) -> IPNetwork:
    """The network counted as one client: the IPv6 /64 (configurable), or the IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        prefix = settings.RATE_LIMIT_IPV6_PREFIX
        return ipaddress.IPv6Network((address, prefix), strict=False)
    return ipaddress.IPv4Network((address, 32))


def client_key(request: HttpRequest) -> str:
    """The one key of a client for every rate limit and for the login lockout.

    The first address of the client's network (``2001:db8:1:2::`` for a whole /64), so it
    is still a valid IP address where one is stored (django-axes' attempt records).
    """
    address = client_address(request)
    if address is None:
        return UNKNOWN_CLIENT
    return str(network_of(address).network_address)

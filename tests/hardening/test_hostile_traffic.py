"""Issue 14, item 4: who the client is, for every rate limit and the admin lockout.

X-Forwarded-For counts only from our own proxies (``TRUSTED_PROXIES``), an IPv6 client is
its /64, and no address, however broken, crashes anything or buys a fresh key.
"""

import ipaddress
import re
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.test import RequestFactory, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from duurzaamdoor.clients import (
    UNKNOWN_CLIENT,
    client_address,
    client_key,
    network_of,
    parse_address,
)
from tests.factories import PASSWORD
from tests.helpers import PRODUCTION_ENV, run_django

NETWORK = ipaddress.IPv6Network("2001:db8:1:2::/64")
QUICK = hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def search_limit(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "3/h"}


def key_of(remote_addr: str | None, forwarded: str | None = None) -> str:
    request = RequestFactory().get("/")
    if remote_addr is None:
        del request.META["REMOTE_ADDR"]
    else:
        request.META["REMOTE_ADDR"] = remote_addr
    if forwarded is not None:
        request.META["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_key(request)


def search(client, **meta) -> int:
    return client.get("/zoeken/", {"q": "bouw"}, **meta).status_code


# --- IPv6 networks ---------------------------------------------------------------------


@QUICK
@given(st.integers(0, 2**64 - 1), st.integers(0, 2**64 - 1))
def test_every_address_of_one_ipv6_64_is_one_client(first, second):
    """All 2^64 addresses of a /64 share one key: the interface bits never matter."""
    base = int(NETWORK.network_address)
    one = str(ipaddress.IPv6Address(base + first))
    other = str(ipaddress.IPv6Address(base + second))
    assert key_of(one) == key_of(other) == "2001:db8:1:2::"


def test_one_ipv6_64_shares_one_search_limit(client, db, search_limit):
    last = str(NETWORK.broadcast_address)  # 2001:db8:1:2:ffff:ffff:ffff:ffff
    for address in ("2001:db8:1:2::1", "2001:db8:1:2:dead:beef:0:1", last):
        assert search(client, REMOTE_ADDR=address) == 200
    # A fourth address of the same /64 is the same client, past its limit.
    assert search(client, REMOTE_ADDR="2001:db8:1:2:1234:5678:9abc:def0") == 429
    # The neighbouring /64 is another subscriber, with a budget of its own.
    assert search(client, REMOTE_ADDR="2001:db8:1:3::1") == 200


def test_the_ipv6_prefix_is_configurable(settings):
    settings.RATE_LIMIT_IPV6_PREFIX = 56
    assert key_of("2001:db8:1:2::1") == key_of("2001:db8:1:ff::1") == "2001:db8:1::"
    assert key_of("2001:db8:1:100::1") != key_of("2001:db8:1:2::1")
    settings.RATE_LIMIT_IPV6_PREFIX = 128
    assert key_of("2001:db8:1:2::1") != key_of("2001:db8:1:2::2")


def test_ipv4_clients_are_their_address_also_when_mapped_into_ipv6():
    assert key_of("192.0.2.7") == "192.0.2.7"
    assert key_of("192.0.2.8") == "192.0.2.8"
    # A dual-stack listener writes IPv4 peers as ::ffff:a.b.c.d; as a /64 that would make
    # the whole IPv4 internet one client.
    assert key_of("::ffff:192.0.2.7") == "192.0.2.7"
    assert key_of("::ffff:192.0.2.7") != key_of("::ffff:192.0.2.8")


# --- trusted proxies -------------------------------------------------------------------


def test_by_default_nobody_is_trusted_and_forwarded_for_is_ignored(settings):
    assert settings.TRUSTED_PROXIES == []
    assert key_of("203.0.113.9", "198.51.100.1") == "203.0.113.9"


def test_a_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(client, db, search_limit,
                                                                   settings):  # fmt: skip
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.PROXY_COUNT = 1  # was enough, before, to believe any peer
    statuses = [
        search(client, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        for n in range(4)
    ]
    assert statuses == [200, 200, 200, 429]  # one client, whatever it claims to be
    assert search(client, REMOTE_ADDR="203.0.113.10", HTTP_X_FORWARDED_FOR="198.51.100.0") == 200


def test_from_a_trusted_proxy_the_forwarded_address_is_the_client(client, db, search_limit,
                                                                  settings):  # fmt: skip
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = {"REMOTE_ADDR": "10.0.0.5"}
    for _ in range(3):
        assert search(client, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy) == 200
    # The same visitor behind the same proxy, with a forged entry in front: still counted.
    assert search(client, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7", **proxy) == 429
    # Other visitors behind the same proxy are other clients.
    assert search(client, HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy) == 200
    assert search(client, HTTP_X_FORWARDED_FOR="2001:db8:9:9::1", **proxy) == 200
    # Without a header, a request from the proxy itself is the proxy.
    assert key_of("10.0.0.5") == "10.0.0.5"


def test_a_chain_of_proxies_is_read_from_the_right(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48", "192.0.2.1"]
    chain = "6.6.6.6, 198.51.100.7, 192.0.2.1, 10.1.1.1, [2001:db8:ffff::1]:443"
    # Every hop from the right is ours, up to the visitor; what is left of it is forged.
    assert key_of("10.0.0.5", chain) == "198.51.100.7"
    # A visitor inside a trusted network but outside the proxy's own address.
    assert key_of("10.0.0.5", "192.0.2.2, 10.1.1.1") == "192.0.2.2"
    # PROXY_COUNT still caps how far the chain is read.
    settings.PROXY_COUNT = 2
    assert key_of("10.0.0.5", chain) == "10.1.1.1"
    settings.PROXY_COUNT = 3
    assert key_of("10.0.0.5", chain) == "192.0.2.1"
    # Every entry ours: the left-most proxy read.
    settings.PROXY_COUNT = 0
    assert key_of("10.0.0.5", "10.9.9.9, 10.1.1.1") == "10.9.9.9"


def test_a_trusted_ipv6_proxy_forwards_an_ipv6_visitor_by_its_64(settings):
    settings.TRUSTED_PROXIES = ["::1", "127.0.0.1"]
    assert key_of("::1", "2001:db8:1:2::abcd") == "2001:db8:1:2::"
    assert key_of("127.0.0.1", "2001:db8:1:2::1234") == "2001:db8:1:2::"


# --- garbage ---------------------------------------------------------------------------

GARBAGE = [
    "", " ", ",", ",,, ,", "unknown", "not-an-ip", "999.1.1.1", "1.2.3", "<script>", "\x00",
    "1.2.3.4.5", "[::1", "::1]", "2001:db8::zz", "192.0.2.7/24", "x" * 10_000, "-", "%",
    "1.2.3.4:notaport:9", "fe80::1%", "[]", "[]:80", "\uff10.\uff10.\uff10.\uff10",
]  # fmt: skip


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_forwarded_for_from_a_proxy_falls_back_to_the_peer(settings, garbage):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert key_of("10.0.0.5", garbage) == "10.0.0.5"
    # Behind a visitor's real address, garbage to its left is the visitor's own writing.
    assert key_of("10.0.0.5", f"{garbage}, 198.51.100.7") == "198.51.100.7"
    # An untrusted peer is the client whatever it sends.
    assert key_of("203.0.113.9", garbage) == "203.0.113.9"


@pytest.mark.parametrize("garbage", [*GARBAGE, None])
def test_a_missing_or_broken_peer_address_is_one_shared_key(garbage):
    assert key_of(garbage) == UNKNOWN_CLIENT
    assert key_of(garbage, "198.51.100.7") == UNKNOWN_CLIENT


def test_written_forms_of_addresses_that_proxies_use():
    assert str(parse_address("192.0.2.7:5678")) == "192.0.2.7"
    assert str(parse_address("[2001:db8::1]:443")) == "2001:db8::1"
    assert str(parse_address("[2001:db8::1]")) == "2001:db8::1"
    assert str(parse_address(" fe80::1%eth0 ")) == "fe80::1"
    assert str(parse_address("::ffff:192.0.2.7")) == "192.0.2.7"


@QUICK
@given(peer=st.text(max_size=50), forwarded=st.text(max_size=200))
def test_no_header_ever_crashes_or_invents_a_key(peer, forwarded):
    """Whatever the headers hold, the key is the network of an address written in them (or
    the shared unknown key): an attacker cannot make up a new one from noise."""
    with override_settings(TRUSTED_PROXIES=["0.0.0.0/0", "::/0"]):  # trust all: worst case
        key = key_of(peer, forwarded)
        written = [parse_address(entry) for entry in [peer, *forwarded.split(",")]]
        networks = {str(network_of(address).network_address) for address in written if address}
    assert key == UNKNOWN_CLIENT or key in networks


def test_garbage_headers_on_real_pages_are_no_server_error(client, db, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for garbage in GARBAGE:
        if "\x00" in garbage:
            continue  # not a header value a WSGI server passes on
        for url in ("/zoeken/?q=bouw", "/lessen/?q=bouw", "/admin/login/"):
            response = client.get(url, HTTP_X_FORWARDED_FOR=garbage)
            assert response.status_code == 200, (url, garbage)
        response = client.get("/zoeken/?q=bouw", REMOTE_ADDR=garbage)
        assert response.status_code in (200, 429), garbage


# --- the lockout uses the same key -----------------------------------------------------


def fail_login(client, username: str, address: str, **meta) -> None:
    client.post(
        "/admin/login/", {"username": username, "password": "fout"}, REMOTE_ADDR=address, **meta
    )


def test_admin_lockout_counts_an_ipv6_64_as_one_address(client, secretary, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for host in ("a", "b", "c"):
        fail_login(client, secretary.username, f"2001:db8:1:2::{host}")
    login = {"username": secretary.username, "password": PASSWORD}
    locked = client.post("/admin/login/", login, REMOTE_ADDR="2001:db8:1:2:ffff::1")
    assert locked.status_code == 429
    assert "Tijdelijk geblokkeerd" in locked.content.decode()
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"2001:db8:1:2::"}
    # From another network the secretary still gets in.
    assert client.post("/admin/login/", login, REMOTE_ADDR="2001:db8:1:3::1").status_code == 302


def test_admin_lockout_ignores_a_spoofed_forwarded_for(client, secretary, settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(3):  # one attacker, a new made-up address each time
        fail_login(client, secretary.username, "203.0.113.9", HTTP_X_FORWARDED_FOR=f"1.1.1.{n}")
    login = {"username": secretary.username, "password": PASSWORD}
    assert client.post("/admin/login/", login, REMOTE_ADDR="203.0.113.9").status_code == 429
    # Behind our proxy, the forwarded address is the one locked out, not the proxy.
    for _ in range(3):
        fail_login(client, secretary.username, "10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.7")
    behind = {"REMOTE_ADDR": "10.0.0.5"}
    assert (
        client.post("/admin/login/", login, HTTP_X_FORWARDED_FOR="198.51.100.7", **behind)
    ).status_code == 429
    assert (
        client.post("/admin/login/", login, HTTP_X_FORWARDED_FOR="198.51.100.8", **behind)
    ).status_code == 302


def test_one_function_keys_every_limit_and_the_lockout():
    """Nothing else reads the client's address: every limit goes through ``rate_limited``
    (keyed by ``client_key``), and the lockout is configured with the same function."""
    assert django_settings.AXES_CLIENT_IP_CALLABLE == "duurzaamdoor.clients.client_key"
    root = Path(django_settings.BASE_DIR)
    readers, limiters = [], []
    for path in root.glob("*/**/*.py"):
        relative = path.relative_to(root).as_posix()
        if relative.startswith((".venv/", "tests/", "staticfiles/")):
            continue
        text = path.read_text()
        if re.search(r"[\"'](REMOTE_ADDR|HTTP_X_FORWARDED_FOR|X-Forwarded-For)[\"']", text):
            readers.append(relative)
        if re.search(r"is_ratelimited|@ratelimit|from django_ratelimit", text):
            limiters.append(relative)
    assert readers == ["duurzaamdoor/clients.py"], readers
    assert limiters == ["duurzaamdoor/ratelimit.py"], limiters
    # The key of every limit is the lockout's key.
    request = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2::99")
    from duurzaamdoor.ratelimit import _client_key

    assert _client_key("search", request) == client_key(request) == "2001:db8:1:2::"
    assert str(client_address(request)) == "2001:db8:1:2::99"


# --- configuration ---------------------------------------------------------------------

SETUP = "import django; django.setup(); from django.conf import settings; "


def test_proxy_count_alone_refuses_to_start_instead_of_trusting_every_peer():
    result = run_django(SETUP + "print('started')", {**PRODUCTION_ENV, "DJANGO_PROXY_COUNT": "1"})
    assert result.returncode != 0
    assert "started" not in result.stdout
    assert "DJANGO_TRUSTED_PROXIES is empty" in result.stderr


def test_trusted_proxies_come_from_the_environment_and_are_checked():
    env = {**PRODUCTION_ENV, "DJANGO_TRUSTED_PROXIES": "10.0.0.0/8, ::1", "DJANGO_PROXY_COUNT": "2"}
    result = run_django(SETUP + "print(settings.TRUSTED_PROXIES, settings.PROXY_COUNT)", env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['10.0.0.0/8', '::1'] 2"
    bad = run_django(SETUP + "print('started')", {**env, "DJANGO_TRUSTED_PROXIES": "10.0.0.0/33"})
    assert bad.returncode != 0 and "'10.0.0.0/33' is no IP address or network" in bad.stderr
    prefix = run_django(SETUP + "print('started')", {**env, "DJANGO_RATE_LIMIT_IPV6_PREFIX": "0"})
    assert prefix.returncode != 0 and "between 1 and 128" in prefix.stderr

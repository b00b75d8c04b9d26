"""A map's limits hold when many requests add at the same moment, on Postgres.

Issue 14, item 15: with 8 workers, maps ended with 202 actors, 101 factors and 402
relations: each request counted, found room, and added. Now every write through the edit
link takes the map's row lock before it counts, so the last place goes to one request.
"""

import threading

import pytest
from django.core.cache import cache
from django.db import connections
from django.test import Client

from ecosystem.models import MAX_ACTORS, MAX_FACTORS, MAX_RELATIONS, Actor, Factor, Relation
from tests.factories import EcosystemFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

WORKERS = 12  # more requests than places left, all at once
FREE = 3


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.RATE_LIMITS = {}
    cache.clear()


def all_at_once(posts: list[dict], url: str) -> list[int]:
    """Send each POST from its own thread, with its own client and database connection."""
    statuses: list[int | None] = [None] * len(posts)
    errors: list[BaseException] = []
    start = threading.Barrier(len(posts))

    def send(index: int, data: dict) -> None:
        try:
            client = Client(raise_request_exception=True)
            start.wait()
            statuses[index] = client.post(url, data).status_code
        except BaseException as error:  # collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=item) for item in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return statuses


def almost_full_map(actors: int, factors: int = 0):
    ecosystem = EcosystemFactory(status="draft", self_service=True)
    Actor.objects.bulk_create(
        Actor(ecosystem=ecosystem, name=f"Actor {n}", party="rijk") for n in range(actors)
    )
    Factor.objects.bulk_create(
        Factor(ecosystem=ecosystem, name=f"Factor {n}", kind="kennis", effect="helpt")
        for n in range(factors)
    )
    return ecosystem


def assert_exactly_full(statuses: list[int], count: int, limit: int) -> None:
    assert count == limit
    assert statuses.count(302) == FREE, statuses
    assert statuses.count(400) == WORKERS - FREE, statuses  # "ten hoogste … bevatten"


def test_actors_stop_at_the_limit(db):
    ecosystem = almost_full_map(MAX_ACTORS - FREE)
    posts = [
        {"form": "actor", "actor-name": f"Nieuw {n}", "actor-party": "burgers",
         "actor-kind": "belanghebbende", "actor-influence": "3", "actor-interest": "3"}
        for n in range(WORKERS)
    ]  # fmt: skip
    statuses = all_at_once(posts, ecosystem.get_edit_url())
    assert_exactly_full(statuses, ecosystem.actors.count(), MAX_ACTORS)


def test_factors_stop_at_the_limit(db):
    ecosystem = almost_full_map(0, MAX_FACTORS - FREE)
    posts = [
        {"form": "factor", "factor-name": f"Nieuw {n}", "factor-kind": "markt",
         "factor-effect": "remt", "factor-weight": "2"}
        for n in range(WORKERS)
    ]  # fmt: skip
    statuses = all_at_once(posts, ecosystem.get_edit_url())
    assert_exactly_full(statuses, ecosystem.factors.count(), MAX_FACTORS)


def test_relations_stop_at_the_limit(db):
    ecosystem = almost_full_map(40)
    actors = list(ecosystem.actors.order_by("pk"))
    Relation.objects.bulk_create(
        Relation(ecosystem=ecosystem, source=actors[n % 40], target=actors[(n + 1 + n // 40) % 40])
        for n in range(MAX_RELATIONS - FREE)
    )
    posts = [
        {"form": "relation", "relation-source": actors[0].pk, "relation-kind": "spanning",
         "relation-target": actors[n + 1].pk}
        for n in range(WORKERS)
    ]  # fmt: skip
    statuses = all_at_once(posts, ecosystem.get_edit_url())
    assert_exactly_full(statuses, ecosystem.relations.count(), MAX_RELATIONS)


def test_the_same_actor_twice_at_once_is_one_actor_and_no_error(db):
    """Under the lock the second request sees the first's actor: a form error, never a 500."""
    ecosystem = almost_full_map(2)
    post = {
        "form": "actor", "actor-name": "Dubbel", "actor-party": "burgers",
        "actor-kind": "belanghebbende", "actor-influence": "3", "actor-interest": "3",
    }  # fmt: skip
    statuses = all_at_once([post] * 8, ecosystem.get_edit_url())
    assert sorted(statuses) == [302] + [400] * 7
    assert ecosystem.actors.filter(name="Dubbel").count() == 1


def test_a_write_at_the_moment_of_publication_does_not_land_after_it(db):
    """Publishing waits for a write that holds the lock; a write after it is refused."""
    from ecosystem.choices import EcosystemStatus
    from ecosystem.models import Ecosystem

    ecosystem = almost_full_map(2)
    posts = [
        {"form": "factor", "factor-name": f"Nieuw {n}", "factor-kind": "markt",
         "factor-effect": "remt", "factor-weight": "2"}
        for n in range(WORKERS)
    ]  # fmt: skip
    published_at_count: list[int] = []

    def publish() -> None:
        try:
            start.wait()
            mine = Ecosystem.objects.get(pk=ecosystem.pk)
            mine.status = EcosystemStatus.PUBLISHED
            mine.save()
            published_at_count.append(Factor.objects.filter(ecosystem=ecosystem).count())
        finally:
            connections.close_all()

    start = threading.Barrier(WORKERS + 1)
    statuses: list[int] = []

    def send(data: dict) -> None:
        try:
            client = Client()
            start.wait()
            statuses.append(client.post(ecosystem.get_edit_url(), data).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(data,)) for data in posts]
    threads.append(threading.Thread(target=publish))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(statuses) == WORKERS and set(statuses) <= {302, 403}
    # What was added was added before the publication; nothing came after it.
    assert Factor.objects.filter(ecosystem=ecosystem).count() == statuses.count(302)
    assert published_at_count == [statuses.count(302)]

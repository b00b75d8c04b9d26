"""A published map changes only through the secretariat; curated maps have no edit link.

Issue 14, item 5: the edit link of a self-service map edited the map live after publication,
and curated maps had edit links too, shown to every staff member who could view maps.
"""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client

from ecosystem.models import Actor, Ecosystem, Factor, Relation, new_edit_token
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    FactorFactory,
    RelationFactory,
    UserFactory,
)

LOCKED = "Deze kaart is gepubliceerd; wijzigingen lopen via het tafelsecretariaat."


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.RATE_LIMITS = {}
    cache.clear()


@pytest.fixture
def team_map(db):
    """A self-service map with two actors, a factor and a relation, still a draft."""
    ecosystem = EcosystemFactory(title="Textiel in Twente", status="draft", self_service=True)
    first = ActorFactory(ecosystem=ecosystem, name="Gemeente Enschede", party="decentraal")
    second = ActorFactory(ecosystem=ecosystem, name="Saxion", party="onderwijs")
    FactorFactory(ecosystem=ecosystem, name="Subsidie")
    RelationFactory(ecosystem=ecosystem, source=first, target=second)
    return ecosystem


def snapshot(ecosystem: Ecosystem) -> tuple:
    """Everything of the map, down to its updated_at."""
    return (
        Ecosystem.objects.filter(pk=ecosystem.pk).values().get(),
        list(Actor.objects.filter(ecosystem=ecosystem).order_by("pk").values()),
        list(Factor.objects.filter(ecosystem=ecosystem).order_by("pk").values()),
        list(Relation.objects.filter(ecosystem=ecosystem).order_by("pk").values()),
    )


def writes(ecosystem: Ecosystem) -> list[tuple[str, dict]]:
    """A valid POST to every write of the editor: each would change the map if allowed."""
    url = ecosystem.get_edit_url()
    actor, factor = ecosystem.actors.first(), ecosystem.factors.get()
    relation = ecosystem.relations.get()
    first, second = ecosystem.actors.order_by("pk")
    actor_fields = {
        "party": "burgers", "kind": "nieuwe_speler", "influence": "5", "interest": "5",
        "note": "Gewijzigd",
    }  # fmt: skip
    factor_fields = {"kind": "kennis", "effect": "helpt", "weight": "3", "note": "Gewijzigd"}
    relation_fields = {"source": second.pk, "kind": "spanning", "target": first.pk}

    def prefixed(prefix: str, fields: dict) -> dict:
        return {f"{prefix}-{name}": value for name, value in fields.items()}

    map_fields = {"title": "Overgenomen", "task": "Anders", "new_reality": ""}
    return [
        (url, {"form": "map", **prefixed("map", map_fields)}),
        (url, {"form": "actor", **prefixed("actor", {"name": "Nieuw", **actor_fields})}),
        (url, {"form": "factor", **prefixed("factor", {"name": "Nieuw", **factor_fields})}),
        (url, {"form": "relation", **prefixed("relation", relation_fields)}),
        (url, {"form": "onzin"}),
        (f"{url}actor/{actor.pk}/", {"name": "Hernoemd", **actor_fields}),
        (f"{url}factor/{factor.pk}/", {"name": "Hernoemd", **factor_fields}),
        (f"{url}relatie/{relation.pk}/", relation_fields),
        (f"{url}relatie/{relation.pk}/verwijderen/", {}),
        (f"{url}factor/{factor.pk}/verwijderen/", {}),
        (f"{url}actor/{actor.pk}/verwijderen/", {}),  # last: its relations go with it
    ]


def publish_in_admin(ecosystem: Ecosystem, user) -> None:
    admin = Client()
    admin.force_login(user)
    response = admin.post(
        "/admin/ecosystem/ecosystem/",
        {"action": "publish", "_selected_action": [ecosystem.pk]},
    )
    assert response.status_code == 302
    ecosystem.refresh_from_db()
    assert ecosystem.is_published


def test_every_write_works_on_a_draft(client, team_map):
    """The same writes change a draft: the refusals below are not a matter of bad input."""
    for url, data in writes(team_map):
        before = snapshot(team_map)
        response = client.post(url, data)
        if data.get("form") == "onzin":
            assert response.status_code == 400
            continue
        assert response.status_code == 302, (url, data)
        assert snapshot(team_map) != before, (url, data)
        team_map.refresh_from_db()


def test_after_publication_every_write_through_the_link_is_refused(client, team_map, secretary):
    publish_in_admin(team_map, secretary)
    posts = writes(team_map)
    before = snapshot(team_map)
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 403, (url, data)
        html = response.content.decode()
        assert LOCKED in html, url
        assert "<form" not in html.split("<main", 1)[-1], url
    assert snapshot(team_map) == before


def test_a_published_map_shows_read_only_through_its_link(client, team_map, secretary):
    publish_in_admin(team_map, secretary)
    url = team_map.get_edit_url()
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    html = response.content.decode()
    assert LOCKED in html
    assert "Gemeente Enschede" in html and 'class="kb-wheel"' in html
    assert team_map.get_absolute_url() in html
    # No forms, and no links to the pages that would change something.
    main = html.split("<main", 1)[-1]
    assert "<form" not in main
    assert "verwijderen/" not in main and f"{url}actor/" not in main
    for path, related in (("actor", "actors"), ("factor", "factors"), ("relatie", "relations")):
        item = getattr(team_map, related).first()
        for suffix in ("", "verwijderen/"):
            page = client.get(f"{url}{path}/{item.pk}/{suffix}")
            assert page.status_code == 302 and page["Location"].startswith(url)


def test_english_interface_says_so_too(client, team_map, secretary):
    publish_in_admin(team_map, secretary)
    response = client.post(f"/en{team_map.get_edit_url()}", {"form": "map"})
    assert response.status_code == 403
    assert "This map has been published; changes go through the table secretariat." in (
        response.content.decode()
    )


def test_back_to_draft_hands_the_map_back_to_the_team(client, team_map, secretary):
    publish_in_admin(team_map, secretary)
    admin = Client()
    admin.force_login(secretary)
    admin.post(
        "/admin/ecosystem/ecosystem/", {"action": "unpublish", "_selected_action": [team_map.pk]}
    )
    team_map.refresh_from_db()
    assert not team_map.is_published
    response = client.post(team_map.get_edit_url(), writes(team_map)[0][1])
    assert response.status_code == 302
    team_map.refresh_from_db()
    assert team_map.title == "Overgenomen"


def test_a_published_map_cannot_be_linked_to_a_new_case_through_its_link(client, team_map):
    team_map.status = "published"
    team_map.save()
    html = client.get("/praktijkcases/indienen/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    data = {
        "form_token": token, "title": "Textiel", "transition_task": "Taak", "region": "overijssel",
        "organisation": "Gemeente Enschede", "bottleneck": "Vast", "help_wanted": "Hulp",
        "contact_name": "An", "contact_email": "an@example.org", "consent": "on",
        "ecosystem_link": f"https://kennisbank.example.nl{team_map.get_edit_url()}",
    }  # fmt: skip
    before = snapshot(team_map)
    response = client.post("/praktijkcases/indienen/", data)
    assert response.status_code == 400
    assert "Deze kaart is al gepubliceerd" in response.content.decode()
    assert snapshot(team_map) == before


# Curated maps: made by the secretariat, edited in the admin, no private link at all.


def test_curated_maps_get_no_token(db, secretary):
    assert EcosystemFactory().edit_token is None
    assert EcosystemFactory(status="draft").get_edit_url() is None
    admin = Client()
    admin.force_login(secretary)
    data = {
        "title": "Gecureerde kaart", "slug": "gecureerde-kaart", "task": "Opgave",
        "new_reality": "", "status": "draft", "published_at": "",
        # Trying to pass itself off as self-service changes nothing: the field is read-only.
        "self_service": "on",
    }  # fmt: skip
    for prefix in ("actors", "factors", "relations"):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    response = admin.post("/admin/ecosystem/ecosystem/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    made = Ecosystem.objects.get(slug="gecureerde-kaart")
    assert not made.self_service and made.edit_token is None


def test_a_curated_map_is_never_reached_through_the_editor(client, db):
    curated = EcosystemFactory(status="draft")
    actor = ActorFactory(ecosystem=curated)
    # Even a token written straight into the database (as every map had before) opens nothing.
    token = new_edit_token()
    Ecosystem.objects.filter(pk=curated.pk).update(edit_token=token)
    for any_token in (token, "raden-lukt-niet", "None", ""):
        base = f"/ecosystemen/bewerken/{any_token}/"
        for url in (base, f"{base}actor/{actor.pk}/", f"{base}actor/{actor.pk}/verwijderen/"):
            assert client.get(url).status_code == 404, url
            response = client.post(url, {"form": "map", "map-title": "x", "map-task": "y"})
            assert response.status_code == 404, url
    assert Ecosystem.objects.get(pk=curated.pk).title == curated.title
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_the_data_migration_clears_the_tokens_of_curated_maps(db):
    from importlib import import_module

    migration = import_module("ecosystem.migrations.0005_curated_maps_have_no_edit_token")
    curated, own = EcosystemFactory(), EcosystemFactory(self_service=True)
    Ecosystem.objects.filter(pk=curated.pk).update(edit_token=new_edit_token())
    own_token = own.edit_token
    migration.clear_curated_tokens(apps, None)
    assert Ecosystem.objects.get(pk=curated.pk).edit_token is None
    assert Ecosystem.objects.get(pk=own.pk).edit_token == own_token


# Who sees the edit link in the admin: those who may change the map.


@pytest.fixture
def viewer(db):
    """Staff who may only look at maps."""
    user = UserFactory(username="alleen-kijken", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_ecosystem"))
    return user


def change_page(user, ecosystem: Ecosystem) -> str:
    admin = Client()
    admin.force_login(user)
    response = admin.get(f"/admin/ecosystem/ecosystem/{ecosystem.pk}/change/")
    assert response.status_code == 200
    return response.content.decode()


def test_only_staff_who_may_change_a_map_see_its_edit_link(team_map, secretary, viewer, superuser):
    assert team_map.edit_token in change_page(secretary, team_map)
    assert team_map.edit_token in change_page(superuser, team_map)
    html = change_page(viewer, team_map)
    assert "Textiel in Twente" in html  # the viewer does see the map
    assert team_map.edit_token not in html
    assert "bewerklink" not in html.lower()
    # Nor in its history.
    admin = Client()
    admin.force_login(viewer)
    history = admin.get(f"/admin/ecosystem/ecosystem/{team_map.pk}/history/").content.decode()
    assert team_map.edit_token not in history


def test_a_curated_map_shows_no_edit_link_in_the_admin(db, secretary):
    curated = EcosystemFactory(title="Gecureerd")
    html = change_page(secretary, curated)
    assert "Gecureerd" in html
    assert "bewerklink" not in html.lower() and "/ecosystemen/bewerken/" not in html


def test_the_admin_marks_a_published_maps_link_as_read_only(team_map, secretary):
    publish_in_admin(team_map, secretary)
    html = change_page(secretary, team_map)
    assert team_map.edit_token in html
    assert "alleen bekijken zolang de kaart gepubliceerd is" in html

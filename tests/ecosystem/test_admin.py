"""The secretary curates and publishes maps."""

from django.contrib.auth.models import Group

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from ecosystem.models import Ecosystem
from tests.factories import ActorFactory, EcosystemFactory


def test_secretariat_permissions_for_maps(db):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    granted = set(
        group.permissions.filter(content_type__app_label="ecosystem").values_list(
            "codename", flat=True
        )
    )
    assert granted == {
        f"{action}_{model}"
        for model in ("ecosystem", "actor", "factor", "relation")
        for action in ("add", "change", "delete", "view")
    }


def test_publish_and_unpublish_actions(client, secretary):
    drafts = EcosystemFactory.create_batch(2, status="draft")
    client.force_login(secretary)
    response = client.post(
        "/admin/ecosystem/ecosystem/",
        {"action": "publish", "_selected_action": [d.pk for d in drafts]},
        follow=True,
    )
    assert "2 kaarten gepubliceerd." in response.content.decode()
    assert Ecosystem.objects.published().count() == 2
    client.post(
        "/admin/ecosystem/ecosystem/", {"action": "unpublish", "_selected_action": [drafts[0].pk]}
    )
    assert Ecosystem.objects.published().count() == 1


def test_changelist_filters_on_status_and_party(client, secretary):
    ActorFactory(ecosystem=EcosystemFactory(title="Met ondernemers"), party="ondernemers")
    ActorFactory(ecosystem=EcosystemFactory(title="Met burgers"), party="burgers")
    client.force_login(secretary)
    response = client.get("/admin/ecosystem/ecosystem/?actors__party__exact=ondernemers")
    assert [e.title for e in response.context["cl"].result_list] == ["Met ondernemers"]
    assert client.get("/admin/ecosystem/ecosystem/?status__exact=draft").status_code == 200

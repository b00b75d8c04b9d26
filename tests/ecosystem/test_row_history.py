"""Every actor, factor and relation keeps its own history, wherever it was changed, and the
map's history says which of its rows a save of the map's page changed."""

from ecosystem.bulk import create_bulk_maps
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from tests.factories import ActorFactory, EcosystemFactory, FactorFactory
from tests.forms import form_fields


def q(name: str) -> str:
    """A name as the admin quotes it in a change message."""
    return f"\u2018{name}\u2019"


def change_url(obj) -> str:
    return f"/admin/ecosystem/{obj._meta.model_name}/{obj.pk}/change/"


def history_url(obj) -> str:
    return f"/admin/ecosystem/{obj._meta.model_name}/{obj.pk}/history/"


def history_rows(client, obj) -> str:
    """The list of versions on an object's history page, as the secretary reads it."""
    html = client.get(history_url(obj)).content.decode()
    return html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""


def test_rows_changed_on_the_maps_page_each_keep_their_own_history(client, secretary):
    ecosystem = EcosystemFactory(title="Textiel in Twente")
    gemeente = ActorFactory(ecosystem=ecosystem, name="Gemeente Enschede", party="decentraal")
    roc = ActorFactory(ecosystem=ecosystem, name="ROC van Twente", party="onderwijs")
    kringloop = ActorFactory(ecosystem=ecosystem, name="Kringloop Twente", party="ondernemers")
    factor = FactorFactory(ecosystem=ecosystem, name="Geen afzetmarkt")
    map_versions = ecosystem.history.count()
    client.force_login(secretary)

    # The secretary renames an actor, removes a factor and adds a relation, nothing else.
    data = form_fields(client.get(change_url(ecosystem)).content.decode(), "ecosystem_form")
    renamed = next(
        key.removesuffix("-id") for key, value in data.items()
        if key.startswith("actors-") and value == [str(gemeente.pk)]
    )  # fmt: skip
    data |= {
        f"{renamed}-name": ["Gemeente Hengelo"],
        "relations-0-source": [str(roc.pk)],
        "relations-0-target": [str(kringloop.pk)],
        "relations-0-kind": ["samenwerking"],
        "factors-0-DELETE": ["on"],
    }
    response = client.post(change_url(ecosystem), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    relation = Relation.objects.get(ecosystem=ecosystem)

    # Each row has a version, by the secretary, of what was done to it.
    for row, kind in ((gemeente, "~"), (relation, "+"), (factor, "-")):
        newest = type(row).history.filter(id=row.pk).first()
        assert (newest.history_type, newest.history_user) == (kind, secretary), row
    actor_history = history_rows(client, gemeente)
    assert "Gemeente Enschede" in actor_history and "Gemeente Hengelo" in actor_history
    assert "Naam:" in actor_history and secretary.username in actor_history
    assert "Het is mogelijk niet via de beheerwebsite toegevoegd" not in actor_history
    assert secretary.username in history_rows(client, relation)

    # The map's history has one new version, which names the rows and is not empty.
    assert ecosystem.history.count() == map_versions + 1
    reason = ecosystem.history.first().history_change_reason
    assert reason == (
        f"Naam voor actor {q('Gemeente Hengelo')} gewijzigd. "
        f"Factor {q('Geen afzetmarkt')} verwijderd. "
        f"Relatie {q('ROC van Twente → Kringloop Twente')} toegevoegd."
    )
    assert f"Relatie {q('ROC van Twente → Kringloop Twente')} toegevoegd." in history_rows(
        client, ecosystem
    )

    # Saving the page again, unchanged, adds nothing to any history.
    data = form_fields(client.get(change_url(ecosystem)).content.decode(), "ecosystem_form")
    assert client.post(change_url(ecosystem), data).status_code == 302
    assert ecosystem.history.count() == map_versions + 1
    assert Actor.history.filter(id=gemeente.pk).count() == 2  # made, renamed

    # A new title and a changed row: one version with both.
    data |= {"title": ["Textiel in heel Twente"], f"{renamed}-note": ["Trekker"]}
    assert client.post(change_url(ecosystem), data).status_code == 302
    newest = ecosystem.history.first()
    assert ecosystem.history.count() == map_versions + 2
    assert newest.history_user == secretary
    assert (
        newest.history_change_reason == f"Toelichting voor actor {q('Gemeente Hengelo')} gewijzigd."
    )
    assert [change.field for change in newest.diff_against(newest.prev_record).changes] == ["title"]


def test_a_row_changed_or_deleted_on_its_own_page_keeps_its_history(client, secretary):
    factor = FactorFactory(name="Subsidie", weight=1)
    client.force_login(secretary)
    data = form_fields(client.get(change_url(factor)).content.decode(), "factor_form")
    assert client.post(change_url(factor), {**data, "weight": ["3"]}).status_code == 302
    assert "Gewicht:" in history_rows(client, factor)
    client.post(
        f"/admin/ecosystem/factor/?ecosystem__id__exact={factor.ecosystem_id}",
        {"action": "delete_selected", "_selected_action": [factor.pk], "post": "yes"},
    )
    assert not Factor.objects.filter(pk=factor.pk).exists()
    deleted = Factor.history.filter(id=factor.pk).first()
    assert (deleted.history_type, deleted.history_user) == ("-", secretary)


def test_rows_made_in_one_go_say_why_they_have_no_history_yet(client, secretary):
    """Volume data and rows that were there before the history are made without versions."""
    create_bulk_maps(1, actors_per_map=4, factors_per_map=1, prefix="zonder")
    actor = Ecosystem.objects.get(slug="zonder-1-1").actors.first()
    client.force_login(secretary)
    html = client.get(history_url(actor)).content.decode()
    assert "Het is mogelijk niet via de beheerwebsite toegevoegd" not in html
    assert (
        "Hiervan is nog geen geschiedenis bewaard: het is in één keer aangemaakt (zoals de "
        "demo- en volumegegevens) of bestond al voordat wijzigingen werden bijgehouden. Wat "
        "je vanaf nu wijzigt, komt hier te staan."
    ) in html

"""Issue 15, items 8 and 14: filter values in old links. A theme that was merged or renamed
leads to its new address; a value nobody has is left out with a notice at the top of the
results (and a link to the address without it), and such an address is never kept in the
page cache; /praktijkcases/ offers only the statuses a public case can have."""

import re

import pytest

from cases.choices import CaseStatus
from lessons.models import ThemeTag
from tests.factories import (
    ActorFactory,
    EcosystemFactory,
    LessonFactory,
    PublicCaseFactory,
)


def titles(response) -> set[str]:
    return {item.title for item in response.context["page"].object_list}


def merge(client, target: ThemeTag, *others: ThemeTag) -> None:
    data = {
        "action": "merge", "_selected_action": [target.pk, *(t.pk for t in others)],
        "apply": "1", "target": target.pk,
    }  # fmt: skip
    assert client.post("/admin/lessons/themetag/", data).status_code == 302


@pytest.fixture
def themes(db):
    LessonFactory(title="Inkoopkalender", themes=["circulair inkopen"])
    LessonFactory(title="Inkoop circulair", themes=["inkoop circulair"])
    LessonFactory(title="Bouwles", themes=["bouw"])
    return {theme.slug: theme for theme in ThemeTag.objects.all()}


# --- merged and renamed themes ---------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_merged_theme_leads_to_the_theme_it_was_merged_into(client, secretary, themes, prefix):
    client.force_login(secretary)
    merge(client, themes["circulair-inkopen"], themes["inkoop-circulair"])
    client.logout()
    response = client.get(f"{prefix}/lessen/?thema=inkoop-circulair&page=1")
    assert response.status_code == 301
    assert response["Location"] == f"{prefix}/lessen/?thema=circulair-inkopen"
    followed = client.get(response["Location"])
    assert titles(followed) == {"Inkoopkalender", "Inkoop circulair"}
    assert "bestaat niet" not in followed.content.decode()


def test_other_filters_survive_the_redirect_and_a_chain_of_merges(client, secretary, themes):
    client.force_login(secretary)
    merge(client, themes["circulair-inkopen"], themes["inkoop-circulair"])
    merge(client, themes["bouw"], ThemeTag.objects.get(slug="circulair-inkopen"))
    client.logout()
    response = client.get("/lessen/?thema=inkoop-circulair&thema=bouw&partij=rijk")
    assert response.status_code == 301
    assert response["Location"] == "/lessen/?partij=rijk&thema=bouw"


def test_a_theme_renamed_in_the_admin_keeps_its_old_address(client, secretary, themes):
    theme = themes["bouw"]
    client.force_login(secretary)
    url = f"/admin/lessons/themetag/{theme.pk}/change/"
    response = client.post(url, {"name": "Circulair bouwen", "slug": "circulair-bouwen"})
    assert response.status_code == 302
    client.logout()
    response = client.get("/lessen/?thema=bouw")
    assert response.status_code == 301
    assert response["Location"] == "/lessen/?thema=circulair-bouwen"
    assert titles(client.get(response["Location"])) == {"Bouwles"}


def test_a_new_theme_with_an_old_slug_is_the_theme_itself(client, secretary, themes):
    client.force_login(secretary)
    merge(client, themes["circulair-inkopen"], themes["inkoop-circulair"])
    client.logout()
    LessonFactory(title="Nieuw", themes=["inkoop circulair"])
    response = client.get("/lessen/?thema=inkoop-circulair")
    assert response.status_code == 200
    assert titles(response) == {"Nieuw"}


# --- unknown values: a notice, and no cache entry ---------------------------------------


def notices(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<div class="utrecht-alert utrecht-alert--warning">.*?</div>\s*</div>',
                      html, re.S)  # fmt: skip


@pytest.mark.parametrize(
    ("address", "shown", "without"),
    [
        ("/lessen/?thema=xyz", "Thema “xyz” bestaat niet (meer)", "/lessen/"),
        ("/lessen/?doelgroep=xyz&thema=bouw", "Doelgroep “xyz” bestaat niet (meer)",
         "/lessen/?thema=bouw"),
        ("/lessen/?partij=xyz", "Partij “xyz” bestaat niet (meer)", "/lessen/"),
        ("/lessen/?bron=xyz", "Bron “xyz” bestaat niet (meer)", "/lessen/"),
        ("/lessen/?thema=bouw&thema=xyz", "Thema “xyz” bestaat niet (meer)",
         "/lessen/?thema=bouw"),
        ("/en/lessen/?thema=xyz", "Theme “xyz” does not exist (any more)", "/en/lessen/"),
        ("/praktijkcases/?regio=atlantis", "Regio “atlantis” bestaat niet (meer)",
         "/praktijkcases/"),
        ("/praktijkcases/?partij=xyz", "Partij “xyz” bestaat niet (meer)", "/praktijkcases/"),
        ("/praktijkcases/?status=ingediend", "Status “ingediend” bestaat niet (meer)",
         "/praktijkcases/"),
        ("/praktijkcases/?status=afgewezen&regio=drenthe",
         "Status “afgewezen” bestaat niet (meer)", "/praktijkcases/?regio=drenthe"),
        ("/zoeken/?q=bouw&soort=xyz", "Soort “xyz” bestaat niet (meer)", "/zoeken/?q=bouw"),
        ("/ecosystemen/kaart/?partij=xyz", "Partij “xyz” bestaat niet (meer)",
         "/ecosystemen/kaart/"),
        ("/ecosystemen/kaart/?soort=xyz&partij=rijk", "Soort “xyz” bestaat niet (meer)",
         "/ecosystemen/kaart/?partij=rijk"),
    ],
)  # fmt: skip
def test_an_unknown_value_is_left_out_with_a_notice_and_never_cached(
    client, themes, address, shown, without
):
    PublicCaseFactory(title="In Drenthe", region="drenthe")
    ecosystem = EcosystemFactory(slug="kaart", status="published")
    ActorFactory(ecosystem=ecosystem, party="rijk")
    response = client.get(address)
    assert response.status_code == 200
    [notice] = notices(response)
    assert shown in notice
    assert f'href="{without.replace("&", "&amp;")}"' in notice
    assert response["X-Cache"] == "miss"
    assert client.get(address)["X-Cache"] == "miss"  # answered again, never stored
    # The address without the unknown value is a page of its own, and it is kept.
    assert client.get(without)["X-Cache"] == "miss"
    assert client.get(without)["X-Cache"] == "hit"


def test_the_page_without_the_unknown_value_shows_what_the_notice_promised(client, themes):
    response = client.get("/lessen/?thema=bouw&thema=xyz")
    assert titles(response) == {"Bouwles"}  # the known value still applies
    response = client.get("/lessen/?thema=xyz")
    assert titles(response) == {"Inkoopkalender", "Inkoop circulair", "Bouwles"}


def test_a_long_unknown_value_is_shortened_and_escaped(client, themes):
    value = "<b>" + "x" * 200
    [notice] = notices(client.get("/lessen/", {"thema": value}))
    assert "<b>" not in notice
    assert "“&lt;b&gt;" + "x" * 50 in notice
    assert "x" * 100 not in notice


@pytest.mark.parametrize("value", ["\x00", "bo\x00uw", "bouw/", "../bouw", "bouw bouw"])
def test_a_value_that_cannot_be_a_slug_is_no_old_address(client, themes, value):
    """Only a slug can be the old address of a theme; anything else is left out with a
    notice, never looked up (on Postgres a NUL in a query was a 500)."""
    response = client.get("/lessen/", {"thema": value})
    assert response.status_code == 200
    assert len(notices(response)) == 1
    assert titles(response) == {"Inkoopkalender", "Inkoop circulair", "Bouwles"}


# --- the statuses of public cases ----------------------------------------------------


def test_case_status_options_are_only_those_a_public_case_can_have(client, db):
    html = client.get("/praktijkcases/").content.decode()
    select = re.search(r'<select[^>]*name="status".*?</select>', html, re.S).group(0)
    options = set(re.findall(r'<option value="([^"]*)"', select))
    assert options == {"", "in_onderzoek", "inzichten_gedeeld", "afgerond"}
    for status in ("in_onderzoek", "inzichten_gedeeld", "afgerond"):
        PublicCaseFactory(title=f"Case {status}", status=status)
    for status in ("in_onderzoek", "inzichten_gedeeld", "afgerond"):
        response = client.get(f"/praktijkcases/?status={status}")
        assert titles(response) == {f"Case {status}"}
        assert not notices(response)


def test_public_statuses_follow_the_workflow():
    """A case the table took up moves on only to statuses that are offered."""
    from cases.workflow import PUBLIC_STATUSES, allowed_transitions

    assert CaseStatus.INGEDIEND not in PUBLIC_STATUSES
    assert CaseStatus.AFGEWEZEN not in PUBLIC_STATUSES
    for status in PUBLIC_STATUSES:
        assert set(allowed_transitions(status)) <= set(PUBLIC_STATUSES)

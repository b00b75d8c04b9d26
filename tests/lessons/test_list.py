"""/lessen/: filters alone and combined, counts, pagination and the empty state."""

import re

import pytest

from lessons import facet_index
from tests.factories import LessonFactory, SourceFactory


def titles(response) -> set[str]:
    return {lesson.title for lesson in response.context["page"].object_list}


def test_lists_published_lessons_only(client, catalogue):
    response = client.get("/lessen/")
    assert response.status_code == 200
    assert titles(response) == {
        "Begin bij de inkoopkalender",
        "Laat de bestuurder het inkoopbeleid dragen",
        "Vraag om een materialenpaspoort",
    }
    html = response.content.decode()
    assert "3 lessen gevonden" in html
    assert "Nog niet klaar" not in html


KALENDER = "Begin bij de inkoopkalender"
BESTUURDER = "Laat de bestuurder het inkoopbeleid dragen"
PASPOORT = "Vraag om een materialenpaspoort"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=circulair-inkopen", {KALENDER, BESTUURDER}),
        ("doelgroep=inkopers", {KALENDER, PASPOORT}),
        ("partij=rijk", {KALENDER, PASPOORT}),
        ("bron=versnellen-in-transitie", {KALENDER}),
        # Several values of one filter widen the result.
        ("thema=bouw&thema=rol-van-de-ambtenaar", {PASPOORT, BESTUURDER}),
    ],
)
def test_each_filter_alone(client, catalogue, query, expected):
    assert titles(client.get(f"/lessen/?{query}")) == expected


def test_theme_and_audience_combined_give_lessons_that_have_both(client, catalogue):
    response = client.get("/lessen/?thema=circulair-inkopen&doelgroep=inkopers")
    assert titles(response) == {"Begin bij de inkoopkalender"}


def test_filters_combine_with_free_text(client, catalogue):
    response = client.get("/lessen/?doelgroep=inkopers&q=materialenpaspoort")
    assert titles(response) == {"Vraag om een materialenpaspoort"}


def test_options_show_how_many_lessons_each_would_give(client, catalogue):
    response = client.get("/lessen/?doelgroep=inkopers")
    facets = {
        facet.name: {o.label: o.count for o in facet.options}
        for facet in response.context["facets"]
    }
    # Among the lessons for inkopers: one about inkopen, one about bouw.
    assert facets["thema"] == {"bouw": 1, "circulair inkopen": 1}
    # The audience counts ignore the audience filter itself, so other choices stay visible.
    assert facets["doelgroep"] == {"Bestuurders": 1, "Inkopers": 2}
    assert facets["partij"] == {"Rijksoverheid": 2, "Ondernemers": 1}
    html = response.content.decode()
    assert re.search(r"circulair inkopen <span class=\"kb-count\">1<span", html)


def test_active_filters_are_shown_and_removable_one_by_one(client, catalogue):
    response = client.get("/lessen/?thema=circulair-inkopen&doelgroep=inkopers&page=1")
    active = {(f.label, f.value): f.remove_url for f in response.context["active_filters"]}
    assert active == {
        ("Thema", "circulair inkopen"): "?doelgroep=inkopers",
        ("Doelgroep", "Inkopers"): "?thema=circulair-inkopen",
    }
    html = response.content.decode()
    assert 'href="?doelgroep=inkopers"' in html
    assert "Alle filters wissen" in html


def test_unknown_filter_value_is_ignored_with_a_message(client, catalogue):
    response = client.get("/lessen/?thema=bestaat-niet&doelgroep=inkopers")
    assert response.status_code == 200
    assert titles(response) == {"Begin bij de inkoopkalender", "Vraag om een materialenpaspoort"}
    assert "Thema “bestaat-niet” bestaat niet (meer)" in response.content.decode()


def test_helpful_empty_state(client, catalogue):
    response = client.get("/lessen/?thema=bouw&doelgroep=bestuurders")
    html = response.content.decode()
    assert "0 lessen gevonden" in html
    assert "Geen lessen gevonden met deze filters." in html
    assert "Bekijk alle lessen" in html


def test_empty_knowledge_base(client, db):
    html = client.get("/lessen/").content.decode()
    assert "Er zijn nog geen lessen gepubliceerd." in html


def test_pagination_keeps_the_filters(client, catalogue):
    for n in range(25):
        LessonFactory(title=f"Bouwles {n}", themes=["bouw"], audiences=[catalogue["inkopers"]])
    first = client.get("/lessen/?thema=bouw&doelgroep=inkopers")
    assert len(first.context["page"].object_list) == 20
    html = first.content.decode()
    assert 'href="?doelgroep=inkopers&amp;thema=bouw&amp;page=2"' in html  # canonical order
    assert 'aria-label="Paginering"' in html
    second = client.get("/lessen/?thema=bouw&doelgroep=inkopers&page=2")
    assert len(second.context["page"].object_list) == 6
    assert 'aria-current="page"' in second.content.decode()


def test_out_of_range_page_shows_the_last_page(client, catalogue):
    response = client.get("/lessen/?page=99")
    assert response.status_code == 200
    assert response.context["page"].number == 1


@pytest.mark.parametrize("count", [5, 50])
def test_list_renders_in_a_fixed_number_of_queries(client, db, django_assert_num_queries, count):
    source = SourceFactory()
    for n in range(count):
        LessonFactory(
            title=f"Les {n}", themes=["bouw", f"thema {n % 3}"], parties=["rijk"], source=source
        )
    # The versions, every filter option (one query), the filter index (its counts and the
    # page count), the lessons of the selection in list order, the page's cards with their
    # source, and their themes.
    with django_assert_num_queries(5 + facet_index.load_queries()):
        response = client.get("/lessen/?thema=bouw")
    assert response.status_code == 200

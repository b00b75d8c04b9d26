"""One search over everything: lessons, public cases, published maps and meetings."""

import pytest
from django.core.management import call_command

from duurzaamdoor.search import site_search
from duurzaamdoor.search_index import rebuild_vocabulary
from tests.factories import (
    ActorFactory,
    CaseFactory,
    EcosystemFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    StatementFactory,
)


def found(text: str, kind: str | None = None) -> set[tuple[str, str]]:
    results = site_search(text, kind=kind)
    return {(hit.kind.code, hit.item.title) for hit in results.page.object_list}


@pytest.fixture
def everything(db):
    LessonFactory(title="Les over hergebruik", lead="Hergebruik bespaart grondstoffen.")
    PublicCaseFactory(
        title="Case over provincies",
        public_summary="Twee provincies zochten samen naar grondstoffen.",
        insights="",
    )
    CaseFactory(
        title="Besloten case over grondstoffen",
        public_summary="grondstoffen grondstoffen",
        private_notes="geheimzinnig",
        contact_name="Jan Geheimnaam",
    )
    ecosystem = EcosystemFactory(title="Kaart van de keten", task="Een circulaire keten.")
    ActorFactory(ecosystem=ecosystem, name="Grondstoffenbank Oost")
    EcosystemFactory(title="Conceptkaart grondstoffen", status="draft")
    meeting = MeetingFactory(title="Ronde Tafel in het najaar", summary="Over de provincie.")
    StatementFactory(meeting=meeting, text="Grondstoffen horen in de inkoopkalender.")
    MeetingFactory(title="Geheime bijeenkomst over grondstoffen", is_published=False)
    LessonFactory(title="Circulair inkopen van textiel", lead="Werkkleding.", themes=["textiel"])
    LessonFactory(title="Circulair inkopen van meubilair", lead="Bureaus en stoelen.")


@pytest.mark.postgres
def test_singular_finds_plural_in_every_type(everything):
    assert found("grondstof") == {
        ("lessen", "Les over hergebruik"),
        ("cases", "Case over provincies"),
        ("kaarten", "Kaart van de keten"),
        ("bijeenkomsten", "Ronde Tafel in het najaar"),
    }
    assert ("cases", "Case over provincies") in found("provincie")


@pytest.mark.postgres
def test_quotes_and_minus(everything):
    assert found('"circulair inkopen" -textiel') == {("lessen", "Circulair inkopen van meubilair")}


@pytest.mark.postgres
def test_typo_gets_a_suggestion(everything):
    LessonFactory(title="De circulaire economie", lead="Over de circulaire economie.")
    rebuild_vocabulary()
    results = site_search("circulare economie")
    assert results.suggestion == "circulaire economie"


def test_private_content_is_never_found(everything):
    for text in (
        "Besloten case",
        "geheimzinnig",
        "Geheimnaam",
        "Conceptkaart",
        "Geheime bijeenkomst",
    ):
        assert found(text) == set(), text


def test_type_filter_and_counts(everything):
    results = site_search("grondstoffen")
    assert results.counts == {"lessen": 1, "cases": 1, "kaarten": 1, "bijeenkomsten": 1}
    assert found("grondstoffen", kind="cases") == {("cases", "Case over provincies")}
    assert site_search("grondstoffen", kind="cases").page.paginator.count == 1


def test_snippets_are_escaped_and_marked(client, db):
    LessonFactory(title="<img src=x onerror=alert(1)>", lead="Over <b>grondstoffen</b>.")
    html = client.get("/zoeken/", {"q": "grondstoffen"}).content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;b&gt;<mark>grondstoffen</mark>&lt;/b&gt;" in html
    assert "Les</p>" in html  # the type of the result


def test_results_page_in_a_fixed_number_of_queries(
    client, everything, django_assert_num_queries, django_assert_max_num_queries
):
    for n in range(15):
        LessonFactory(title=f"Grondstoffenles {n}", lead="grondstoffen")
    # The versions, 1 for the page of results with the counts of all four types beside it, 1
    # per type on the page (4, meetings with their statements: +1).
    with django_assert_num_queries(7):
        response = client.get("/zoeken/", {"q": "grondstoffen"})
    assert response.context["page"].paginator.count == 19
    for n in range(30):
        LessonFactory(title=f"Meer grondstoffen {n}", lead="grondstoffen")
    for page in (2, 3):
        with django_assert_max_num_queries(7):
            response = client.get("/zoeken/", {"q": "grondstoffen", "page": page})
        assert response.context["page"].number == page
    # Past the last page: the last page, for one query more.
    with django_assert_max_num_queries(8):
        assert client.get("/zoeken/", {"q": "grondstoffen", "page": 9}).context["page"].number == 3


def test_pagination_keeps_query_and_type(client, db):
    for n in range(25):
        LessonFactory(title=f"Kringlooples {n}", lead="kringloop")
    html = client.get("/zoeken/", {"q": "kringloop", "soort": "lessen"}).content.decode()
    assert 'href="?q=kringloop&amp;soort=lessen&amp;page=2"' in html


@pytest.mark.sqlite
def test_sqlite_falls_back_to_plain_matching(everything):
    assert ("kaarten", "Kaart van de keten") in found("grondstoffenbank")
    assert found("GRONDSTOFFEN", kind="bijeenkomsten") == {
        ("bijeenkomsten", "Ronde Tafel in het najaar")
    }


@pytest.mark.postgres
def test_vectors_follow_every_write_path(client, secretary, db):
    case = PublicCaseFactory(title="Stille case", public_summary="Niets bijzonders.")
    case.public_summary = "Nu over zeewier."
    case.save()
    ecosystem = EcosystemFactory(title="Kaart", status="published")
    ecosystem.actors.create(name="Zeewierkwekers", party="ondernemers")
    meeting = MeetingFactory(title="Tafel")
    StatementFactory(meeting=meeting, text="Zeewier hoort op het menu.")
    assert found("zeewier") == {
        ("cases", "Stille case"), ("kaarten", "Kaart"), ("bijeenkomsten", "Tafel"),
    }  # fmt: skip


@pytest.mark.postgres
def test_rebuild_search_index_rebuilds_every_type(everything):
    from io import StringIO

    from cases.models import Case
    from ecosystem.models import Ecosystem
    from lessons.models import Lesson
    from meetings.models import Meeting

    for model in (Lesson, Case, Ecosystem, Meeting):
        model.objects.update(search_vector=None)
    assert found("grondstof") == set()
    out, err = StringIO(), StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=err)
    assert (
        "Zoekindex bijgewerkt: 3 lessen, 2 praktijkcases, 2 ecosysteemkaarten, 2 bijeenkomsten"
        in out.getvalue()
    )
    assert "Bijeenkomsten" in err.getvalue()  # a progress bar per type
    assert len(found("grondstof")) == 4


def test_discovery_blocks_and_cases_feed(client, db):
    lesson = LessonFactory(title="Bouwles", themes=["bouw"], parties=["rijk"])
    LessonFactory(title="Nog een bouwles", themes=["bouw"], parties=["rijk"])
    html = client.get(lesson.get_absolute_url()).content.decode()
    assert "Meer over dit thema" in html and "Alle 2 lessen over bouw" in html
    case = PublicCaseFactory(title="Case voor het Rijk", parties=["rijk"])
    html = client.get(case.get_absolute_url()).content.decode()
    assert "Verwante lessen" in html and "Nog een bouwles" in html
    CaseFactory(title="Besloten case in de feed")
    feed = client.get("/feeds/praktijkcases/").content.decode()
    assert "Case voor het Rijk" in feed and "Besloten case in de feed" not in feed
    assert 'href="/feeds/praktijkcases/"' in client.get("/").content.decode()


def test_a_page_past_the_end_shows_the_last_page_with_all_counts(client, everything):
    for n in range(25):
        LessonFactory(title=f"Grondstoffenles {n}", lead="grondstoffen")
    first = client.get("/zoeken/", {"q": "grondstoffen"}).context["results"]
    past = client.get("/zoeken/", {"q": "grondstoffen", "page": 99}).context["results"]
    assert past.page.number == 2 and past.counts == first.counts
    assert len(past.page.object_list) == first.total - 20
    only = client.get("/zoeken/", {"q": "grondstoffen", "soort": "cases"}).context["results"]
    assert only.counts == first.counts  # every type keeps its count beside the filter
    assert {hit.kind.code for hit in only.page.object_list} == {"cases"}

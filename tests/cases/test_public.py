"""What the public and the submitter see: published cases only, never personal data or notes."""

import pytest

from cases.models import CaseEvent
from lessons import facet_index
from tests.factories import CaseFactory, LessonFactory, PublicCaseFactory

SECRETS = ("Lotte Verbeek", "lotte.verbeek@example.org", "Intern: bellen met de omgevingsdienst.")


def assert_no_secrets(html: str) -> None:
    for secret in SECRETS:
        assert secret not in html


def test_list_shows_public_cases_only(client, db):
    PublicCaseFactory(title="Openbare case", region="drenthe", parties=["onderwijs", "rijk"])
    CaseFactory(title="Besloten case", public_summary="Nog niet klaar")
    response = client.get("/praktijkcases/")
    html = response.content.decode()
    assert "Openbare case" in html
    # Its card: region and status, the summary, and its parties in the parties' order.
    separator = '<span class="kb-meta__sep" aria-hidden="true">·</span>'
    assert f"Drenthe {separator} Inzichten gedeeld" in html
    assert "liep vast op opslag." in html
    assert html.index(">Rijksoverheid</li>") < html.index(">Onderwijs</li>")
    assert "Besloten case" not in html
    assert "1 case" in html
    assert_no_secrets(html)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("regio=drenthe", {"In Drenthe"}),
        ("partij=onderwijs", {"Met onderwijs"}),
        ("status=afgerond", {"Afgerond"}),
        ("regio=drenthe&partij=onderwijs", set()),
        ("regio=atlantis", {"In Drenthe", "Met onderwijs", "Afgerond"}),  # unknown: ignored
    ],
)
def test_list_filters_on_region_party_and_status(client, db, query, expected):
    PublicCaseFactory(title="In Drenthe", region="drenthe")
    PublicCaseFactory(title="Met onderwijs", parties=["onderwijs"])
    PublicCaseFactory(title="Afgerond", status="afgerond")
    response = client.get(f"/praktijkcases/?{query}")
    assert {case.title for case in response.context["page"]} == expected


def test_case_page_shows_the_anonymised_case_and_its_lessons(client, db):
    case = PublicCaseFactory(title="Hergebruik stokt", parties=["decentraal"])
    case.lessons.add(
        LessonFactory(title="Gepubliceerde les"), LessonFactory(title="Concept les", status="draft")
    )
    html = client.get(case.get_absolute_url()).content.decode()
    assert "Een gemeente wilde bouwmaterialen hergebruiken" in html
    assert "<h2>Wat hielp</h2>" in html
    assert "Inzichten gedeeld" in html
    assert "Decentrale overheden" in html
    assert "Gepubliceerde les" in html
    assert "Concept les" not in html
    assert_no_secrets(html)
    assert case.bottleneck not in html  # the submitter's own text stays internal


def test_non_public_case_is_404(client, db):
    case = CaseFactory(public_summary="Samenvatting klaar, maar niet gepubliceerd")
    assert client.get(case.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("count", [3, 30])
def test_list_and_detail_in_a_fixed_number_of_queries(client, db, django_assert_num_queries, count):
    cases = [PublicCaseFactory(parties=["rijk", "onderwijs"]) for _ in range(count)]
    cases[0].lessons.add(LessonFactory(), LessonFactory())
    for _ in range(count):
        LessonFactory(parties=["rijk"])
    # versions, count, page of cases, parties of the page (the filter's options need none)
    with django_assert_num_queries(4):
        client.get("/praktijkcases/")
    # The versions, the case, one query for its parties, published maps, meetings and
    # lessons, the filter index of its parties and of all published lessons, and the
    # lessons for the same parties.
    with django_assert_num_queries(4 + facet_index.load_queries(facets=2)):
        response = client.get(cases[0].get_absolute_url())
    assert len(response.context["related"]) == 3


def test_status_page_shows_status_and_public_messages_only(client, db):
    case = CaseFactory(status="in_behandeling")
    CaseEvent.objects.create(case=case, to_status="ingediend", created_at=case.submitted_at)
    CaseEvent.objects.create(
        case=case,
        from_status="ingediend",
        to_status="in_behandeling",
        created_at=case.submitted_at,
        public_message="We bespreken je case op 3 december.",
    )
    CaseEvent.objects.create(
        case=case,
        from_status="in_behandeling",
        to_status="in_behandeling",
        created_at=case.submitted_at,
        public_message="Alleen voor het secretariaat",
        is_internal=True,
    )
    response = client.get(case.get_status_url())
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    html = response.content.decode()
    assert "In behandeling" in html
    assert "We bespreken je case op 3 december." in html
    assert "Case ingediend" in html
    assert "Alleen voor het secretariaat" not in html
    assert case.private_notes not in html
    assert "lotte.verbeek@example.org" not in html


def test_status_page_in_a_fixed_number_of_queries(client, db, django_assert_num_queries):
    case = CaseFactory()
    for _ in range(5):
        CaseEvent.objects.create(case=case, to_status="ingediend", created_at=case.submitted_at)
    with django_assert_num_queries(2):
        client.get(case.get_status_url())

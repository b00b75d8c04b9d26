"""The submitter's status page gives back what the team sent, and who to ask."""

import pytest

from cases import services
from tests.factories import CaseFactory


@pytest.fixture
def case(db):
    return CaseFactory(
        title="Bermgras blijft liggen",
        transition_task="Bermgras als grondstof voor karton.",
        region="drenthe",
        organisation="Provincie Drenthe",
        bottleneck="Het maaisel is afval.\nBel Lotte Verbeek (lotte.verbeek@example.org).",
        tried="Overleg met de verwerker.",
        help_wanted="Contact met een andere provincie.",
        status="afgerond",
    )


def test_the_status_page_shows_what_was_submitted(client, case):
    response = client.get(case.get_status_url())
    html = response.content.decode()
    for question, answer in [
        ("Titel van je case", "Bermgras blijft liggen"),
        ("Aan welke transitieopgave werken jullie?", "Bermgras als grondstof voor karton."),
        ("In welke provincie speelt de case?", "Drenthe"),
        ("Organisatie", "Provincie Drenthe"),
        ("Waar loopt het vast?", "Het maaisel is afval.<br>Bel Lotte Verbeek"),
        ("Wat hebben jullie al geprobeerd?", "Overleg met de verwerker."),
        ("Welke hulp vragen jullie van de tafel?", "Contact met een andere provincie."),
    ]:
        assert f"<dt>{question}</dt>" in html
        assert answer in html
    # Still private to whoever holds the link.
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_the_status_page_names_the_secretariats_address(client, case, settings):
    settings.CONTACT_EMAIL = "tafel@voorbeeld.nl"
    html = client.get(case.get_status_url()).content.decode()
    assert 'href="mailto:tafel@voorbeeld.nl">tafel@voorbeeld.nl</a>' in html


def test_in_english_too(client, case):
    html = client.get(f"/en{case.get_status_url()}").content.decode()
    assert "What you submitted" in html
    assert "<dt>Title of your case</dt>" in html


def test_after_the_purge_no_personal_data_is_shown(client, case):
    services.case_remove_personal_data(case=case)
    html = client.get(case.get_status_url()).content.decode()
    assert "Het maaisel is afval." in html
    assert "Lotte" not in html
    assert "Verbeek" not in html
    assert "lotte.verbeek" not in html

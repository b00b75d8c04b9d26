"""Every public page type, on realistic data: for the HTML validator, axe and the lang checks.

``build_site()`` fills the database (call it inside a test with database access) and
returns the pages as ``(name, path)`` pairs, Dutch addresses; ``in_english`` gives the
same page under /en/. A page that needs a POST (the form with errors) is named in
``POSTED`` with its data; ``STATUS`` has the pages that do not answer 200.
"""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

from cases.services import case_transition
from meetings.models import Position
from tests.factories import (
    ActorFactory,
    AudienceFactory,
    EcosystemFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PioneerFactory,
    PublicCaseFactory,
    RelationFactory,
    SourceFactory,
    StatementFactory,
)

# The Dutch texts a curator or a user typed, one per kind of content: on an English page
# each must stand inside an element marked lang="nl".
LESSON_TITLE = "Begin klein met circulair inkopen"
LESSON_LEAD = "Een gemeente leerde dat een eerste kleine aanbesteding de weg vrijmaakte."
LESSON_BODY = "Betrek de inkopers vanaf het eerste gesprek."
PIONEER_NAME = "Femke de Vries"
PIONEER_BIO = "Femke werkt al tien jaar aan circulaire bouwprojecten in de provincie."
SOURCE_TITLE = "Whitepaper Versnellen in Transitie"
SOURCE_SUMMARY = "De bundel met de inzichten van de eerste jaren aan tafel."
CASE_TITLE = "Bermgras blijft liggen in Drenthe"
CASE_SUMMARY = "Een provincie wilde maaisel verwerken tot karton, maar liep vast op regels."
CASE_INSIGHT = "Vroeg de omgevingsdienst betrekken hielp het meest."
CASE_MESSAGE = "We hebben je case opgepakt en bellen je deze week."
MAP_TITLE = "Circulair bouwen in Gelderland"
MAP_TASK = "Bouwmaterialen uit sloop hergebruiken in nieuwbouw."
ACTOR_NAME = "Woningcorporatie De Linge"
FACTOR_NAME = "Afvalstatus van vrijkomend materiaal"
MEETING_TITLE = "Ronde Tafel over lef in de regio"
OPEN_STATEMENT = "Inkoop is de sleutel tot versnelling."
CLOSED_STATEMENT = "Lef kun je leren."

DUTCH_CONTENT = {
    "lesson": [LESSON_TITLE, LESSON_LEAD, LESSON_BODY, PIONEER_NAME, SOURCE_TITLE],
    "lessons": [LESSON_TITLE, LESSON_LEAD],
    "pioneers": [PIONEER_NAME],
    "pioneer": [PIONEER_NAME, PIONEER_BIO, LESSON_TITLE],
    "source": [SOURCE_TITLE, SOURCE_SUMMARY, LESSON_TITLE],
    "cases": [CASE_TITLE, CASE_SUMMARY],
    "case": [CASE_TITLE, CASE_SUMMARY, CASE_INSIGHT],
    "status": [CASE_TITLE, CASE_MESSAGE],
    "maps": [MAP_TITLE, MAP_TASK],
    "map": [MAP_TITLE, MAP_TASK, ACTOR_NAME, FACTOR_NAME],
    "map-edit": [MAP_TITLE, ACTOR_NAME, FACTOR_NAME],
    "map-edit-actor": [MAP_TITLE, ACTOR_NAME],
    "map-delete-actor": [MAP_TITLE, ACTOR_NAME],
    "meetings": [MEETING_TITLE],
    "meeting": [MEETING_TITLE, OPEN_STATEMENT, CLOSED_STATEMENT],
    "live": [MEETING_TITLE, OPEN_STATEMENT],
    "search": [LESSON_TITLE],
    "home": [LESSON_TITLE, MEETING_TITLE],
}

POSTED = {"submit-errors": {"title": "", "organisation": ""}}
STATUS = {"404": 404, "submit-errors": 400}


def in_english(path: str) -> str:
    return f"/en{path}"


def fetch(client, name: str, address: str):
    """The page ``name`` at ``address``: posted when it is a form with errors."""
    response = client.post(address, POSTED[name]) if name in POSTED else client.get(address)
    assert response.status_code == STATUS.get(name, 200), (name, address)
    return response


def build_site() -> list[tuple[str, str]]:
    with translation.override("nl"):  # Dutch addresses, whatever a test before asked for
        return _build_site()


def _build_site() -> list[tuple[str, str]]:
    audience = AudienceFactory(name="Beleidsmakers")
    pioneer = PioneerFactory(name=PIONEER_NAME, bio=PIONEER_BIO)
    source = SourceFactory(title=SOURCE_TITLE, summary=SOURCE_SUMMARY)
    lesson = LessonFactory(
        title=LESSON_TITLE,
        lead=LESSON_LEAD,
        body=f"## Wat werkte\n\n{LESSON_BODY}\n\n- Samen optrekken met de regio",
        themes=["inkoop", "bouw"],
        audiences=[audience],
        parties=["rijk", "decentraal"],
        pioneers=[pioneer],
        source=source,
    )
    LessonFactory.create_batch(3, themes=["inkoop"], parties=["rijk"], source=source)

    case = PublicCaseFactory(
        title=CASE_TITLE,
        public_title=CASE_TITLE,
        public_summary=CASE_SUMMARY,
        insights=f"## Wat hielp\n\n- {CASE_INSIGHT}",
        parties=["decentraal", "ondernemers"],
        status="in_onderzoek",
    )
    case.lessons.set([lesson])
    case_transition(case=case, to_status="inzichten_gedeeld", public_message=CASE_MESSAGE)

    ecosystem = EcosystemFactory(title=MAP_TITLE, task=MAP_TASK, case=case)
    actors = [ActorFactory(ecosystem=ecosystem, name=ACTOR_NAME, party="decentraal")]
    actors += [
        ActorFactory(ecosystem=ecosystem, kind="nieuwe_speler", contributes=True, strengthen=True)
        for _ in range(4)
    ]
    RelationFactory(ecosystem=ecosystem, source=actors[0], target=actors[1])
    FactorFactory(ecosystem=ecosystem, name=FACTOR_NAME)
    FactorFactory(ecosystem=ecosystem, effect="helpt", weight=3)
    own_map = EcosystemFactory(title=MAP_TITLE + " (eigen)", status="draft", self_service=True)
    own_actor = ActorFactory(ecosystem=own_map, name=ACTOR_NAME)
    FactorFactory(ecosystem=own_map, name=FACTOR_NAME)

    meeting = MeetingFactory(title=MEETING_TITLE)
    meeting.lessons.set([lesson])
    # Three statements with four positions each: two closed (their results are shown), one open.
    closed = StatementFactory(meeting=meeting, text=CLOSED_STATEMENT, is_open=False, order=1)
    earlier = StatementFactory(meeting=meeting, text="Regels remmen.", is_open=False, order=2)
    open_statement = StatementFactory(meeting=meeting, text=OPEN_STATEMENT, order=3)
    for statement in (closed, earlier, open_statement):
        for number, (value, party) in enumerate([(5, "rijk"), (4, "rijk"), (1, "onderwijs"),
                                                 (3, "")]):  # fmt: skip
            Position.objects.create(
                statement=statement, participant=f"{number:032d}", value=value, party=party
            )
    MeetingFactory(
        title="LEF-Talk van vorig jaar",
        starts_at=timezone.now() - datetime.timedelta(days=300),
    )

    return [
        ("home", "/"),
        ("lessons", "/lessen/"),
        ("lessons-filtered", "/lessen/?thema=inkoop&partij=rijk&doelgroep=beleidsmakers"),
        ("lessons-none", "/lessen/?q=onvindbaarwoord"),
        ("lesson", lesson.get_absolute_url()),
        ("pioneers", "/voorlopers/"),
        ("pioneer", pioneer.get_absolute_url()),
        ("source", source.get_absolute_url()),
        ("cases", "/praktijkcases/"),
        ("case", case.get_absolute_url()),
        ("submit", "/praktijkcases/indienen/"),
        ("submit-errors", "/praktijkcases/indienen/"),
        ("status", case.get_status_url()),
        ("maps", "/ecosystemen/"),
        ("map", ecosystem.get_absolute_url()),
        ("map-filtered", ecosystem.get_absolute_url() + "?partij=decentraal&versterken=1"),
        ("map-new", "/ecosystemen/nieuw/"),
        ("map-edit", own_map.get_edit_url()),
        (
            "map-edit-actor",
            reverse("ecosystem:edit-item", args=[own_map.edit_token, "actor", own_actor.pk]),
        ),
        (
            "map-delete-actor",
            reverse("ecosystem:delete-item", args=[own_map.edit_token, "actor", own_actor.pk]),
        ),
        ("meetings", "/bijeenkomsten/"),
        ("meeting", meeting.get_absolute_url()),
        ("live", meeting.get_live_url()),
        ("search", "/zoeken/?q=inkopen"),
        ("search-none", "/zoeken/?q=onvindbaarwoord"),
        ("search-empty", "/zoeken/"),
        ("privacy", "/privacy/"),
        ("accessibility", "/toegankelijkheid/"),
        ("404", "/bestaat-niet/"),
    ]

import pytest

from tests.factories import AudienceFactory, LessonFactory, SourceFactory


@pytest.fixture
def catalogue(db):
    """A small, known set of lessons to filter: who has which theme, audience, party."""
    inkopers = AudienceFactory(name="Inkopers", slug="inkopers")
    bestuurders = AudienceFactory(name="Bestuurders", slug="bestuurders")
    whitepaper = SourceFactory(title="Versnellen in Transitie", kind="whitepaper")
    lessons = {
        "inkoop-inkopers": LessonFactory(
            title="Begin bij de inkoopkalender",
            themes=["circulair inkopen"],
            audiences=[inkopers],
            parties=["rijk"],
            source=whitepaper,
        ),
        "inkoop-bestuurders": LessonFactory(
            title="Laat de bestuurder het inkoopbeleid dragen",
            themes=["circulair inkopen", "rol van de ambtenaar"],
            audiences=[bestuurders],
            parties=["decentraal"],
        ),
        "bouw-inkopers": LessonFactory(
            title="Vraag om een materialenpaspoort",
            themes=["bouw"],
            audiences=[inkopers],
            parties=["ondernemers", "rijk"],
        ),
        "draft": LessonFactory(
            title="Nog niet klaar: inkopen met de regio",
            themes=["circulair inkopen"],
            audiences=[inkopers],
            status="draft",
            published_at=None,
        ),
    }
    return {"lessons": lessons, "inkopers": inkopers, "source": whitepaper}

"""Hostile and broken input to every public form and every search or filter parameter.

Whatever arrives, the answer is never a server error; invalid input never stores anything,
and valid input stores exactly one row.
"""

import itertools
import re
from urllib.parse import quote_from_bytes

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.models import Case
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from meetings.models import Position
from tests.factories import ActorFactory, EcosystemFactory, LessonFactory, StatementFactory

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Values as raw bytes, so that invalid UTF-8 (such as encoded lone surrogates) gets through.
nasty_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=20),
    st.just("x" * 100_000),
    st.sampled_from(["", " ", "\x00", "<script>alert(1)</script>", "' OR 1=1 --", "{{7*7}}"]),
    st.integers().map(str),
    st.floats(allow_nan=True).map(str),
).map(lambda text: text.encode("utf-8"))
raw_bytes = st.one_of(
    st.binary(max_size=40),
    st.just(b"\xed\xa0\x80"),  # a UTF-16 surrogate, which is not valid UTF-8
    st.just(b"\xff\xfe\xfd"),
)
value = st.one_of(nasty_text, raw_bytes)


def body(fields: list[tuple[str, bytes]]) -> bytes:
    """An urlencoded body; the same key may repeat."""
    return b"&".join(
        quote_from_bytes(key.encode()).encode() + b"=" + quote_from_bytes(val).encode()
        for key, val in fields
    )


def fields_for(names: list[str]):
    """Some of the form's fields, some unknown ones, some repeated, in any order."""
    keys = st.sampled_from([*names, "onbekend", "csrfmiddlewaretoken", "__proto__"])
    return st.lists(st.tuples(keys, value), max_size=len(names) + 4)


def post(client, url: str, fields) -> int:
    response = client.generic(
        "POST", url, body(fields), content_type="application/x-www-form-urlencoded"
    )
    return response.status_code


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    settings.RATE_LIMITS = {}
    cache.clear()


CASE_FIELDS = [
    "form_token", "title", "transition_task", "region", "organisation", "bottleneck", "tried",
    "help_wanted", "parties", "contact_name", "contact_email", "consent", "website",
    "ecosystem_link",
]  # fmt: skip


def _token(client) -> bytes:
    html = client.get("/praktijkcases/indienen/").content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1).encode()


@FUZZ
@given(fields=fields_for(CASE_FIELDS), with_token=st.booleans())
def test_case_form_survives_anything(client, db, fields, with_token):
    if with_token:
        fields = [("form_token", _token(client)), *fields]
    before = Case.objects.count()
    status = post(client, "/praktijkcases/indienen/", fields)
    assert status < 500
    created = Case.objects.count() - before
    assert created in (0, 1)
    if created:
        assert status == 302  # only an accepted submission is stored
        Case.objects.order_by("-pk").first().full_clean()


TEAMS = itertools.count()
sane_text = st.text(
    alphabet=st.characters(categories=("L", "N", "Zs"), exclude_characters="\x00"),
    min_size=3,
    max_size=80,
).filter(lambda text: text.strip())


@FUZZ
@given(
    title=sane_text,
    task=sane_text,
    name=sane_text,
    parties=st.lists(st.sampled_from(["rijk", "burgers", "onderwijs"]), unique=True),
)
def test_valid_case_submission_stores_exactly_one(client, db, title, task, name, parties):
    fields = [
        ("form_token", _token(client)), ("title", title.encode()),
        ("transition_task", task.encode()), ("region", b"utrecht"),
        ("organisation", b"Gemeente"), ("bottleneck", task.encode()),
        ("help_wanted", task.encode()), ("contact_name", name.encode()),
        # Another team each time: the same title from the same address is the same case.
        ("contact_email", f"team-{next(TEAMS)}@example.org".encode()),
        ("consent", b"on"), *[("parties", party.encode()) for party in parties],
    ]  # fmt: skip
    before = Case.objects.count()
    assert post(client, "/praktijkcases/indienen/", fields) == 302
    assert Case.objects.count() == before + 1
    # The same form again (a double click) stores nothing more.
    assert post(client, "/praktijkcases/indienen/", fields) == 302
    assert Case.objects.count() == before + 1


@FUZZ
@given(fields=fields_for(["title", "task", "new_reality"]))
def test_map_creation_survives_anything(client, db, fields):
    before = Ecosystem.objects.count()
    status = post(client, "/ecosystemen/nieuw/", fields)
    assert status < 500
    created = Ecosystem.objects.count() - before
    assert created in (0, 1)
    if created:
        assert status == 302
        Ecosystem.objects.order_by("-pk").first().full_clean()


ITEM_FIELDS = {
    b"actor": ["actor-name", "actor-party", "actor-kind", "actor-contributes", "actor-strengthen",
               "actor-influence", "actor-interest", "actor-note"],
    b"factor": ["factor-name", "factor-kind", "factor-effect", "factor-weight", "factor-note"],
    b"relation": ["relation-source", "relation-kind", "relation-target", "relation-note"],
    b"map": ["map-title", "map-task", "map-new_reality"],
}  # fmt: skip


@FUZZ
@given(form=st.sampled_from([*ITEM_FIELDS, b"onzin"]), data=st.data())
def test_map_editor_survives_anything(client, db, form, data):
    ecosystem = Ecosystem.objects.first() or EcosystemFactory(status="draft", self_service=True)
    if ecosystem.actors.count() < 2:
        ActorFactory(ecosystem=ecosystem)
        ActorFactory(ecosystem=ecosystem)
    fields = [("form", form), *data.draw(fields_for(ITEM_FIELDS.get(form, ["x"])))]
    counts = [model.objects.count() for model in (Actor, Factor, Relation)]
    status = post(client, ecosystem.get_edit_url(), fields)
    assert status < 500
    added = sum(model.objects.count() for model in (Actor, Factor, Relation)) - sum(counts)
    assert added in (0, 1)
    if added:
        assert status == 302
        for model in (Actor, Factor, Relation):
            if model.objects.exists():
                model.objects.order_by("-pk").first().full_clean()


@FUZZ
@given(fields=fields_for(["value", "party"]))
def test_voting_survives_anything(client, db, fields):
    statement = (
        StatementFactory() if not Position.objects.exists() else Position.objects.first().statement
    )
    before = Position.objects.count()
    url = f"/bijeenkomsten/{statement.meeting.slug}/stellingen/{statement.pk}/positie/"
    status = post(client, url, fields)
    assert status < 500
    assert Position.objects.count() - before in (0, 1)


SEARCH_PAGES = {
    "/zoeken/": ["q", "soort", "page"],
    "/lessen/": ["q", "thema", "doelgroep", "partij", "bron", "page"],
    "/praktijkcases/": ["regio", "partij", "status", "page"],
    "/bijeenkomsten/": ["page"],
    "/voorlopers/": ["page"],
    "/ecosystemen/": ["page"],
}


@FUZZ
@given(page=st.sampled_from(list(SEARCH_PAGES)), data=st.data())
def test_search_and_filter_parameters_survive_anything(client, db, page, data):
    LessonFactory(themes=["bouw"])
    fields = data.draw(fields_for(SEARCH_PAGES[page]))
    response = client.get(f"{page}?{body(fields).decode()}")
    assert response.status_code < 500


@FUZZ
@given(fields=fields_for(["partij", "soort", "versterken"]))
def test_map_filters_survive_anything(client, db, fields):
    ecosystem = Ecosystem.objects.first() or EcosystemFactory()
    response = client.get(f"{ecosystem.get_absolute_url()}?{body(fields).decode()}")
    assert response.status_code < 500

"""Issue 14, item 3: a purged submitter leaves no trace anywhere in the database.

Not in the case's text, public title or slug (its public address), not in its history,
its timeline or the admin's log, not in the search suggestions; and first and last name
are found on their own, whatever their case or accents. The proof: every text column of
every table on both backends, and on Postgres a ``pg_dump`` of the whole database.
"""

import datetime
import os
import subprocess
import unicodedata
from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from cases import anonymise, services
from cases.models import Case
from duurzaamdoor.models import SearchTerm
from duurzaamdoor.search import site_search
from tests.factories import LessonFactory, MeetingFactory, PublicCaseFactory, StatementFactory
from tests.forms import change_data

FIRST, LAST = "Xándra", "Purgetest"
EMAIL = "x.purgetest@gemeente-voorbeeld.example"
# What must be gone, folded: the two names on their own, the address and its mailbox.
TRACES = ("xandra", "purgetest", "x.purgetest@gemeente-voorbeeld.example", "x.purgetest")


def fold(text: str) -> str:
    """Lower case without accents, as a person grepping for the name would not care."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def traces_in(text: str) -> list[str]:
    text = fold(text)
    return [trace for trace in TRACES if trace in text]


# --- the matching itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dag Xandra, hier zijn de inzichten van de tafel.",
         "Dag [naam verwijderd], hier zijn de inzichten van de tafel."),
        ("Opslag gezocht (contact: PURGETEST).", "Opslag gezocht (contact: [naam verwijderd])."),
        ("Gebeld met XÁNDRA purgetest.", "Gebeld met [naam verwijderd]."),
        ("Mail x.purgetest@gemeente-voorbeeld.example of X.Purgetest.",
         "Mail [e-mailadres verwijderd] of [e-mailadres verwijderd]."),
        ("Xandra's vraag; Purgetests collega", "[naam verwijderd]'s vraag; Purgetests collega"),
        # Whole words only: other words that contain the name stay.
        ("Alexandra en purgetesten", "Alexandra en purgetesten"),
    ],
)  # fmt: skip
def test_first_and_last_name_are_found_on_their_own(text, expected):
    found = anonymise.needles(name=f"{FIRST} {LAST}", email=EMAIL)
    assert anonymise.scrub(text, found) == expected


def test_particles_and_shared_mailboxes_are_no_name():
    found = anonymise.needles(name="Jan de Vries", email="info@gemeente.example")
    text = "De gemeente vraagt Jan om info; de Vries-methode."
    assert anonymise.scrub(text, found) == (
        "De gemeente vraagt [naam verwijderd] om info; de [naam verwijderd]-methode."
    )


# --- a case with the submitter's name everywhere ---------------------------------------


def _closed_case_naming_its_submitter(secretary) -> Case:
    """Submitted through the form's service, moderated through the admin, then closed
    long ago: with the names in every place the issue found them, and more."""
    case, _created = services.case_submit(
        data={
            "title": f"{LAST} zoekt opslag voor sloophout van {FIRST}",
            "transition_task": "Sloophout hergebruiken.",
            "region": "utrecht",
            "organisation": f"Gemeente Voorbeeld, team van {FIRST.upper()}",
            "bottleneck": f"Niemand betaalt de opslag. Groet, {FIRST} {LAST}",
            "tried": f"Gebeld; mail {EMAIL}",
            "help_wanted": "Meedenken.",
            "contact_name": f"{FIRST} {LAST}",
            "contact_email": EMAIL,
        },
        parties=[],
        submission_token="purge-test-token",
    )
    # The table took the case up (only then may it be published).
    for status in ("in_behandeling", "in_onderzoek"):
        services.case_transition(case=case, to_status=status, actor=secretary)
    staff = Client()
    staff.force_login(secretary)
    url = f"/admin/cases/case/{case.pk}/change/"
    # The secretary publishes it; the name slips into the public title (and so the
    # address) and the summary, and the message to the submitter greets her.
    response = staff.post(
        url,
        change_data(
            case,
            is_public="on",
            public_title="Xandra zoekt opslag voor sloophout",
            public_summary="Een gemeente zoekt opslag voor sloophout (contact: Purgetest).",
            insights="PURGETEST vond een werf.",
            private_notes="Xándra belt terug.",
            transition_to="inzichten_gedeeld",
            public_message="Dag Xandra, hier zijn de inzichten van de tafel.",
        ),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    case.refresh_from_db()
    assert case.is_public and case.slug == "xandra-zoekt-opslag-voor-sloophout"
    services.case_transition(case=case, to_status="afgerond", actor=secretary)
    Case.objects.filter(pk=case.pk).update(
        status_changed_at=timezone.now() - datetime.timedelta(days=400)
    )
    return case


def _every_text_in_the_database() -> dict[str, list[str]]:
    """Each table's values as text, by introspection: nothing is left out by a list."""
    found = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from the catalogue
            found[table] = [
                value.tobytes().decode("utf-8", "replace")
                if isinstance(value, memoryview)
                else str(value)
                for row in cursor.fetchall()
                for value in row
                if value is not None
            ]
    return found


def _traces_per_table() -> dict[str, list[str]]:
    return {
        table: sorted({trace for value in values for trace in traces_in(value)})
        for table, values in _every_text_in_the_database().items()
        if any(traces_in(value) for value in values)
    }


def test_a_purge_leaves_no_trace_in_any_table(db, secretary):
    case = _closed_case_naming_its_submitter(secretary)
    old_url = case.get_absolute_url()
    before = _traces_per_table()
    # The check finds what it looks for: the name is in all these places now.
    for table in ("cases_case", "cases_historicalcase", "cases_caseevent", "django_admin_log"):
        assert table in before, before
    assert set(before["cases_case"]) == set(TRACES)

    call_command("purge_personal_data", stdout=StringIO())

    assert _traces_per_table() == {}
    case.refresh_from_db()
    assert case.slug == "naam-verwijderd-zoekt-opslag-voor-sloophout"
    assert case.public_title == "[naam verwijderd] zoekt opslag voor sloophout"
    assert case.events.get(to_status="inzichten_gedeeld").public_message == (
        "Dag [naam verwijderd], hier zijn de inzichten van de tafel."
    )
    assert "(contact: [naam verwijderd])" in case.public_summary
    assert LogEntry.objects.filter(object_id=str(case.pk)).exists()  # scrubbed, not deleted
    # The old address is gone (the repository keeps no slug history); the new one works.
    visitor = Client()
    assert visitor.get(old_url).status_code == 404
    assert visitor.get(case.get_absolute_url()).status_code == 200
    sitemap = visitor.get("/sitemap-cases.xml").content.decode()
    assert case.slug in sitemap and "xandra" not in sitemap.lower()


def test_the_admins_recent_actions_no_longer_name_the_submitter(db, secretary, client):
    case = _closed_case_naming_its_submitter(secretary)
    client.force_login(secretary)
    assert "Purgetest" in client.get("/admin/").content.decode()
    services.case_remove_personal_data(case=case)
    page = client.get("/admin/").content.decode()
    assert traces_in(page) == []


def test_the_admin_action_leaves_no_trace_either(db, secretary, client):
    """The admin's "Persoonsgegevens verwijderen", once confirmed, does the same."""
    case = _closed_case_naming_its_submitter(secretary)
    client.force_login(secretary)
    client.post(
        "/admin/cases/case/",
        {"action": "remove_personal_data", "_selected_action": [case.pk], "apply": "1"},
    )
    assert _traces_per_table() == {}


# --- on Postgres: pg_dump and the suggestions ------------------------------------------


def _pg_dump() -> str:
    settings = connection.settings_dict
    environment = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
    command = ["pg_dump", "--no-owner", "--dbname", settings["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings.get(key):
            command += [option, str(settings[key])]
    result = subprocess.run(command, env=environment, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)  # pg_dump sees only committed data
def test_pg_dump_after_the_purge_holds_neither_name_nor_address(secretary):
    _closed_case_naming_its_submitter(secretary)
    assert set(traces_in(_pg_dump())) == set(TRACES)  # the grep finds what is there

    call_command("purge_personal_data", stdout=StringIO())

    dump = _pg_dump()
    assert "[naam verwijderd]" in dump
    assert traces_in(dump) == []


@pytest.mark.postgres
def test_suggestions_forget_a_purged_name(db, secretary):
    _closed_case_naming_its_submitter(secretary)
    assert SearchTerm.objects.filter(word="purgetest").exists()
    assert site_search("purgetst").suggestion == "purgetest"

    call_command("purge_personal_data", stdout=StringIO())

    assert not SearchTerm.objects.filter(word__in=["purgetest", "xandra"]).exists()
    assert site_search("purgetst").suggestion != "purgetest"


@pytest.mark.postgres
def test_the_daily_job_rebuilds_the_vocabulary_from_public_content_only(db):
    LessonFactory(title="Zaagselbriketten", lead="Over zaagselbriketten.")
    SearchTerm.objects.create(word="spookwoord")  # left by content that is no longer public
    call_command("purge_personal_data", stdout=StringIO())
    words = set(SearchTerm.objects.values_list("word", flat=True))
    assert "zaagselbriketten" in words
    assert "spookwoord" not in words


@pytest.mark.postgres
def test_the_vocabulary_forgets_what_leaves_the_public(db):
    words = lambda: set(SearchTerm.objects.values_list("word", flat=True))  # noqa: E731
    lesson = LessonFactory(title="Kringloopwinkelketen", lead="Over de bijzondere zeefmachine.")
    LessonFactory(title="Nog een", lead="Ook hier een zeefmachine.")
    assert {"kringloopwinkelketen", "zeefmachine"} <= words()

    lesson.status = "draft"
    lesson.save()
    assert "kringloopwinkelketen" not in words()
    assert "zeefmachine" in words()  # still in another published lesson

    # A name the secretariat removes from a published summary is forgotten at once.
    case = PublicCaseFactory(public_summary="Met dank aan Wilhelmientje.")
    assert "wilhelmientje" in words()
    case.public_summary = "Met dank aan de gemeente."
    case.save()
    assert "wilhelmientje" not in words()

    # A deleted meeting takes its statements' words along.
    meeting = MeetingFactory(title="Werksessie", is_published=True)
    StatementFactory(meeting=meeting, text="Stelling over schroefdoppenstatiegeld")
    assert "schroefdoppenstatiegeld" in words()
    meeting.delete()
    assert "schroefdoppenstatiegeld" not in words()


# --- publishing ------------------------------------------------------------------------


def test_a_public_case_needs_a_public_title_in_the_model_too(db):
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    from tests.factories import CaseFactory

    case = CaseFactory(public_summary="Geanonimiseerd.", status="in_onderzoek")
    case.is_public = True
    with pytest.raises(ValidationError, match="publieke titel"):
        case.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        case.save()


def test_a_case_never_published_gets_a_slug_that_says_nothing(db):
    from tests.factories import CaseFactory

    case = CaseFactory(title="Vraag van Xandra Purgetest", contact_name="Xandra Purgetest")
    assert case.slug == "vraag-van-xandra-purgetest"
    services.case_remove_personal_data(case=case)
    case.refresh_from_db()
    assert case.slug == f"case-{case.pk}"
    assert {version.slug for version in case.history.all()} == {case.slug}


def _delete_in_the_admin(client, lessons) -> int:
    """Delete lessons with the admin's "delete selected" action; returns the queries."""
    from django.test.utils import CaptureQueriesContext

    data = {
        "action": "delete_selected",
        "post": "yes",
        "_selected_action": [lesson.pk for lesson in lessons],
    }
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/admin/lessons/lesson/", data)
    assert response.status_code == 302
    return len(queries)


def test_deleting_many_lessons_checks_the_vocabulary_once(db, secretary):
    """Per deleted row only its history row is written; the words it leaves behind are
    checked once for all (per row, each check read all public text again: deleting 1,200
    lessons took minutes)."""
    client = Client()
    client.force_login(secretary)
    words = lambda: set(SearchTerm.objects.values_list("word", flat=True))  # noqa: E731
    LessonFactory(title="Blijvend", lead="Ook over de houtsnipperaar.")
    few = [LessonFactory(title=f"Weg {n}", lead="Over de houtsnipperaar.") for n in range(3)]
    many = [LessonFactory(title=f"Ook {n}", lead="Over de composteertrommel.") for n in range(23)]
    assert {"houtsnipperaar", "composteertrommel"} <= words()

    few_queries = _delete_in_the_admin(client, few)
    many_queries = _delete_in_the_admin(client, many)

    assert "composteertrommel" not in words()
    assert "houtsnipperaar" in words()  # still in the lesson that stays
    assert many_queries - few_queries <= 2 * (len(many) - len(few))

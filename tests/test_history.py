"""The history records what was changed, and nothing else.

A browser sends every line break of a text area as CR LF, and a date and time to the
second; the stored text has line feeds (and may end in one), a publication moment set by
code has microseconds. Saved unchanged, such a form must change nothing.
"""

import datetime
import itertools

import pytest
from django.contrib import admin
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from cases.models import Case
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from lessons.models import Lesson
from meetings.models import Meeting
from tests.factories import (
    ActorFactory,
    CaseFactory,
    FactorFactory,
    LessonFactory,
    MeetingFactory,
    PublicCaseFactory,
    RelationFactory,
    StatementFactory,
)
from tests.forms import form_fields

LINES = "Eerste regel.\n\nTweede regel,\nderde regel.\n"

# One object per model with a history, with multi-line texts and a moment set by code.
OBJECTS = {
    Lesson: lambda: LessonFactory(lead=LINES, body=LINES, published_at=timezone.now()),
    Case: lambda: PublicCaseFactory(
        bottleneck=LINES, tried=LINES, insights=LINES, private_notes=LINES
    ),
    Ecosystem: lambda: (
        ActorFactory(note=LINES, ecosystem__task=LINES, ecosystem__new_reality=LINES).ecosystem
    ),
    Meeting: lambda: (
        StatementFactory(meeting=MeetingFactory(summary=LINES, starts_at=timezone.now())).meeting
    ),
    Actor: lambda: ActorFactory(note="Toelichting"),
    Factor: lambda: FactorFactory(note="Toelichting"),
    Relation: lambda: RelationFactory(note="Toelichting"),
}
# The field a secretary renames, and its label in the history (a title unless said here).
RENAMED = {Actor: ("name", "Naam:"), Factor: ("name", "Naam:"), Relation: ("note", "Toelichting:")}


def test_every_model_with_a_history_in_the_admin_is_checked():
    with_history = {
        model for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, SimpleHistoryAdmin)
    }  # fmt: skip
    assert with_history == set(OBJECTS)


def _save_as_a_browser(client, obj, **changes) -> None:
    opts = obj._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"
    data = form_fields(client.get(url).content.decode(), f"{opts.model_name}_form")
    data.update({name: [value] for name, value in changes.items()})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""


def _last_change(obj) -> list[str]:
    newest, previous = obj.history.all()[:2]
    return [change.field for change in newest.diff_against(previous).changes]


@pytest.mark.parametrize("model", OBJECTS, ids=lambda model: model.__name__)
def test_a_new_title_is_the_only_change_recorded(client, secretary, model):
    obj = OBJECTS[model]()
    field, label = RENAMED.get(model, ("title", "Titel:"))
    client.force_login(secretary)
    _save_as_a_browser(client, obj, **{field: "Een nieuwe titel"})
    assert _last_change(obj) == [field]
    assert obj.history.first().history_user == secretary
    history = client.get(f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/history/")
    changes = history.content.decode().split("<tbody>")[1]
    assert label in changes
    assert changes.count("<li>") == 1  # one field changed, in the newest version only


@pytest.mark.parametrize("model", OBJECTS, ids=lambda model: model.__name__)
def test_saving_unchanged_changes_nothing(client, secretary, model):
    obj = OBJECTS[model]()
    stored = model.objects.values().get(pk=obj.pk)
    versions = obj.history.count()
    client.force_login(secretary)
    _save_as_a_browser(client, obj)
    # No version at all: the history page would show it as "Gewijzigd" with nothing listed.
    assert obj.history.count() == versions
    now = model.objects.values().get(pk=obj.pk)
    assert {key: value for key, value in now.items() if now[key] != stored[key]}.keys() <= {
        "updated_at",
        "search_vector",
    }


def test_rows_stored_before_are_rewritten_as_forms_send_them(db):
    """The migration rewrites what was stored earlier: with the models of that migration,
    whose fields know no rule, so that only the migration can do it."""
    lesson = LessonFactory(title="Oude les")
    moment = datetime.datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=datetime.UTC)
    dirty = {
        "lead": "Kort.\r\nLang.\n",
        "body": " Tekst\rmet een oud einde. ",
        "title": " Oude les ",
    }
    table = connection.ops.quote_name(Lesson._meta.db_table)
    with connection.cursor() as cursor:
        for name, value in [*dirty.items(), ("published_at", moment)]:
            cursor.execute(f"UPDATE {table} SET {name} = %s WHERE id = %s", [value, lesson.pk])  # noqa: S608
    migration = MigrationLoader(connection).get_migration("lessons", "0011_names_and_stored_text")
    state = MigrationLoader(connection).project_state(("lessons", "0011_names_and_stored_text"))
    # The first rewrite is the lessons' (the second, of the meetings, needs their tables
    # under the names of then: meetings have moved to an app of their own since).
    rewrite = next(operation for operation in migration.operations if hasattr(operation, "code"))
    rewrite.code(state.apps, connection.schema_editor())
    lesson.refresh_from_db()
    assert (lesson.title, lesson.lead, lesson.body) == (
        "Oude les", "Kort.\nLang.", "Tekst\nmet een oud einde."
    )  # fmt: skip
    assert lesson.published_at == moment.replace(microsecond=0)


# --- a case's status step: the edits and the step are one version ----------------------


def _versions(case: Case) -> list[tuple[str | None, list[str]]]:
    """The case's versions after its first, newest first: the reason and what changed."""
    versions = list(case.history.all())
    return [
        (
            newer.history_change_reason,
            [change.field for change in newer.diff_against(older).changes],
        )
        for newer, older in itertools.pairwise(versions)
    ]


def _history_rows(client, case: Case) -> int:
    page = client.get(f"/admin/cases/case/{case.pk}/history/").content.decode()
    return page.split("<tbody>")[1].split("</tbody>")[0].count("<tr")


def test_a_step_in_the_change_form_is_one_version_with_the_edits(client, secretary):
    case = CaseFactory()
    client.force_login(secretary)
    _save_as_a_browser(client, case, transition_to="in_behandeling")
    _save_as_a_browser(
        client, case, transition_to="in_onderzoek", private_notes="Gebeld met de provincie."
    )
    assert _versions(case) == [
        ("Status: In onderzoek bij de tafel", ["private_notes", "status", "status_changed_at"]),
        ("Status: In behandeling", ["status", "status_changed_at"]),
    ]
    assert _history_rows(client, case) == 3  # submitted, and the two saves


def test_a_step_for_several_cases_is_one_version_each(client, secretary):
    cases = CaseFactory.create_batch(2)
    client.force_login(secretary)
    client.post(
        "/admin/cases/case/",
        {"action": "to_in_behandeling", "_selected_action": [case.pk for case in cases],
         "apply": "1", "public_message": "We pakken het op."},
    )  # fmt: skip
    for case in cases:
        assert _versions(case) == [("Status: In behandeling", ["status", "status_changed_at"])]

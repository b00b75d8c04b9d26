"""Meetings moved from the lessons app into their own (meetings 0001, lessons 0012): on a
filled database nothing is lost or changed, both ways, and the rights stay attached."""

import datetime
import io
import re

import pytest
from django.apps import apps as installed_apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from duurzaamdoor.secretariat import SECRETARIAT_GROUP
from meetings.models import Meeting, Position, Statement
from meetings.services import positions_void
from tests.factories import UserFactory

BEFORE_THE_MOVE = ("lessons", "0011_names_and_stored_text")
MOVED = ("meeting", "historicalmeeting", "statement", "position")
OLD_TABLES = (
    "lessons_meeting",
    "lessons_historicalmeeting",
    "lessons_statement",
    "lessons_position",
)
MOVED_MODELS = (Meeting, Meeting.history.model, Statement, Position)
# What Django and the database named after the old tables (shortened when long).
OLD_NAME = re.compile(r"lessons_(meeting|statement|position|historicalme)")


def _rows(model) -> list[dict]:
    return list(model._base_manager.order_by("pk").values())


def fingerprint(apps, app_label: str) -> dict:
    """Every field of every meeting (history included), statement and position, and every
    link of a meeting to lessons, cases and sources, as the models of ``app_label`` in
    ``apps`` read them."""
    meeting = apps.get_model(app_label, "Meeting")
    return {
        "meetings": _rows(meeting),
        "history": _rows(apps.get_model(app_label, "HistoricalMeeting")),
        "statements": _rows(apps.get_model(app_label, "Statement")),
        "positions": _rows(apps.get_model(app_label, "Position")),
        **{name: _rows(getattr(meeting, name).through) for name in ("lessons", "cases", "sources")},
    }


def rights(app_label: str) -> dict:
    """The content types of the moved models and what hangs on them, by id."""
    types = ContentType.objects.filter(app_label=app_label, model__in=MOVED)
    permissions = Permission.objects.filter(content_type__in=types)
    return {
        "content types": sorted(types.values_list("pk", "model")),
        "permissions": sorted(permissions.values_list("pk", "codename", "content_type")),
        "of groups": sorted(
            Group.permissions.through.objects.filter(permission__in=permissions).values_list(
                "group", "permission"
            )
        ),
        "of staff": sorted(
            get_user_model()
            .user_permissions.through.objects.filter(permission__in=permissions)
            .values_list("user", "permission")
        ),
        "log": sorted(
            LogEntry.objects.filter(content_type__in=types).values_list("pk", "object_id")
        ),
    }


def _a_site_in_use() -> tuple:
    """What a running site has beside the demo: a changed meeting (history), a line in the
    admin's log, voided positions and a staff member with a right of their own."""
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_bulk", meetings=3, positions=60, stdout=io.StringIO(), stderr=io.StringIO())
    editor = UserFactory(username="redacteur", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="meetings", codename="change_meeting")
    )
    meeting = Meeting.objects.get(slug="ronde-tafel-10-juli-2025")
    meeting.place = "Utrecht, Neude"
    meeting.save()
    LogEntry.objects.log_actions(
        user_id=editor.pk, queryset=[meeting], action_flag=CHANGE, change_message="Plaats"
    )
    statement = meeting.statements.first()
    taken = statement.positions.first().created_at
    assert positions_void(statement, taken, taken + datetime.timedelta(minutes=1))
    return editor, meeting


@pytest.mark.django_db(transaction=True)
def test_moving_back_and_forth_keeps_every_meeting_statement_and_position():
    editor, meeting = _a_site_in_use()
    assert Position.objects.voided().exists() and Meeting.history.count() > 3
    filled = fingerprint(installed_apps, "meetings")
    assert len(filled["positions"]) > 200 and filled["lessons"] and filled["cases"]
    attached = rights("meetings")
    try:
        call_command("migrate", "meetings", "zero", verbosity=0)
        # Before the move: the old tables hold everything, the content types are the
        # lessons' again (the same ones, with the same ids).
        assert set(OLD_TABLES) <= set(connection.introspection.table_names())
        old = MigrationLoader(connection).project_state(BEFORE_THE_MOVE).apps
        assert fingerprint(old, "lessons") == filled
        back = rights("lessons")
        assert back["content types"] == attached["content types"]
        assert back["permissions"] == attached["permissions"]
        assert back["of staff"] == attached["of staff"] and back["log"] == attached["log"]

        call_command("migrate", verbosity=0)
        ContentType.objects.clear_cache()
        assert not set(OLD_TABLES) & set(connection.introspection.table_names())
        assert fingerprint(installed_apps, "meetings") == filled
        assert rights("meetings") == attached
        again = get_user_model().objects.get(pk=editor.pk)
        assert again.has_perm("meetings.change_meeting")
        assert not again.has_perm("meetings.delete_meeting")
        secretariat = Group.objects.get(name=SECRETARIAT_GROUP).permissions
        assert secretariat.filter(content_type__app_label="meetings").count() == 9
        entry = LogEntry.objects.get(change_message="Plaats")
        assert entry.get_edited_object() == meeting
        assert Meeting.objects.get(pk=meeting.pk).history.first().place == "Utrecht, Neude"
    finally:
        call_command("migrate", verbosity=0)  # the latest state for the tests after this one


@pytest.mark.django_db(transaction=True)
def test_the_moved_tables_have_the_names_django_gives_new_ones():
    """The indexes, constraints and sequences were named after the lessons' tables; renamed,
    they are where Django looks for them when a later migration changes the meetings'
    fields."""
    with connection.schema_editor(collect_sql=True) as editor:
        for model in MOVED_MODELS:
            editor.create_model(model)
    created = " ".join(editor.collected_sql)
    expected = set(re.findall(r'(?:CONSTRAINT|INDEX) "([^"]+)"', created))
    tables = sorted(set(re.findall(r'CREATE TABLE "([^"]+)"', created)))
    assert len(tables) == 7  # three of them the links of a meeting to lessons, cases, sources
    found = set()
    with connection.cursor() as cursor:
        for table in tables:
            found |= connection.introspection.get_constraints(cursor, table).keys()
        if connection.vendor == "postgresql":
            cursor.execute("SELECT relname FROM pg_class WHERE relkind = 'S'")
            sequences = {name for (name,) in cursor.fetchall()}
            id_columns = {
                table: "history_id" if "historical" in table else "id" for table in tables
            }
            assert {f"{table}_{column}_seq" for table, column in id_columns.items()} <= sequences
            found |= sequences
    assert expected and expected <= found
    assert [name for name in found if OLD_NAME.match(name)] == []

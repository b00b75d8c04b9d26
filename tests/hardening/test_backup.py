"""export_all / import_all: a round trip into an empty database keeps everything."""

import io

import pytest
from django.core.management import call_command

from cases.models import Case, CaseEvent
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from lessons.models import Audience, Lesson, Pioneer, Source, ThemeTag
from meetings.models import Meeting, Position, Statement
from tests.factories import UserFactory

MODELS = [
    Audience, Pioneer, Source, ThemeTag, Lesson, Case, CaseEvent, Ecosystem, Actor, Factor,
    Relation, Meeting, Statement, Position,
]  # fmt: skip


def snapshot(personal_data: bool = True) -> dict:
    lesson = Lesson.objects.get(slug="begin-bij-de-inkoopkalender-niet-bij-het-beleid")
    case = Case.objects.get(slug="hergebruik-bouwmaterialen-stokt-op-opslag")
    return {
        "counts": {model.__name__: model.objects.count() for model in MODELS},
        "lesson": (
            lesson.title, lesson.body, sorted(lesson.themes.names()),
            sorted(lesson.audiences.values_list("slug", flat=True)),
            sorted(lesson.parties.values_list("code", flat=True)),
            sorted(lesson.pioneers.values_list("slug", flat=True)), lesson.source.slug,
            lesson.published_at,
        ),
        "case": (
            case.title, case.public_title, case.private_notes,
            sorted(case.lessons.values_list("slug", flat=True)),
            list(case.events.values_list("to_status", "public_message")),
        ),
        "personal": (
            (case.contact_email, case.status_token,
             sorted(Position.objects.values_list("participant", flat=True)),
             # Only self-service maps have an edit link.
             sorted(Ecosystem.objects.exclude(edit_token=None).values_list("edit_token",
                                                                           flat=True)))
            if personal_data else None
        ),
        "positions": sorted(Position.objects.values_list("value", "party")),
    }  # fmt: skip


# Emptying the database (flush) needs real transactions on Postgres.
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("with_history", "personal_data"), [(False, False), (True, False), (True, True)]
)
def test_round_trip_into_an_empty_database(tmp_path, monkeypatch, with_history, personal_data):
    call_command("seed_demo", stdout=io.StringIO())
    UserFactory(username="beheerder", is_staff=True, is_superuser=True, password="Gehe1m-genoeg")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "Gehe1m-genoeg")
    before = snapshot(personal_data)
    history_before = Lesson.history.count()
    path = tmp_path / "kennisbank.json"
    options = {"output": str(path), "with_history": with_history}
    if personal_data:
        options.update(with_personal_data=True, superuser="beheerder")
    call_command("export_all", stdout=io.StringIO(), **options)

    call_command("flush", interactive=False, verbosity=0)
    assert Lesson.objects.count() == 0
    out = io.StringIO()
    call_command(
        "import_all", str(path), stdout=out, stderr=io.StringIO(), with_accounts=personal_data
    )
    assert "objecten geïmporteerd" in out.getvalue()
    assert snapshot(personal_data) == before
    assert Lesson.history.count() == (history_before if with_history else 0)
    # New content after a restore gets new ids without colliding.
    from tests.factories import LessonFactory

    LessonFactory(title="Na het herstel")


def test_import_refuses_a_database_with_content(db, tmp_path):
    from django.core.management.base import CommandError

    from tests.factories import LessonFactory

    path = tmp_path / "leeg.json"
    call_command("export_all", output=str(path), stdout=io.StringIO())
    LessonFactory()
    with pytest.raises(CommandError, match="bevat al inhoud"):
        call_command("import_all", str(path))

"""purge_personal_data: only old, closed cases lose their contact data, history included."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, models
from django.utils import timezone

from cases import anonymise
from cases.choices import CaseStatus
from cases.models import Case
from cases.services import NOT_SCRUBBED, case_transition
from tests.factories import CaseFactory

LONG_AGO = timezone.now() - datetime.timedelta(days=400)
RECENTLY = timezone.now() - datetime.timedelta(days=30)


def test_purge_only_touches_old_closed_cases(db):
    old_closed = CaseFactory(title="Oud afgerond", status="afgerond", status_changed_at=LONG_AGO)
    old_rejected = CaseFactory(
        title="Oud afgewezen", status="afgewezen", status_changed_at=LONG_AGO
    )
    recent_closed = CaseFactory(
        title="Recent afgerond", status="afgerond", status_changed_at=RECENTLY
    )
    old_open = CaseFactory(title="Oud lopend", status="in_onderzoek", status_changed_at=LONG_AGO)
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "bij 2 praktijkcase(s)" in out.getvalue()
    for case in (old_closed, old_rejected):
        case.refresh_from_db()
        assert (case.contact_name, case.contact_email) == ("", "")
    for case in (recent_closed, old_open):
        case.refresh_from_db()
        assert case.contact_email == "lotte.verbeek@example.org"
    # Running again changes nothing more.
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "bij 0 praktijkcase(s)" in out.getvalue()


def test_purge_clears_the_history_and_timeline_too(db, secretary, settings):
    settings.CASE_RETENTION_DAYS = 10
    case = CaseFactory(private_notes="Lotte Verbeek belt terug", status="in_behandeling")
    case.private_notes = "Mail van lotte.verbeek@example.org ontvangen"
    case.save()
    case_transition(
        case=case,
        to_status="afgewezen",
        actor=secretary,
        public_message="Beste Lotte Verbeek, helaas.",
    )
    Case.objects.filter(pk=case.pk).update(
        status_changed_at=timezone.now() - datetime.timedelta(days=11)
    )
    call_command("purge_personal_data", stdout=StringIO())

    case.refresh_from_db()
    history_text = " ".join(
        " ".join(str(getattr(version, field.name)) for field in version._meta.fields)
        for version in case.history.all()
    )
    assert case.history.count() >= 3
    for secret in ("Lotte Verbeek", "lotte.verbeek@example.org"):
        assert secret.lower() not in history_text.lower()
        assert secret not in case.events.get(to_status="afgewezen").public_message
    assert "[naam verwijderd]" in history_text
    assert not hasattr(case.history.first(), "contact_email")  # never stored in history at all


# Which statuses are closed, spelled out here rather than read from cases/workflow.py: a
# change there (or in the purge) that purges a case still in progress, or keeps a closed
# one, fails below.
PURGED_STATUSES = {"afgerond", "afgewezen"}


@pytest.mark.parametrize("status", CaseStatus.values)
def test_the_purge_removes_personal_data_only_of_closed_cases(db, status):
    case = CaseFactory(
        status=status, status_changed_at=LONG_AGO, private_notes="Lotte Verbeek belde."
    )
    call_command("purge_personal_data", stdout=StringIO())
    case.refresh_from_db()
    if status in PURGED_STATUSES:
        assert (case.contact_name, case.contact_email) == ("", "")
        assert case.private_notes == "[naam verwijderd] belde."
        assert case.personal_data_removed_at is not None
    else:
        assert (case.contact_name, case.contact_email) == (
            "Lotte Verbeek", "lotte.verbeek@example.org",
        )  # fmt: skip
        assert case.private_notes == "Lotte Verbeek belde."
        assert case.personal_data_removed_at is None


# The stored name is "Lotte Verbeek": typed otherwise, it is still hers.
WRITTEN_OTHERWISE = [
    "Gesprek met lotte verbeek over opslag",
    "Bel LOTTE VERBEEK terug",
    "Lótte had een vraag",
    "Volgens mevr. verbéék klopt dit",
    "Mail naar Lotte.Verbeek@Example.org",
]


def free_text_fields() -> list[str]:
    """Every text field of a case that a person types into (by introspection)."""
    return [
        field.name
        for field in Case._meta.fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and field.name not in NOT_SCRUBBED
    ]


def test_the_name_goes_from_every_text_field_whatever_its_case_or_accents(db):
    fields = free_text_fields()
    assert {"title", "public_title", "organisation", "bottleneck", "private_notes"} <= set(fields)
    texts = {
        name: WRITTEN_OTHERWISE[number % len(WRITTEN_OTHERWISE)]
        for number, name in enumerate(fields)
    }
    case = CaseFactory(status="afgerond", status_changed_at=LONG_AGO, **texts)
    call_command("purge_personal_data", stdout=StringIO())
    case.refresh_from_db()
    for name in fields:
        value = getattr(case, name)
        assert "verwijderd]" in value, (name, value)
        folded = anonymise.folded(value)
        assert "lotte" not in folded and "verbeek" not in folded, (name, value)


# --- a failure halfway -----------------------------------------------------------------

REFUSE_TRIGGER = "kb_test_timeline_refuses"


def _refuse_timeline_updates(case: Case) -> None:
    """A real database error on a later row: the timeline of ``case`` refuses updates, as
    a full disk or a lost connection would refuse them."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE FUNCTION {REFUSE_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'tijdlijn weigert'; END $$"
            )
            cursor.execute(
                f"CREATE TRIGGER {REFUSE_TRIGGER} BEFORE UPDATE ON cases_caseevent FOR EACH "
                f"ROW WHEN (OLD.case_id = {int(case.pk)}) EXECUTE FUNCTION {REFUSE_TRIGGER}()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER {REFUSE_TRIGGER} BEFORE UPDATE ON cases_caseevent "
                f"WHEN OLD.case_id = {int(case.pk)} BEGIN SELECT RAISE(ABORT, 'tijdlijn "
                "weigert'); END"
            )


def _allow_timeline_updates() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS {REFUSE_TRIGGER} ON cases_caseevent")
            cursor.execute(f"DROP FUNCTION IF EXISTS {REFUSE_TRIGGER}()")
        else:
            cursor.execute(f"DROP TRIGGER IF EXISTS {REFUSE_TRIGGER}")


def _closed_case_with_a_timeline(title: str, secretary) -> Case:
    case = CaseFactory(title=title, status="in_behandeling", private_notes="Lotte Verbeek belt.")
    case_transition(
        case=case, to_status="afgewezen", actor=secretary, public_message="Dag Lotte, helaas."
    )
    Case.objects.filter(pk=case.pk).update(status_changed_at=LONG_AGO)
    return case


def _still_whole(case: Case) -> bool:
    """Nothing of ``case`` was scrubbed: contact, texts, history and timeline as they were."""
    case.refresh_from_db()
    history = " ".join(version.private_notes for version in case.history.all())
    return (
        (case.contact_name, case.contact_email) == ("Lotte Verbeek", "lotte.verbeek@example.org")
        and case.private_notes == "Lotte Verbeek belt."
        and case.personal_data_removed_at is None
        and "[naam verwijderd]" not in history
        and case.events.get(to_status="afgewezen").public_message == "Dag Lotte, helaas."
    )


@pytest.mark.django_db(transaction=True)  # the purge's own transactions, really committed
def test_a_failure_halfway_leaves_that_case_whole_and_purges_the_others(secretary):
    first = _closed_case_with_a_timeline("Eerste", secretary)
    failing = _closed_case_with_a_timeline("Faalt halverwege", secretary)
    last = _closed_case_with_a_timeline("Laatste", secretary)
    _refuse_timeline_updates(failing)
    try:
        out = StringIO()
        with pytest.raises(CommandError, match=rf"Bij 1 praktijkcase\(s\) .* #{failing.pk}: "):
            call_command("purge_personal_data", stdout=out)
        # The case row and its history came before the refused timeline row: all undone.
        assert _still_whole(failing)
        for case in (first, last):
            case.refresh_from_db()
            assert (case.contact_name, case.private_notes) == ("", "[naam verwijderd] belt.")
            assert case.events.get(to_status="afgewezen").public_message == (
                "Dag [naam verwijderd], helaas."
            )
        assert "bij 2 praktijkcase(s)" in out.getvalue()
    finally:
        _allow_timeline_updates()

    # The next run purges it.
    call_command("purge_personal_data", stdout=StringIO())
    failing.refresh_from_db()
    assert (failing.contact_name, failing.private_notes) == ("", "[naam verwijderd] belt.")

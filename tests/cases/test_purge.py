"""purge_personal_data: only old, closed cases lose their contact data, history included."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from cases.models import Case
from cases.services import case_transition
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

"""Writes with side effects on cases: submitting, moving through the workflow, purging.

Views and the admin both call these; none of them sends mail or changes status by itself.
"""

import logging
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cases import emails, workflow
from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from duurzaamdoor.privacy import PRIVACY_STATEMENT_VERSION

logger = logging.getLogger(__name__)

REMOVED = "[verwijderd]"
# Text fields in which the submitter's name or address may have been typed.
SCRUBBED_FIELDS = (
    "title", "transition_task", "organisation", "bottleneck", "tried", "help_wanted",
    "public_summary", "insights", "private_notes",
)  # fmt: skip


class TransitionError(Exception):
    """A status change the workflow does not allow; the message is for the secretary."""


def _unique_slug(title: str) -> str:
    base = slugify(title)[:200] or "case"
    slug, number = base, 2
    while Case.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _after_commit(send, *args) -> None:
    """Send mail once the data is safely stored; a mail failure must not lose it."""

    def run() -> None:
        try:
            send(*args)
        except Exception:
            logger.exception("E-mail over praktijkcase kon niet worden verstuurd")

    transaction.on_commit(run)


def _link_map(ecosystem, case: Case) -> None:
    """Link the team's map to its case, as long as the map is theirs to change.

    The form checked that already; under the map's row lock it is checked again, so a
    publication in between leaves the published map as the secretariat published it.
    """
    ecosystem = type(ecosystem).objects.select_for_update().get(pk=ecosystem.pk)
    if ecosystem.editable_through_link:
        ecosystem.case = case
        ecosystem.save(update_fields=["case", "updated_at"])


def case_submit(
    *, data: dict, parties: list, submission_token: str, ecosystem=None
) -> tuple[Case, bool]:
    """Store a submitted case exactly once per form token. Returns (case, newly created).

    Two requests with the same token may arrive at the same moment (a double click, a
    resent form): the database's unique constraint decides, and the loser returns the
    winner's case. Two different cases with the same title get different slugs.
    """
    for attempt in range(3):
        existing = Case.objects.filter(submission_token=submission_token).first()
        if existing:
            return existing, False
        now = timezone.now()
        slug = _unique_slug(data["title"])
        case = Case(
            **data,
            slug=slug if attempt == 0 else f"{slug[:200]}-{secrets.token_hex(3)}",
            consent_version=PRIVACY_STATEMENT_VERSION,
            consented_at=now,
            submitted_at=now,
            status_changed_at=now,
            submission_token=submission_token,
        )
        # Uniqueness is left to the database: a check here could pass for two requests.
        case.full_clean(validate_unique=False)
        try:
            with transaction.atomic():
                case.save()
                case.parties.set(parties)
                if ecosystem is not None:
                    _link_map(ecosystem, case)
                CaseEvent.objects.create(case=case, to_status=CaseStatus.INGEDIEND, created_at=now)
                _after_commit(emails.send_submission_received, case)
                _after_commit(emails.send_new_case_to_secretariat, case)
        except IntegrityError:
            continue  # the same form stored by another request, or a slug just taken
        return case, True
    existing = Case.objects.filter(submission_token=submission_token).first()
    if existing is None:
        raise IntegrityError("Could not store the case")
    return existing, False


def case_transition(
    *, case: Case, to_status: str, actor=None, public_message: str = ""
) -> CaseEvent:
    """Move ``case`` to ``to_status`` if the workflow allows it, and tell the submitter."""
    public_message = public_message.strip()
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if not workflow.is_allowed(locked.status, to_status):
            raise TransitionError(
                _("“%(case)s” staat op “%(from)s” en kan niet naar “%(to)s”.")
                % {
                    "case": locked.title,
                    "from": locked.get_status_display(),
                    "to": CaseStatus(to_status).label,
                }
            )
        if workflow.needs_message(to_status) and not public_message:
            raise TransitionError(
                _("Geef bij afwijzen van “%(case)s” een reden; de indiener ziet die.")
                % {"case": locked.title}
            )
        now = timezone.now()
        event = CaseEvent.objects.create(
            case=locked,
            from_status=locked.status,
            to_status=to_status,
            actor=actor,
            created_at=now,
            public_message=public_message,
        )
        locked.status = to_status
        locked.status_changed_at = now
        locked._change_reason = f"Status: {CaseStatus(to_status).label}"
        locked.save()
        if public_message and locked.contact_email:
            _after_commit(emails.send_status_update, locked, event)
    case.status, case.status_changed_at = locked.status, locked.status_changed_at
    return event


def _scrub(text: str, needles: list[str]) -> str:
    for needle in needles:
        text = re.sub(re.escape(needle), REMOVED, text, flags=re.IGNORECASE)
    return text


@transaction.atomic
def case_remove_personal_data(*, case: Case) -> None:
    """Blank the contact data, and remove the name and address wherever they were typed.

    That includes the case's earlier versions in its history and the messages on its
    timeline. Consent (version and time) stays: it is a record, not personal data.
    """
    needles = [value for value in (case.contact_email, case.contact_name) if len(value) >= 3]
    for field in SCRUBBED_FIELDS:
        setattr(case, field, _scrub(getattr(case, field), needles))
    case.contact_name = ""
    case.contact_email = ""
    case.personal_data_removed_at = timezone.now()
    case._change_reason = "Persoonsgegevens verwijderd"
    case.save()
    if needles:
        for version in case.history.all():
            for field in SCRUBBED_FIELDS:
                setattr(version, field, _scrub(getattr(version, field), needles))
            version.save()
        for event in case.events.exclude(public_message=""):
            event.public_message = _scrub(event.public_message, needles)
            event.save(update_fields=["public_message"])


def purge_personal_data(*, now=None, retention_days: int | None = None) -> list[Case]:
    """Remove personal data of cases closed more than ``retention_days`` ago."""
    now = now or timezone.now()
    days = settings.CASE_RETENTION_DAYS if retention_days is None else retention_days
    due = Case.objects.filter(
        status__in=workflow.CLOSED,
        status_changed_at__lt=now - timedelta(days=days),
        personal_data_removed_at__isnull=True,
    )
    purged = []
    for case in due:
        case_remove_personal_data(case=case)
        purged.append(case)
    return purged

"""Writes with side effects on cases: submitting, moving through the workflow, purging.

Views and the admin both call these; none of them sends mail or changes status by itself.
"""

import dataclasses
import json
import logging
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cases import anonymise, duplicates, emails, workflow
from cases.choices import CaseStatus
from cases.models import Case, CaseEvent
from duurzaamdoor.privacy import PRIVACY_STATEMENT_VERSION
from duurzaamdoor.slugs import MAX_BASE, unique_slug

logger = logging.getLogger(__name__)

# Text fields never scrubbed: random tokens, choices, and the slug (made anew instead).
NOT_SCRUBBED = frozenset(
    {"slug", "status_token", "submission_token", "duplicate_key", "consent_version",
     "contact_name", "contact_email", "language"}
)  # fmt: skip


class TransitionError(Exception):
    """A status change the workflow does not allow; the message is for the secretary."""


def _unique_slug(title: str, *, exclude: int | None = None) -> str:
    others = Case.objects.exclude(pk=exclude) if exclude else Case.objects.all()
    return unique_slug(title, others, fallback="case")


def public_slug(case: Case) -> str:
    """The slug of ``case`` made from its public title; its current one if it already is.

    A case without a public title gets "case-<id>": a slug says nothing the public title
    does not say.
    """
    base = slugify(case.public_title)[:MAX_BASE] or f"case-{case.pk}"
    if re.fullmatch(rf"{re.escape(base)}(-\d+)?", case.slug or ""):
        return case.slug
    return _unique_slug(base, exclude=case.pk)


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


def _earlier_submission(submission_token: str, key: str | None, now) -> Case | None:
    """The case this submission already is: the same form sent again, or the same case sent
    again with a new form (see cases.duplicates). An older holder of the same key gives it
    up: the same title from the same address a week later is a new case."""
    existing = Case.objects.filter(submission_token=submission_token).first()
    if existing or key is None:
        return existing
    same = Case.objects.filter(duplicate_key=key).first()
    if same and same.submitted_at >= now - duplicates.SAME_SUBMISSION_WINDOW:
        return same
    if same:
        Case.objects.filter(pk=same.pk).update(duplicate_key=None)
    return None


def case_submit(
    *,
    data: dict,
    parties: list,
    submission_token: str,
    ecosystem=None,
    language: str = settings.LANGUAGE_CODE,
) -> tuple[Case, bool]:
    """Store a submitted case exactly once. Returns (case, newly created).

    Once per form token, and once per submission (see cases.duplicates): pressing Back and
    sending the form again finds the case stored the first time. Two requests may arrive at
    the same moment (a double click, a resent form): the unique constraints on the token
    and on the duplicate key decide, and the loser returns the winner's case. Two different
    cases with the same title get different slugs. ``language`` is the interface language
    the team submitted in: the mails to the submitter are in it.
    """
    key = duplicates.duplicate_key(contact_email=data.get("contact_email", ""), title=data["title"])
    for attempt in range(3):
        now = timezone.now()
        existing = _earlier_submission(submission_token, key, now)
        if existing:
            return existing, False
        slug = _unique_slug(data["title"])
        case = Case(
            **data,
            slug=slug if attempt == 0 else f"{slug[:200]}-{secrets.token_hex(3)}",
            consent_version=PRIVACY_STATEMENT_VERSION,
            consented_at=now,
            submitted_at=now,
            status_changed_at=now,
            submission_token=submission_token,
            duplicate_key=key,
            language=language,
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
            continue  # the same submission stored by another request, or a slug just taken
        return case, True
    existing = _earlier_submission(submission_token, key, timezone.now())
    if existing is None:
        raise IntegrityError("Could not store the case")
    return existing, False


def transition_refusal(
    *, case: Case, to_status: str, seen_status: str | None = None, public_message: str = ""
) -> str | None:
    """Why ``case``, as stored now, may not move to ``to_status``; None when it may.

    ``seen_status`` is the status the secretary saw when choosing the step (by default the
    status of ``case``). A case moved on in the meantime, by another secretary, is
    refused even when the workflow would allow the step from its new status: the choice
    was made for a case that no longer is where it was.
    """
    seen_status = case.status if seen_status is None else seen_status
    if case.status != seen_status:
        return _(
            "“%(case)s” staat intussen op “%(now)s”: de status is gewijzigd nadat je de "
            "pagina opende. Je stap naar “%(to)s” is niet gezet; kijk of die nog nodig is."
        ) % {
            "case": case.title,
            "now": case.get_status_display(),
            "to": CaseStatus(to_status).label,
        }
    if not workflow.is_allowed(case.status, to_status):
        return _("“%(case)s” staat op “%(from)s” en kan niet naar “%(to)s”.") % {
            "case": case.title,
            "from": case.get_status_display(),
            "to": CaseStatus(to_status).label,
        }
    if workflow.needs_message(to_status) and not public_message.strip():
        return _("Geef bij afwijzen van “%(case)s” een reden; de indiener ziet die.") % {
            "case": case.title
        }
    return None


def case_transition(
    *,
    case: Case,
    to_status: str,
    actor=None,
    public_message: str = "",
    seen_status: str | None = None,
) -> CaseEvent:
    """Move ``case`` to ``to_status`` if the workflow allows it, and tell the submitter.

    The case's row is locked and checked again (see :func:`transition_refusal`): of two
    secretaries moving one case at the same time, the second is refused, never silently
    applied on top of the first. ``seen_status`` defaults to the status of ``case`` as the
    caller loaded it.
    """
    public_message = public_message.strip()
    seen_status = case.status if seen_status is None else seen_status
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        refusal = transition_refusal(
            case=locked,
            to_status=to_status,
            seen_status=seen_status,
            public_message=public_message,
        )
        if refusal:
            raise TransitionError(refusal)
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


def _text_fields(model) -> list:
    return [
        field
        for field in model._meta.fields
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and field.name not in NOT_SCRUBBED
    ]


def _scrubbed(instance, found: anonymise.Needles) -> list[str]:
    """Scrub every free-text field of ``instance``; returns the names of those changed."""
    changed = []
    for field in _text_fields(type(instance)):
        value = getattr(instance, field.attname)
        if value:
            new = anonymise.scrub(value, found)
            if isinstance(field, models.CharField) and field.max_length:
                new = new[: field.max_length]
            if new != value:
                setattr(instance, field.attname, new)
                changed.append(field.attname)
    return changed


@transaction.atomic
def case_remove_personal_data(*, case: Case) -> None:
    """Blank the contact data, and remove the name and address wherever they were typed.

    Wherever means: every free-text field of the case (the public title too), its slug
    (made anew from the public title), its earlier versions in the history, the messages
    on its timeline and the admin's log of changes to it. The suggestion vocabulary
    forgets the removed words (see duurzaamdoor/search_receivers.py). Consent (version and
    time) stays: it is a record, not personal data.
    """
    found = anonymise.needles(name=case.contact_name, email=case.contact_email)
    raw = [value for value in (case.contact_name, case.contact_email) if len(value) >= 2]
    _scrubbed(case, found)
    case.slug = public_slug(case)
    case.contact_name = ""
    case.contact_email = ""
    case.duplicate_key = None  # a digest of the address
    case.personal_data_removed_at = timezone.now()
    case._change_reason = "Persoonsgegevens verwijderd"
    case.save()
    if not found:
        return
    for version in case.history.all():
        changed = _scrubbed(version, found)
        if version.slug != case.slug:
            version.slug = case.slug
            changed.append("slug")
        if changed:
            version.save(update_fields=changed)
    for event in case.events.all():
        if _scrubbed(event, found):
            event.save(update_fields=["public_message"])
    _scrub_admin_log(case, found, raw)


def _scrub_admin_log(case: Case, found: anonymise.Needles, raw: list[str]) -> None:
    """Entries about the case (named by its title, now scrubbed), and any other entry that
    names the submitter."""
    case_type = ContentType.objects.get_for_model(Case)
    wanted = Q(content_type=case_type, object_id=str(case.pk))
    for value in raw:
        for part in {value, *value.split()}:
            if len(part) >= 3:
                wanted |= Q(object_repr__icontains=part) | Q(change_message__icontains=part)
    for entry in LogEntry.objects.filter(wanted):
        about_case = entry.content_type_id == case_type.pk and entry.object_id == str(case.pk)
        object_repr = str(case) if about_case else anonymise.scrub(entry.object_repr, found)
        object_repr = object_repr[: LogEntry._meta.get_field("object_repr").max_length]
        message = _scrub_json_text(entry.change_message, found)
        if (object_repr, message) != (entry.object_repr, entry.change_message):
            LogEntry.objects.filter(pk=entry.pk).update(
                object_repr=object_repr, change_message=message
            )


def _scrub_json_text(text: str, found: anonymise.Needles) -> str:
    """A change message is JSON with escaped accents: scrub its strings, not its escapes."""
    try:
        data = json.loads(text)
    except ValueError:
        return anonymise.scrub(text, found)

    def walk(value):
        if isinstance(value, str):
            return anonymise.scrub(value, found)
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        return value

    new = walk(data)
    return text if new == data else json.dumps(new)


@dataclasses.dataclass
class PurgeResult:
    purged: list[Case] = dataclasses.field(default_factory=list)
    # A case whose purge failed, with the error: nothing of it was changed.
    failed: list[tuple[Case, Exception]] = dataclasses.field(default_factory=list)


def purge_personal_data(*, now=None, retention_days: int | None = None) -> PurgeResult:
    """Remove personal data of cases closed more than ``retention_days`` ago.

    Each case is purged in a transaction of its own (``case_remove_personal_data``): a
    failure halfway leaves that case as it was, never half scrubbed, and does not keep
    the other cases from being purged. The failures are returned, for the caller to report;
    the next run tries them again.
    """
    now = now or timezone.now()
    days = settings.CASE_RETENTION_DAYS if retention_days is None else retention_days
    due = Case.objects.filter(
        status__in=workflow.CLOSED,
        status_changed_at__lt=now - timedelta(days=days),
        personal_data_removed_at__isnull=True,
    )
    result = PurgeResult()
    for case in due:
        try:
            case_remove_personal_data(case=case)
        except Exception as error:  # reported by the caller; the other cases go on
            logger.exception("Persoonsgegevens van praktijkcase %s niet verwijderd", case.pk)
            result.failed.append((case, error))
        else:
            result.purged.append(case)
    return result

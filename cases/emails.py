"""The e-mails about cases: plain text, with absolute links to the site's real address.

Mails to the submitter are in the interface language the case was submitted in (its
links too: the English status page for an English submission); the secretariat's notice
is in the site's own language.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cases.models import Case, CaseEvent
from duurzaamdoor.mail import send_plain_mail
from duurzaamdoor.secretariat import notified_members


def _absolute(path: str) -> str:
    """``path`` on the site's public address (``DJANGO_SITE_URL``; ``make run`` sets it)."""
    return f"{settings.SITE_URL}{path}"


def _send(template: str, context: dict, recipients: list[str]) -> None:
    subject = render_to_string(f"cases/email/{template}_subject.txt", context)
    body = render_to_string(f"cases/email/{template}.txt", context)
    send_plain_mail(subject, body, recipients)


def _send_to_submitter(template: str, case: Case, **context) -> None:
    if not case.contact_email:
        return
    with translation.override(case.language or settings.LANGUAGE_CODE):
        context = {
            "case": case,
            "status_url": _absolute(case.get_status_url()),
            "privacy_url": _absolute(reverse("privacy")),
            **context,
        }
        _send(template, context, [case.contact_email])


def send_submission_received(case: Case) -> None:
    _send_to_submitter("submission_received", case)


def send_new_case_to_secretariat(case: Case) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        admin_url = _absolute(reverse("admin:cases_case_change", args=[case.pk]))
        for address in sorted(set(notified_members().values_list("email", flat=True))):
            _send("new_case", {"case": case, "admin_url": admin_url}, [address])


def send_status_update(case: Case, event: CaseEvent) -> None:
    _send_to_submitter("status_update", case, event=event)

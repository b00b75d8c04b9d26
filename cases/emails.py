"""The e-mails about cases: plain text, in Dutch, with absolute links."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cases.models import Case, CaseEvent
from duurzaamdoor.mail import send_plain_mail
from duurzaamdoor.secretariat import SECRETARIAT_GROUP


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _send(template: str, context: dict, recipients: list[str]) -> None:
    if not recipients:
        return
    with translation.override("nl"):
        subject = render_to_string(f"cases/email/{template}_subject.txt", context)
        body = render_to_string(f"cases/email/{template}.txt", context)
    send_plain_mail(subject, body, recipients)


def _status_url(case: Case) -> str:
    with translation.override("nl"):
        return _absolute(case.get_status_url())


def send_submission_received(case: Case) -> None:
    if case.contact_email:
        context = {"case": case, "status_url": _status_url(case)}
        _send("submission_received", context, [case.contact_email])


def send_new_case_to_secretariat(case: Case) -> None:
    members = (
        get_user_model()
        .objects.filter(groups__name=SECRETARIAT_GROUP, is_active=True)
        .exclude(email="")
    )
    admin_url = _absolute(reverse("admin:cases_case_change", args=[case.pk]))
    for address in sorted(set(members.values_list("email", flat=True))):
        _send("new_case", {"case": case, "admin_url": admin_url}, [address])


def send_status_update(case: Case, event: CaseEvent) -> None:
    context = {"case": case, "event": event, "status_url": _status_url(case)}
    _send("status_update", context, [case.contact_email])

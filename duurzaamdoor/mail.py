"""Every e-mail the product sends goes through here: plain text, with a safe subject."""

from django.conf import settings
from django.core.mail import send_mail

from duurzaamdoor.text import single_line

MAX_SUBJECT = 200


def subject_line(text: str) -> str:
    """A subject that an e-mail header can carry: one line, no control characters.

    Django refuses a header with a line break (``BadHeaderError``), and the mail is then
    not sent at all; a title typed with a line break (or stored before the input rule,
    see ``duurzaamdoor.text``) must not silently cost the submitter every mail about the
    case. Runs of white space become one space; a very long subject is cut.
    """
    line = " ".join(single_line(str(text)).split())
    return line if len(line) <= MAX_SUBJECT else line[: MAX_SUBJECT - 1].rstrip() + "…"


def send_plain_mail(subject: str, body: str, recipients: list[str]) -> None:
    """Send one plain-text mail from the site's address."""
    send_mail(subject_line(subject), body, settings.DEFAULT_FROM_EMAIL, recipients)

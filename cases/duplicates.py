"""When two submissions are the same case: the same team sending the same case twice.

A team that presses Back after submitting gets the form again, with what it typed and a
new one-time token; sending it again is not a second case. The same contact address and
the same title (ignoring case, accents written in another Unicode form, and white space),
within a day of each other, make the same submission. Other fields may have been touched
up before sending again; a different title or another address is a different case.
"""

import unicodedata
from datetime import timedelta

from django.utils.crypto import salted_hmac

# How long a submission counts as "the same" one sent again.
SAME_SUBMISSION_WINDOW = timedelta(days=1)


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def duplicate_key(*, contact_email: str, title: str) -> str | None:
    """A keyed digest (no address in clear), or None when there is no address to match."""
    email = _normalised(contact_email)
    if not email:
        return None
    value = f"{email}\n{_normalised(title)}"
    return salted_hmac("cases.duplicate", value, algorithm="sha256").hexdigest()

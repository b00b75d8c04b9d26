"""Anonymous participants: a random id in a signed cookie, and nothing else about them."""

import secrets

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse

COOKIE = "kb_deelnemer"
# Named after the app meetings began in: another salt would make every cookie already
# given out invalid, and its participant a new one.
SALT = "lessons.participant"
MAX_AGE = 60 * 60 * 24 * 365


def participant_id(request: HttpRequest) -> str | None:
    """The id from a valid signed cookie; a forged or missing cookie gives None."""
    try:
        value = request.get_signed_cookie(COOKIE, salt=SALT, max_age=MAX_AGE)
    except (KeyError, signing.BadSignature):
        return None
    return value if len(value) == 32 and value.isalnum() else None


def new_participant_id() -> str:
    return secrets.token_hex(16)


def remember(response: HttpResponse, participant: str) -> None:
    response.set_signed_cookie(
        COOKIE,
        participant,
        salt=SALT,
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )

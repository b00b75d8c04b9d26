"""Against vote stuffing: how many positions one network may add to one statement.

A participant is no more than a random number in a cookie, so whoever drops the cookie is a
new participant with every request. Two counters per statement and per client network
(:func:`duurzaamdoor.clients.client_key`: an IPv4 address or an IPv6 /64) bound that:

- ``VOTE_LIMIT_PER_NETWORK`` positions that add to the statement's count, of anyone;
- ``VOTE_LIMIT_NEW_PER_NETWORK`` of them from new participants (a request without a
  participant cookie), the fresh-cookie penalty: that is what a stuffer does, and what a
  room does only once, when everyone takes a first position.

The trade-off: at a venue a whole room usually shares one address (the venue's Wi-Fi), so
the limits must be above the largest room you expect, or real participants are refused;
each point above that is a position a stuffer on one network can add. The defaults (500
and 150) let a room of 150 new participants all vote and keep one stuffing client to 150 of
1,000 attempts. Raise both for a larger conference (``DJANGO_VOTE_LIMIT_PER_NETWORK``,
``DJANGO_VOTE_LIMIT_NEW_PER_NETWORK``); what still gets through shows on the projector
(positions per minute) and the secretary can void it.

Changing a position that already counts never counts against either limit, and a refusal
never touches a position already counted. The counters live in the cache, for a day. A
limit of 0 switches it off.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _

from duurzaamdoor.ratelimit import limit_reached
from meetings.models import Statement

WINDOW = 24 * 60 * 60  # seconds; longer than any statement stays open


@dataclass(frozen=True)
class Refusal:
    message: str  # Dutch, for the participant
    retry_after: int  # seconds until the counter that refused frees


def refusal(request: HttpRequest, statement: Statement, *, new_participant: bool) -> Refusal | None:
    """Count a position that would add to the statement's count; why to refuse it and when
    to try again, or None to accept it."""
    scope = str(statement.pk)
    new_limit, total_limit = settings.VOTE_LIMIT_NEW_PER_NETWORK, settings.VOTE_LIMIT_PER_NETWORK
    if (
        new_participant
        and new_limit
        and (wait := limit_reached(request, "vote_new", (new_limit, WINDOW), scope=scope))
    ):
        message = _(
            "Vanaf jouw netwerk zijn op deze stelling al heel veel nieuwe deelnemers "
            "bijgekomen; daarom nemen we nu geen positie van een nieuwe deelnemer meer aan. "
            "Heb je hier al eerder positie ingenomen, sta dan cookies toe. Vraag het "
            "tafelsecretariaat in de zaal als je denkt dat dit niet klopt."
        )
        return Refusal(message, wait)
    if total_limit and (
        wait := limit_reached(request, "vote_total", (total_limit, WINDOW), scope=scope)
    ):
        message = _(
            "Vanaf jouw netwerk zijn op deze stelling al heel veel posities ingenomen; daarom "
            "nemen we er nu geen meer aan. Posities die al zijn opgeslagen, blijven staan. "
            "Vraag het tafelsecretariaat in de zaal als je denkt dat dit niet klopt."
        )
        return Refusal(message, wait)
    return None

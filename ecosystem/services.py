"""Writes on maps: starting one, and the limits that keep a self-service map sensible."""

from django.db import connection
from django.utils.translation import gettext as _

from duurzaamdoor.slugs import unique_slug
from ecosystem.models import MAX_ACTORS, MAX_FACTORS, MAX_RELATIONS, Ecosystem

LIMITS = {"actors": MAX_ACTORS, "factors": MAX_FACTORS, "relations": MAX_RELATIONS}
RESERVED_SLUGS = {"nieuw", "bewerken"}


class LimitReached(Exception):
    """The map holds as many of these as it may; the message says so in Dutch."""


def map_slug(title: str) -> str:
    return unique_slug(title, Ecosystem.objects.all(), fallback="kaart", reserved=RESERVED_SLUGS)


def ecosystem_create(*, title: str, task: str, new_reality: str = "") -> Ecosystem:
    """A new self-service map; a draft until the secretariat publishes it."""
    ecosystem = Ecosystem(
        title=title, task=task, new_reality=new_reality, slug=map_slug(title), self_service=True
    )
    ecosystem.full_clean()
    ecosystem.save()
    return ecosystem


def ensure_room(ecosystem: Ecosystem, what: str) -> None:
    """Refuse one more actor, factor or relation when the map is full.

    The count holds only if nobody else adds in between: call this, and save the new item,
    in one transaction that holds the map's row lock (``select_for_update``, as the editor
    does). Then a second request for the last place waits for the first to commit and counts
    its item too. (SQLite, for development only, has no row locks; it lets one transaction
    write at a time.)
    """
    if connection.features.has_select_for_update and not connection.in_atomic_block:
        raise RuntimeError("ensure_room() needs the map's row lock, in a transaction")
    if getattr(ecosystem, what).count() >= LIMITS[what]:
        names = {"actors": _("actoren"), "factors": _("factoren"), "relations": _("relaties")}
        raise LimitReached(
            _("Een kaart kan ten hoogste %(limit)d %(what)s bevatten. Verwijder er eerst een.")
            % {"limit": LIMITS[what], "what": names[what]}
        )

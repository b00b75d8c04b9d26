"""The feeds of the site: Atom, always well-formed XML, written by the table."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from duurzaamdoor.text import xml_safe


def _safe(value):
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list | tuple):
        return type(value)(_safe(item) for item in value)
    return value


class SafeAtom1Feed(Atom1Feed):
    """Atom whose texts lose the characters XML 1.0 cannot carry.

    New text never has them (see ``duurzaamdoor.text``), but a feed must not fail on a
    title stored before that rule, or by a path that went around it: Django's XML writer
    refuses a control character, and the whole feed would answer 500.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed = {key: _safe(value) for key, value in self.feed.items()}

    def add_item(self, *args, **kwargs):
        super().add_item(*args, **kwargs)
        self.items[-1] = {key: _safe(value) for key, value in self.items[-1].items()}


class SiteFeed(Feed):
    """The base of every feed: Atom, and the table's secretariat as its author (RFC 4287
    requires one; a feed names the table and its shared address, never a person)."""

    feed_type = SafeAtom1Feed
    author_name = _("Tafelsecretariaat Participatietafel Circulaire Economie")

    def author_email(self) -> str:
        return settings.CONTACT_EMAIL

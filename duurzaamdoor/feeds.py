"""The feed format of every feed of the site: Atom, and always well-formed XML."""

from django.utils.feedgenerator import Atom1Feed

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

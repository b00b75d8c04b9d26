"""What the Dutch admin must not say: English left over from Django and its apps, and the
formal "u" where the site says "je". Used by tests/test_admin_language.py (every page type,
without a browser) and the secretary's walk in tests/browser/test_workplace.py."""

import re
from html.parser import HTMLParser

# Whole words or phrases, case-sensitive, each seen on an admin page once (or the kind of
# text it stands for: a Python value, a model's class name, an attribute name).
ENGLISH = [
    "Import finished", "new", "updated", "deleted", "skipped", "Confirm import", "Submit",
    "Preview", "Skipped", "Errors", "Line number", "Row", "Please", "satisfied", "reupload",
    "Some rows failed", "Non field specific", "This importer", "This exporter", "Select all",
    "Select at least", "Published At", "Lead", "Body", "Themes", "Audiences", "Parties",
    "Pioneers", "Source", "Title", "Ecosystem", "Name", "Kind", "Note", "encountered",
    "could not be parsed", "matching query", "through import_export", "Revert", "Changed",
    "Created", "Deleted", "Changed by", "Change reason", "Changes", "Comment", "Date/time",
    "Press the", "button", "Choose a date", "Historical", "History", "Lessons", "Home",
    "None", "True", "False", "Model name", "Add link", "Change or view list link", "Error:",
    "View on site", "Close", "entries", "relationship", "object (", "Lesson", "Meeting",
    "MEETING", "Are you sure", "Yes", "No,", "Delete", "Save", "Search", "Add", "View",
    "Change", "Traceback", "Exception",
]  # fmt: skip
_ENGLISH = re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in ENGLISH))
FORMAL = re.compile(r"(?<![\w-])(u|uw|uzelf|alstublieft|gelieve)(?![\w-])", re.IGNORECASE)


class _ShownText(HTMLParser):
    """The text of a page, and what a screen reader reads out of its attributes."""

    SPOKEN = ("alt", "title", "aria-label", "placeholder")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.extend(attrs[name] for name in self.SPOKEN if attrs.get(name))
        if tag == "input" and attrs.get("type") in ("submit", "button", "reset"):
            self.parts.append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def shown_text(html: str) -> str:
    parser = _ShownText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def not_dutch(text: str) -> list[str]:
    """The English words and formal Dutch in ``text``, each with a little context."""
    found = []
    for pattern in (_ENGLISH, FORMAL):
        for match in pattern.finditer(text):
            found.append(
                f"{match.group(0)!r} in …{text[max(0, match.start() - 40) : match.end() + 40]}…"
            )
    return found

"""Submitting a server-rendered form as a browser would, without a browser."""

import itertools
import re
from html.parser import HTMLParser

from cases.models import Case


class _FormFields(HTMLParser):
    """The name/value pairs a browser would send for the form with ``form_id``."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self._textarea = self._select = None
        self._multiple = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or ("name" not in attrs and tag != "option"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append(
                (attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
            )
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = attrs["name"]
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            name, text = self._textarea
            text = text[1:] if text.startswith("\n") else text
            # A browser sends every line break of a text area as CR LF.
            self.fields.append((name, text.replace("\r\n", "\n").replace("\n", "\r\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self.inside = False


def form_fields(html: str, form_id: str) -> dict[str, list[str]]:
    """Every name with the values a browser would send for the form with this id."""
    parser = _FormFields(form_id)
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


_titles = itertools.count(1)


SUBMIT_URL = "/praktijkcases/indienen/"


def form_token(client) -> str:
    html = client.get(SUBMIT_URL).content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1)


def valid_data(token: str, **changes) -> dict:
    data = {
        "form_token": token,
        "title": "Bermgras blijft liggen",
        "transition_task": "Bermgras gebruiken als grondstof voor karton.",
        "region": "drenthe",
        "organisation": "Provincie Drenthe",
        "bottleneck": "Het maaisel is afval en mag niet naar de verwerker.",
        "tried": "Overleg met de verwerker.",
        "help_wanted": "Contact met een andere provincie die dit oploste.",
        "parties": ["decentraal", "ondernemers"],
        "contact_name": "Pieter Hoekstra",
        "contact_email": "pieter@example.org",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def case_submission(client, **changes) -> dict:
    """A valid case submission with the one-time token of a freshly opened form. Each call
    is another case (its own title), unless ``changes`` says otherwise."""
    return valid_data(
        form_token(client), **{"title": f"Bermgras blijft liggen ({next(_titles)})", **changes}
    )


def admin_action_form(html: str) -> dict[str, list[str]]:
    """What the browser would send for the form of an admin action's own page
    (templates/admin/kb_action_page.html): the first form of the page's content, not the
    log-out form in the header."""
    content = html[html.index('<div id="content"') :]
    return form_fields(content.replace("<form ", '<form id="kb-action-page" ', 1), "kb-action-page")


def change_data(case: Case, **changes) -> dict:
    """The admin's change form of ``case`` as sent unchanged, with ``changes``."""
    data = {
        "title": case.title,
        "slug": case.slug,
        "transition_task": case.transition_task,
        "region": case.region,
        "organisation": case.organisation,
        "bottleneck": case.bottleneck,
        "tried": case.tried,
        "help_wanted": case.help_wanted,
        "contact_name": case.contact_name,
        "contact_email": case.contact_email,
        "public_title": case.public_title,
        "public_summary": case.public_summary,
        "insights": case.insights,
        "private_notes": case.private_notes,
        "transition_to": "",
        "public_message": "",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
    }
    if case.is_public:
        data["is_public"] = "on"
    data.update(changes)
    return data

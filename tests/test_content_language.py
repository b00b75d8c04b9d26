"""What curators and users wrote is Dutch; on the English pages it is marked lang="nl"
(WCAG 3.1.2), so a screen reader reads it with a Dutch voice. The Dutch pages need no marks."""

from html.parser import HTMLParser

import pytest

from tests.site_pages import DUTCH_CONTENT, build_site, fetch, in_english

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class LanguageOfText(HTMLParser):
    """The text of ``<main>`` outside images, with the language each character is in
    (``lang`` of the nearest element inside the body that has one; ``None`` for the page's
    own language), and how many elements in it are marked Dutch."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text, self.languages = [], []
        self.dutch_elements = 0

    def handle_starttag(self, tag, attrs):
        lang = dict(attrs).get("lang")
        if lang == "nl" and any(tag == "main" for tag, _ in self.stack):
            self.dutch_elements += 1
        if tag not in VOID:
            inherited = self.stack[-1][1] if self.stack else None
            self.stack.append((tag, lang if tag != "html" and lang else inherited))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        # An <svg role="img"> is read by its name, not its text (the tables hold the same).
        if "main" in tags and "svg" not in tags:
            lang = self.stack[-1][1]
            self.text.append(data)
            self.languages.extend([lang] * len(data))

    def unmarked(self, phrase: str) -> list[str]:
        """The places where ``phrase`` stands in the main text without lang="nl"."""
        text, found, start = "".join(self.text), [], 0
        while (at := text.find(phrase, start)) >= 0:
            if any(lang != "nl" for lang in self.languages[at : at + len(phrase)]):
                found.append(text[max(0, at - 40) : at + len(phrase) + 40])
            start = at + 1
        return found


def read(response) -> LanguageOfText:
    parser = LanguageOfText()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def site(db):
    return dict(build_site())


@pytest.mark.parametrize("name", sorted(DUTCH_CONTENT))
def test_dutch_content_on_english_pages_is_marked_dutch(client, site, name):
    page = read(fetch(client, name, in_english(site[name])))
    for phrase in DUTCH_CONTENT[name]:
        assert phrase in "".join(page.text), (name, phrase)
        assert page.unmarked(phrase) == [], f"{phrase!r} on {name} is not marked lang=nl"


@pytest.mark.parametrize("name", sorted(DUTCH_CONTENT))
def test_dutch_pages_mark_no_content_language(client, site, name):
    response = fetch(client, name, site[name])
    assert '<html lang="nl"' in response.content.decode()
    page = read(response)
    assert page.dutch_elements == 0
    for phrase in DUTCH_CONTENT[name]:
        assert phrase in "".join(page.text), (name, phrase)

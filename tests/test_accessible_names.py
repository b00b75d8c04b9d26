"""Regions a screen reader lists (landmarks, scrollable tables) each have their own name on a
page: six results called "Uitslag (4 posities)" cannot be told apart."""

from collections import Counter
from html.parser import HTMLParser

import pytest

from tests.site_pages import build_site, fetch, in_english

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class Regions(HTMLParser):
    """The text of every element with an id, and the naming attributes of every region."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str | None]] = []
        self.text_of: dict[str, list[str]] = {}
        self.regions: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        role = attrs.get("role") or ("region" if tag == "section" else None)
        named = "aria-label" in attrs or "aria-labelledby" in attrs
        if role == "region" and named:
            self.regions.append(attrs)
        if tag not in VOID:
            self.open.append((tag, attrs.get("id")))
            if attrs.get("id"):
                self.text_of[attrs["id"]] = []

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for _, element_id in self.open:
            if element_id:
                self.text_of[element_id].append(data)

    def names(self) -> list[str]:
        def name(attrs):
            if "aria-labelledby" in attrs:
                parts = (
                    "".join(self.text_of.get(ref, [])) for ref in attrs["aria-labelledby"].split()
                )
                return " ".join(" ".join(part.split()) for part in parts)
            return " ".join(attrs["aria-label"].split())

        return [name(attrs) for attrs in self.regions]


@pytest.fixture
def site(db):
    return build_site()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_region_on_a_page_has_its_own_name(client, site, language):
    for name, path in site:
        address = in_english(path) if language == "en" else path
        parser = Regions()
        parser.feed(fetch(client, name, address).content.decode())
        names = parser.names()
        assert "" not in names, f"a region without a name on {address}"
        twice = [region for region, count in Counter(names).items() if count > 1]
        assert twice == [], f"regions with the same name on {address}"


def test_each_result_is_named_after_its_statement(client, site):
    meeting = dict(site)["meeting"]
    parser = Regions()
    parser.feed(client.get(meeting).content.decode())
    results = [name for name in parser.names() if "Uitslag" in name]
    assert results == [
        "Lef kun je leren. Uitslag (4 posities)",
        "Regels remmen. Uitslag (4 posities)",
    ]

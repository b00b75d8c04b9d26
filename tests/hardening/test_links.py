"""User- and curator-given links only lead to web pages and e-mail addresses."""

import pytest
from django.core.exceptions import ValidationError

from duurzaamdoor.markdown import render_markdown
from lessons.models import Source


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x",
     "vbscript:msgbox(1)", "file:///etc/passwd"],
)  # fmt: skip
def test_source_links_must_be_web_pages(db, url):
    source = Source(kind="artikel", title="Bron", slug="bron", url=url)
    with pytest.raises(ValidationError):
        source.full_clean()


def test_web_source_link_is_fine(db):
    Source(kind="artikel", title="Bron", slug="bron", url="https://www.example.org/a").full_clean()


@pytest.mark.parametrize(
    ("markdown", "allowed"),
    [
        ("[a](https://example.org)", True),
        ("[a](http://example.org)", True),
        ("[a](mailto:tafel@example.org)", True),
        ("[a](javascript:alert(1))", False),
        ("[a](data:text/html;base64,PHNjcmlwdD4=)", False),
        ("[a](vbscript:msgbox)", False),
        ("[a](ftp://example.org)", False),
        ("<a href='javascript:alert(1)'>a</a>", False),
    ],
)
def test_markdown_links_only_http_https_and_mailto(markdown, allowed):
    html = str(render_markdown(markdown))
    assert ("<a href=" in html) is allowed

"""Lesson bodies are Markdown written by the secretariat; nothing in them can run."""

from html.parser import HTMLParser

from duurzaamdoor.markdown import render_markdown
from tests.factories import LessonFactory

HOSTILE = """## Kop

<script>alert("x")</script>

[klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2))

[data](data:text/html;base64,PHNjcmlwdD4=)

<img src=x onerror=alert(3)>

<a href="https://example.org" onclick="alert(4)">link</a>

**vet** en [goed](https://www.example.org/pad)
"""


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += attrs


def test_markdown_is_rendered_and_cleaned():
    html = render_markdown(HOSTILE)
    assert "<h2>Kop</h2>" in html
    assert "<strong>vet</strong>" in html
    assert (
        '<a href="https://www.example.org/pad" rel="noopener noreferrer nofollow">goed</a>' in html
    )
    collector = TagCollector()
    collector.feed(html)
    # The hostile parts are shown as text; no element or attribute can run anything.
    assert collector.tags == {"h2", "p", "a", "strong"}
    assert {name for name, _ in collector.attributes} == {"href", "rel"}
    hrefs = [value for name, value in collector.attributes if name == "href"]
    assert hrefs == ["https://www.example.org/pad"]


def test_hostile_markdown_on_a_lesson_page_shows_as_text(client, db):
    lesson = LessonFactory(body=HOSTILE)
    html = client.get(lesson.get_absolute_url()).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    assert "<img src=x" not in html

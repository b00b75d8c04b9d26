"""Markdown written by the secretariat, rendered to HTML that is safe to show.

markdown-it-py in its ``js-default`` mode escapes raw HTML and refuses dangerous link
schemes; nh3 then keeps only the tags and attributes below, whatever slipped through.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_renderer = MarkdownIt("js-default")

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}


def render_markdown(text: str) -> SafeString:
    html = _renderer.render(text or "")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 - cleaned by nh3 with an allow-list


def markdown_to_text(text: str) -> str:
    """Plain text of Markdown, for snippets and feeds."""
    import html

    return html.unescape(nh3.clean(_renderer.render(text or ""), tags=set())).strip()

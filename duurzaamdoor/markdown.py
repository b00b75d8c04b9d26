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


_TEXT_TOKENS = {"text", "code_inline", "html_inline"}
_BLOCK_TEXT = {"code_block", "fence", "html_block"}


def markdown_to_text(text: str) -> str:
    """Plain text of Markdown, for snippets: the words, without markup.

    Read from the parsed tokens, not from rendered and then stripped HTML: a search page
    makes twenty snippets, and this is a quarter of the work.
    """
    words = []
    for token in _renderer.parse(text or ""):
        if token.type == "inline":
            for child in token.children or ():
                if child.type in _TEXT_TOKENS:
                    words.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    words.append(" ")
                elif child.type == "image":
                    words.append(child.content)
            words.append("\n")
        elif token.type in _BLOCK_TEXT:
            words.append(token.content)
    return "".join(words).strip()

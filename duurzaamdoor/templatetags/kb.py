"""Template filters used across the site."""

import datetime
import functools
from collections.abc import Mapping

from django import forms, template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from duurzaamdoor import markdown, search

register = template.Library()
META_DESCRIPTION_LENGTH = 160


@register.filter
def render_markdown(text: str) -> SafeString:
    """Markdown to sanitised HTML (see duurzaamdoor.markdown)."""
    return markdown.render_markdown(text)


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """An escaped excerpt of ``text`` with the words of ``query`` marked."""
    return search.highlight(text, query)


def content_lang_attribute() -> SafeString:
    """`` lang="nl"`` for an element holding what curators and users wrote, on a page in
    another language; nothing on a Dutch page, whose ``<html lang>`` already says it.

    Content is written in Dutch (the site's default language) whatever the interface
    language, so an English page marks each piece of it for screen readers (WCAG 3.1.2).
    """
    if get_language() == settings.LANGUAGE_CODE:
        return mark_safe("")
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')  # noqa: S308 - a setting, no input


@register.simple_tag
def content_lang() -> SafeString:
    """``<p class="…"{% content_lang %}>{{ lesson.lead }}</p>``: see content_lang_attribute."""
    return content_lang_attribute()


@register.filter
def written_text(value) -> SafeString:
    """``value`` (escaped) in a ``<span lang="nl">`` on a page in another language: for a
    piece of content inside an interface sentence, such as a name in a heading; on a Dutch
    page just ``value``, escaped."""
    attribute = content_lang_attribute()
    if not attribute:
        return conditional_escape(value)
    return format_html("<span{}>{}</span>", attribute, value)


@register.filter
def machine_datetime(value, precision: str = "") -> str:
    """A valid value for ``<time datetime>``: a date, or a local date and time to the second.

    ``|date:'c'`` gives microseconds, which HTML does not allow (at most three decimals).
    ``precision="date"`` gives only the (local) day, for a time shown as a date, and
    ``"month"`` only the month, for a time shown as a month.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if precision == "month":
        return value.strftime("%Y-%m")
    if precision == "date" or not isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d")
    return value.replace(microsecond=0).isoformat()


@register.filter
def meta_description(text: str, length: int = META_DESCRIPTION_LENGTH) -> str:
    """A text (plain or Markdown) as a page's meta description: its words on one line,
    cut at a word to at most ``length`` characters (what a search result shows)."""
    words = " ".join(markdown.markdown_to_text(str(text or "")).split())
    if len(words) <= length:
        return words
    cut = words[: length - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:-\u2013") + "…"


@register.filter
def page_range(page) -> list:
    """Page numbers to link to, with gaps: 1 … 4 5 6 … 12."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))


@register.filter
def get_item(mapping: dict, key):
    """``mapping[key]``, or None: for dictionaries keyed by id in templates."""
    return mapping.get(key) if mapping else None


@register.filter
def chosen_count(choices) -> int:
    """How many filters are chosen, for the "Filters (3)" toggle: the fields of a bound
    filter form that have a value, the true values of a mapping, the items of a list, or
    one for a non-empty string."""
    if isinstance(choices, str):
        return int(bool(choices))
    if isinstance(choices, forms.BaseForm):
        return sum(1 for field in choices if field.value() not in (None, "", []))
    if isinstance(choices, Mapping):
        choices = choices.values()
    return sum(1 for choice in choices or () if choice)


@register.simple_tag
def same_everywhere(template_name: str) -> SafeString:
    """A template that shows the same on every page of a language (no request, no content,
    e.g. the footer), rendered once per language and address prefix of this process: its
    text changes only with the code."""
    return _rendered_once(template_name, get_language(), get_script_prefix())


@functools.cache
def _rendered_once(template_name: str, language: str, script_prefix: str) -> SafeString:
    return mark_safe(render_to_string(template_name))  # noqa: S308 - a rendered template

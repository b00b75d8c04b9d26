"""Template filters used across the site."""

import functools
from collections.abc import Mapping

from django import forms, template
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from duurzaamdoor import markdown, search

register = template.Library()


@register.filter
def render_markdown(text: str) -> SafeString:
    """Markdown to sanitised HTML (see duurzaamdoor.markdown)."""
    return markdown.render_markdown(text)


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """An escaped excerpt of ``text`` with the words of ``query`` marked."""
    return search.highlight(text, query)


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


@register.filter
def has_open_statement(meeting, statements) -> bool:
    return any(statement.is_open for statement in statements)


@register.simple_tag
def same_everywhere(template_name: str) -> SafeString:
    """A template that shows the same on every page of a language (no request, no content,
    e.g. the footer), rendered once per language and address prefix of this process: its
    text changes only with the code."""
    return _rendered_once(template_name, get_language(), get_script_prefix())


@functools.cache
def _rendered_once(template_name: str, language: str, script_prefix: str) -> SafeString:
    return mark_safe(render_to_string(template_name))  # noqa: S308 - a rendered template

"""Lesson cards and filter options, written out in Python.

The lists show twenty cards and dozens of filter options; rendered through the template
engine (an include per card, a translation block per option) they were most of the time a
first visitor waited. Same markup, a fraction of the work. Every value is escaped here.
"""

from html import escape

from django import template
from django.utils.dates import MONTHS
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext

from duurzaamdoor.search import highlight
from duurzaamdoor.templatetags.kb import content_lang_attribute, machine_datetime

register = template.Library()


def long_date(day) -> str:
    """``day`` as the ``date:"j F Y"`` filter writes it ("3 maart 2026"), for cards."""
    return f"{day.day} {MONTHS[day.month]} {day.year}"


@register.simple_tag
def lesson_card(lesson, query: str = "") -> SafeString:
    """The card of a :class:`lessons.cards.Card`; with ``query``, an excerpt with the
    matches marked."""
    dutch = content_lang_attribute()
    meta = ""
    if lesson.published_at:
        day = localtime(lesson.published_at).date()
        meta = f'<time datetime="{machine_datetime(day)}">{escape(long_date(day))}</time>'
    if lesson.source:
        meta += (
            f' <span class="kb-meta__sep" aria-hidden="true">·</span> '
            f"<span{dutch}>{escape(lesson.source)}</span>"
        )
    text = highlight(lesson.search_text, query) if query else escape(lesson.lead)
    tags = ""
    if lesson.themes:
        items = "".join(f'<li class="kb-tag"{dutch}>{escape(name)}</li>' for name in lesson.themes)
        label = escape(gettext("Thema's"))
        tags = f'<ul class="kb-tags" aria-label="{label}">{items}</ul>'
    return mark_safe(  # noqa: S308 - every value above is escaped
        '<article class="kb-lesson-card">'
        f'<h3 class="utrecht-heading-3 kb-lesson-card__title"{dutch}>'
        f'<a class="utrecht-link" href="{escape(lesson.url)}">{escape(lesson.title)}</a>'
        f'</h3><p class="kb-meta">{meta}</p>'
        f'<p class="utrecht-paragraph kb-lesson-card__text"{dutch}>{text}</p>{tags}</article>'
    )


@register.simple_tag
def facet_options(facet) -> SafeString:
    """The checkboxes of one filter, each with the number of lessons it would give."""
    if not facet.options:
        empty = escape(gettext("Geen keuzes bij deze selectie."))
        return mark_safe(f'<p class="utrecht-paragraph kb-facet__empty">{empty}</p>')  # noqa: S308
    name = escape(facet.name)
    rows = []
    for number, option in enumerate(facet.options, start=1):
        checked = " checked" if option.selected else ""
        noun = escape(ngettext("les", "lessen", option.count))
        rows.append(
            '<div class="kb-facet__option"><input class="utrecht-checkbox '
            f'utrecht-checkbox--html-input" type="checkbox" name="{name}" '
            f'value="{escape(option.value)}" id="kb-{name}-{number}"{checked}>'
            f'<label class="utrecht-form-label utrecht-form-label--checkbox" '
            f'for="kb-{name}-{number}">{escape(option.label)} <span class="kb-count">'
            f'{option.count}<span class="kb-visually-hidden"> {noun}</span></span></label></div>'
        )
    return mark_safe("".join(rows))  # noqa: S308 - every value above is escaped

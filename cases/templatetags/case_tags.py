"""The case list's cards and filter menus, written out in Python (the same markup the
templates and Django's widget templates gave, a fraction of the work); all escaped."""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from cases.cards import CaseCard
from cases.choices import CaseStatus
from duurzaamdoor.choices import PartyCode, Region, labels
from duurzaamdoor.templatetags.kb import content_lang_attribute

register = template.Library()


def _safe(html: str) -> SafeString:
    return mark_safe(html)  # noqa: S308 - every value in it is escaped by its maker


@register.simple_tag
def case_card(case: CaseCard) -> SafeString:
    parties = labels(PartyCode)
    tags = "".join(
        f'<li class="kb-tag">{escape(parties.get(code, code))}</li>' for code in case.parties
    )
    if tags:
        tags = f'<ul class="kb-tags" aria-label="{escape(gettext("Partijen"))}">{tags}</ul>'
    region = labels(Region).get(case.region, case.region)
    status = labels(CaseStatus).get(case.status, case.status)
    summary = Truncator(case.public_summary).words(45)
    dutch = content_lang_attribute()
    return _safe(
        f'<article><h3 class="utrecht-heading-3 kb-lesson-card__title"{dutch}>'
        f'<a class="utrecht-link" href="{escape(case.url)}">'
        f"{escape(case.title)}</a></h3>"
        f'<p class="kb-meta">{escape(str(region))} <span class="kb-meta__sep" '
        f'aria-hidden="true">·</span> {escape(str(status))}</p>'
        f'<p class="utrecht-paragraph"{dutch}>{escape(summary)}</p>{tags}</article>'
    )


@register.simple_tag
def select_menu(field) -> SafeString:
    """A filter's ``<select>`` as Django's Select widget writes it, without its templates."""
    chosen = field.value()
    chosen = {str(value) for value in chosen} if isinstance(chosen, list) else {str(chosen or "")}
    options = "".join(
        f'<option value="{escape(str(value))}"'
        f"{' selected' if str(value) in chosen else ''}>{escape(str(label))}</option>"
        for value, label in field.field.choices
    )
    attrs = "".join(
        f' {escape(name)}="{escape(str(value))}"'
        for name, value in field.field.widget.attrs.items()
        if value is not False
    )
    return _safe(
        f'<select name="{escape(field.html_name)}"{attrs} id="{escape(field.id_for_label)}">'
        f"{options}</select>"
    )

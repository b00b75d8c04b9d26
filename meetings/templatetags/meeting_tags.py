"""Template tags of the meeting pages.

The results table of a statement is written out in Python: a row per party, five cells and
a bar each, for every closed statement of a meeting; through the template engine this was
most of the time a first visitor waited. Same markup as before; every value is escaped."""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.filter
def has_open_statement(meeting, statements) -> bool:
    return any(statement.is_open for statement in statements)


def _row(distribution, labels: list[str], *, strong: bool = False) -> str:
    """A row of the table. Each cell carries its column's header (``labels``, the last one
    for the bars), which a phone shows beside the value when the rows stack."""
    cells = "".join(
        f'<td data-label="{label}">{bar.count} <span class="kb-meta">({bar.percent}%)</span></td>'
        for bar, label in zip(distribution.bars, labels[:-1], strict=True)
    )
    rects = "".join(
        f'<rect x="{bar.offset}" y="0" width="{bar.percent}" height="10" '
        f'fill="{escape(bar.color)}"/>'
        for bar in distribution.bars
        if bar.percent
    )
    css = ' class="kb-result__overall"' if strong else ""
    return (
        f'<tr{css}><th scope="row">{escape(str(distribution.label))} '
        f'<span class="kb-meta">({distribution.total})</span></th>{cells}'
        f'<td class="kb-result__bar-cell" data-label="{labels[-1]}">'
        '<svg class="kb-result__bar" viewBox="0 0 100 10" preserveAspectRatio="none" '
        f'aria-hidden="true" focusable="false">{rects}</svg></td></tr>'
    )


@register.simple_tag
def result_table(statement, result) -> SafeString:
    """One statement's results: a table with the numbers, and bars drawn beside them."""
    total = result.overall.total
    caption = ngettext("Uitslag (%(counter)s positie)", "Uitslag (%(counter)s posities)", total)
    heads = "".join(
        f'<th scope="col" class="kb-result__head kb-stance--{bar.value}">{escape(bar.label)}</th>'
        for bar in result.overall.bars
    )
    labels = [escape(str(bar.label)) for bar in result.overall.bars] + [
        escape(gettext("Verdeling"))
    ]
    rows = _row(result.overall, labels, strong=True) + "".join(
        _row(row, labels) for row in result.parties
    )
    return mark_safe(  # noqa: S308 - every value above is escaped
        # Named by the statement and the caption: every result on the page has its own name.
        f'<div class="kb-table-wrap" tabindex="0" role="region" '
        f'aria-labelledby="kb-statement-{statement.pk} kb-result-{statement.pk}">'
        '<table class="kb-table kb-table--stack kb-result">'
        f'<caption id="kb-result-{statement.pk}">{escape(caption % {"counter": total})}</caption>'
        f'<thead><tr><th scope="col">{escape(gettext("Wie"))}</th>{heads}'
        f'<th scope="col">{labels[-1]}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )

"""The per-actor and per-factor parts of a map page, written out in Python.

A map holds up to 200 actors, 100 factors and 400 relations, each shown in the wheel, the
grid and the tables; through the template engine that was most of a first visitor's wait.
Same markup as the templates had; every value is escaped here.
"""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from duurzaamdoor.choices import PartyCode, labels
from duurzaamdoor.templatetags.kb import content_lang_attribute
from ecosystem.choices import ActorKind, FactorEffect, FactorKind, RelationKind

register = template.Library()


def _safe(html: str) -> SafeString:
    return mark_safe(html)  # noqa: S308 - every value in it is escaped by its maker


@register.simple_tag
def wheel_body(wheel, id_prefix: str = "") -> SafeString:
    """The wheel's sectors, rings, relations and actors (what lies inside its frame)."""
    center = wheel.center
    sectors = "".join(
        f'<path d="{escape(sector.path)}" fill="{escape(sector.color)}" fill-opacity="0.09" '
        'stroke="#ffffff" stroke-width="3"/>'
        for sector in wheel.sectors
    )
    rings = "".join(
        f'<circle cx="{center}" cy="{center}" r="{ring["radius"]}"/>' for ring in wheel.rings
    )
    lines = "".join(
        f'<line x1="{line.x1}" y1="{line.y1}" x2="{line.x2}" y2="{line.y2}" '
        f'stroke="{escape(line.stroke)}" stroke-width="{line.width}"'
        + (f' stroke-dasharray="{escape(line.dasharray)}"' if line.dasharray else "")
        + ' stroke-opacity="0.8"/>'
        for line in wheel.lines
    )
    parties = "".join(
        f'<g class="kb-wheel__party" id="{escape(id_prefix or "")}party-{escape(sector.code)}" '
        f'data-party="{escape(sector.code)}"><text class="kb-wheel__sector-label" '
        f'x="{sector.label_x}" y="{sector.label_y}" text-anchor="{escape(sector.anchor)}" '
        f'font-size="18" font-weight="700" fill="{escape(sector.color)}">'
        f"{escape(str(sector.short_label))} ({sector.count})</text>"
        f"{wheel_marks(sector, wheel.show_labels)}</g>"
        for sector in wheel.sectors
    )
    much = escape(gettext("veel invloed"))
    return _safe(
        f'<g class="kb-wheel__sectors">{sectors}</g>'
        f'<g class="kb-wheel__rings" fill="none" stroke="#cfd8d3" stroke-width="1">{rings}</g>'
        f'<text x="{center}" y="{center + 5}" text-anchor="middle" font-size="14" '
        f'fill="#48514c">{much}</text>'
        f'<g class="kb-wheel__relations" fill="none">{lines}</g>{parties}'
    )


@register.simple_tag
def wheel_marks(sector, show_labels: bool) -> SafeString:
    """The actors of one sector of the wheel: a mark each, with its name as a title."""
    kinds = labels(ActorKind)
    contributes, strengthen = gettext("draagt nu al bij"), gettext("wil je versterken")
    out = []
    for mark in sector.marks:
        actor = mark.actor
        title = f"{actor.name} — {kinds.get(actor.kind, actor.kind).lower()}"
        if actor.contributes:
            title += f", {contributes}"
        if actor.strengthen:
            title += f", {strengthen}"
        fill = escape(mark.color) if actor.contributes else "#ffffff"
        color = escape(mark.color)
        ring = (
            f'<circle cx="{mark.x}" cy="{mark.y}" r="16" fill="none" stroke="#1b1f1d" '
            'stroke-width="2" stroke-dasharray="4 3"/>'
            if actor.strengthen
            else ""
        )
        paint = f'fill="{fill}" stroke="{color}" stroke-width="3"'
        if mark.is_new:
            shape = f'<polygon points="{escape(mark.diamond)}" {paint}/>'
        else:
            shape = f'<circle cx="{mark.x}" cy="{mark.y}" r="8" {paint}/>'
        label = (
            f'<text class="kb-wheel__label" x="{mark.label_x}" y="{mark.label_y}" '
            f'text-anchor="{escape(mark.anchor)}" font-size="{mark.font_size}" '
            f'fill="#1b1f1d">{escape(mark.label)}</text>'
            if show_labels
            else ""
        )
        out.append(
            f'<g class="kb-wheel__actor" data-actor="{actor.pk}"><title>{escape(title)}</title>'
            f"{ring}{shape}{label}</g>"
        )
    return _safe("".join(out))


@register.simple_tag
def quadrant_items(actors) -> SafeString:
    template_text = gettext("invloed %(influence)s, belang %(interest)s")
    dutch = content_lang_attribute()
    return _safe(
        "".join(
            f'<li><span class="kb-party-dot kb-party-dot--{escape(actor.party)}" '
            f'aria-hidden="true"></span><span{dutch}>{escape(actor.name)}</span> '
            '<span class="kb-meta">('
            f"{escape(template_text % {'influence': actor.influence, 'interest': actor.interest})}"
            ")</span></li>"
            for actor in actors
        )
    )


@register.simple_tag
def force_items(factors, side: str) -> SafeString:
    kinds = labels(FactorKind)
    weight = gettext("gewicht %(weight)s")
    dutch = content_lang_attribute()
    return _safe(
        "".join(
            f'<li class="kb-force kb-force--{escape(side)} kb-force--w{factor.weight}">'
            f'<span class="kb-force__name"{dutch}>{escape(factor.name)}</span> '
            f'<span class="kb-force__meta">{escape(kinds.get(factor.kind, factor.kind))} · '
            f"{escape(weight % {'weight': factor.weight})}</span></li>"
            for factor in factors
        )
    )


def _rows(items, cells, *, named: bool = True, written: tuple[int, ...] = ()) -> SafeString:
    """Table rows: the item's name as the row header (when ``named``), then its cells; the
    cells at the positions in ``written`` hold what the map's makers wrote (in Dutch)."""
    dutch = content_lang_attribute()
    rows = []
    for item in items:
        header = (
            f'<th class="utrecht-table__header-cell" scope="row"{dutch}>{escape(item.name)}</th>'
            if named
            else ""
        )
        data = "".join(
            f'<td class="utrecht-table__cell"{dutch if number in written else ""}>'
            f"{escape(str(value))}</td>"
            for number, value in enumerate(cells(item))
        )
        rows.append(f'<tr class="utrecht-table__row">{header}{data}</tr>')
    return _safe("".join(rows))


@register.simple_tag
def actor_rows(actors) -> SafeString:
    parties, kinds = labels(PartyCode), labels(ActorKind)
    yes, no = gettext("ja"), gettext("nee")
    return _rows(actors, lambda actor: (
        parties.get(actor.party, actor.party), kinds.get(actor.kind, actor.kind),
        yes if actor.contributes else no, yes if actor.strengthen else no,
        actor.influence, actor.interest, actor.note,
    ), written=(6,))  # fmt: skip


@register.simple_tag
def factor_rows(factors) -> SafeString:
    kinds, effects = labels(FactorKind), labels(FactorEffect)
    return _rows(factors, lambda factor: (
        kinds.get(factor.kind, factor.kind), effects.get(factor.effect, factor.effect),
        factor.weight, factor.note,
    ), written=(3,))  # fmt: skip


@register.simple_tag
def relation_rows(relations) -> SafeString:
    kinds = labels(RelationKind)
    return _rows(relations, lambda relation: (
        relation.source.name, kinds.get(relation.kind, relation.kind), relation.target.name,
        relation.note,
    ), named=False, written=(0, 2, 3))  # fmt: skip

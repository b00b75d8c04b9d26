"""The pictures of a map, computed on the server: the wheel, the grid and the force field.

Only geometry and grouping happen here; the templates draw them (the wheel as SVG with
presentation attributes, so it needs no script and no inline style under the CSP).
"""

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from duurzaamdoor.choices import PartyCode
from ecosystem.choices import ActorKind, FactorEffect, RelationKind
from ecosystem.models import Actor, Factor, Relation

SIZE = 720
CENTER = SIZE / 2
RADIUS = 300
# Room left and right of the circle for names and party labels.
MARGIN_X = 190
LABEL_RADIUS = RADIUS + 16
FONT_SIZE = 15
LINE_HEIGHT = 17
MAX_LABELLED_ACTORS = 40  # beyond this the names would overlap; the table lists them
# A name in the wheel is at most this wide (at FONT_SIZE), so that it stays inside the
# drawing wherever its mark is; a longer one is cut off with "…" (the mark's title and the
# table hold the whole name).
MAX_LABEL_WIDTH = 180
# Widths of characters at FONT_SIZE, in pixels, by kind: those of DejaVu Sans, the widest
# of the usual fonts the wheel asks for, so a name fits in each of them. A name of
# capitals or of "m"s is twice as wide as one of "i"s, so counting characters is not enough.
NARROW_CHARACTERS = frozenset(" fijlrtIJ.,:;'!|()[]/-")
WIDE_CHARACTERS = frozenset("mwMW@%&…—")
NARROW, LOWER, UPPER, WIDE = 6.0, 9.6, 11.9, 15.0

# Colour per party: distinguishable for common colour-vision deficiencies, and dark
# enough for 3:1 contrast against white.
PARTY_COLORS = {
    PartyCode.RIJK: "#1f4e9c",
    PartyCode.DECENTRAAL: "#00735c",
    PartyCode.ONDERWIJS: "#6b2fb5",
    PartyCode.ONDERZOEK: "#b03d0a",
    PartyCode.ONDERNEMERS: "#8a5d00",
    PartyCode.BURGERS: "#b8235a",
    PartyCode.MAATSCHAPPELIJK: "#3b6600",
    PartyCode.NIEUWE_GENERATIE: "#00688a",
}
PARTY_SHORT_LABELS = {
    PartyCode.RIJK: _("Rijk"),
    PartyCode.DECENTRAAL: _("Decentraal"),
    PartyCode.ONDERWIJS: _("Onderwijs"),
    PartyCode.ONDERZOEK: _("Onderzoek"),
    PartyCode.ONDERNEMERS: _("Ondernemers"),
    PartyCode.BURGERS: _("Burgers"),
    PartyCode.MAATSCHAPPELIJK: _("Maatschappelijk"),
    PartyCode.NIEUWE_GENERATIE: _("Nieuwe generatie"),
}
RELATION_STYLES = {
    "samenwerking": {"stroke": "#4a524e", "dasharray": "", "width": "1.5"},
    "afhankelijkheid": {"stroke": "#4a524e", "dasharray": "7 4", "width": "1.5"},
    "spanning": {"stroke": "#b00020", "dasharray": "2 4", "width": "2.5"},
}


def _point(angle_degrees: float, radius: float) -> tuple[float, float]:
    radians = math.radians(angle_degrees)
    return (
        round(CENTER + radius * math.cos(radians), 1),
        round(CENTER + radius * math.sin(radians), 1),
    )


@dataclass
class Sector:
    code: str
    label: str
    short_label: str
    color: str
    path: str
    label_x: float
    label_y: float
    anchor: str
    count: int
    marks: list = field(default_factory=list)


@dataclass
class Mark:
    actor: Actor
    number: int
    x: float
    y: float
    color: str
    label: str
    label_x: float
    label_y: float
    anchor: str
    is_new: bool
    font_size: int = FONT_SIZE
    diamond: str = ""


@dataclass
class Line:
    relation: Relation
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str
    dasharray: str
    width: str


@dataclass
class Wheel:
    title: str
    summary: str
    sectors: list[Sector]
    marks: list[Mark]
    lines: list[Line]
    rings: list[dict]
    show_labels: bool
    size: int = SIZE
    center: float = CENTER
    view_x: float = -MARGIN_X
    view_width: float = SIZE + 2 * MARGIN_X

    @property
    def relation_legend(self) -> list[dict]:
        """A line per kind of relation, drawn as the wheel draws it (RELATION_STYLES)."""
        return [
            {"label": str(RelationKind(kind).label).lower(), "y": 8 + 26 * row, **style}
            for row, (kind, style) in enumerate(RELATION_STYLES.items())
        ]


def _sector(index: int, code: str, count: int) -> Sector:
    start, end = -90 + index * 45, -90 + (index + 1) * 45
    x1, y1 = _point(start, RADIUS)
    x2, y2 = _point(end, RADIUS)
    middle = (start + end) / 2
    label_x, label_y = _point(middle, LABEL_RADIUS)
    cos = math.cos(math.radians(middle))
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    if math.sin(math.radians(middle)) > 0.3:
        label_y += 10  # below the circle: keep clear of the ring
    return Sector(
        code=code,
        label=str(PartyCode(code).label),
        short_label=str(PARTY_SHORT_LABELS[code]),
        color=PARTY_COLORS[code],
        path=f"M{CENTER},{CENTER} L{x1},{y1} A{RADIUS},{RADIUS} 0 0 1 {x2},{y2} Z",
        label_x=label_x,
        label_y=label_y,
        anchor=anchor,
        count=count,
    )


def _character_width(char: str) -> float:
    if char in NARROW_CHARACTERS:
        return NARROW
    if char in WIDE_CHARACTERS or unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE
    if char.isupper() or char.isdigit():
        return UPPER
    return LOWER if char.isalpha() else WIDE


def text_width(text: str) -> float:
    """How wide ``text`` is at FONT_SIZE, in pixels (on the safe side)."""
    return sum(_character_width(char) for char in text)


def _short(name: str) -> str:
    """The name as it fits in MAX_LABEL_WIDTH: whole, or cut off with "…"."""
    if text_width(name) <= MAX_LABEL_WIDTH:
        return name
    room, end = MAX_LABEL_WIDTH - WIDE, 0  # WIDE: the width of "…"
    while end < len(name) and room >= _character_width(name[end]):
        room -= _character_width(name[end])
        end += 1
    return name[:end].rstrip() + "…"


def _summary(actors: list[Actor], relations: list[Relation]) -> str:
    per_party = Counter(actor.party for actor in actors)
    parts = ", ".join(
        f"{PartyCode(code).label} {per_party[code]}" for code in PartyCode.values if per_party[code]
    )
    contributing = sum(actor.contributes for actor in actors)
    to_strengthen = sum(actor.strengthen for actor in actors)
    new = sum(actor.kind == ActorKind.NIEUWE_SPELER for actor in actors)
    text = ngettext(
        "Ecosysteemwiel met %(count)d actor",
        "Ecosysteemwiel met %(count)d actoren",
        len(actors),
    ) % {"count": len(actors)}
    if parts:
        text += f" ({parts})"
    return (
        text
        + ". "
        + _(
            "%(contributing)d dragen nu al bij, %(strengthen)d wil je versterken, "
            "%(new)d zijn nieuwe spelers; %(relations)d relaties."
        )
        % {
            "contributing": contributing,
            "strengthen": to_strengthen,
            "new": new,
            "relations": len(relations),
        }
    )


def ring_radius(influence: int) -> float:
    """More influence, closer to the centre: 5 sits on the inner ring, 1 on the outer."""
    return 84 + (5 - influence) * 48


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _sector_label_box(sector: Sector) -> Box:
    width = len(sector.short_label) * 10.5 + 40
    left = {"start": sector.label_x, "end": sector.label_x - width}.get(
        sector.anchor, sector.label_x - width / 2
    )
    return (left, sector.label_y - 18, left + width, sector.label_y + 5)


def _overlaps(box: Box, others: list[Box]) -> bool:
    left, top, right, bottom = box
    return any(
        left < o_right and right > o_left and top < o_bottom and bottom > o_top
        for o_left, o_top, o_right, o_bottom in others
    )


def _place_label(mark: Mark, taken: list[Box]) -> None:
    """Put the name beside its mark where it covers no other name or mark."""
    width = text_width(mark.label)
    x, y = mark.x, mark.y
    outward = "start" if x >= CENTER else "end"
    inward = "end" if outward == "start" else "start"
    out_x = x + 15 if outward == "start" else x - 15
    in_x = x - 15 if outward == "start" else x + 15
    candidates = [
        (outward, out_x, y + 5),
        ("middle", x, y - 15),
        ("middle", x, y + 26),
        (inward, in_x, y + 5),
        (outward, out_x, y - 12),
        (outward, out_x, y + 22),
        (inward, in_x, y - 12),
        (inward, in_x, y + 22),
    ]
    chosen = candidates[0]
    for anchor, label_x, label_y in candidates:
        left = {"start": label_x, "end": label_x - width, "middle": label_x - width / 2}[anchor]
        box = (left, label_y - LINE_HEIGHT + 3, left + width, label_y + 3)
        inside = box[0] >= -MARGIN_X and box[2] <= SIZE + MARGIN_X
        if inside and not _overlaps(box, taken):
            chosen = (anchor, label_x, label_y)
            taken.append(box)
            break
    else:
        anchor, label_x, label_y = chosen
        left = {"start": label_x, "end": label_x - width, "middle": label_x - width / 2}[anchor]
        taken.append((left, label_y - LINE_HEIGHT + 3, left + width, label_y + 3))
    mark.anchor, mark.label_x, mark.label_y = chosen[0], round(chosen[1], 1), round(chosen[2], 1)


def wheel(title: str, actors: list[Actor], relations: list[Relation]) -> Wheel:
    """Eight sectors, one per party; actors nearer the centre have more influence."""
    per_party: dict[str, list[Actor]] = {code: [] for code in PartyCode.values}
    for actor in actors:
        per_party[actor.party].append(actor)
    sectors, marks, positions = [], [], {}
    for index, code in enumerate(PartyCode.values):
        sector = _sector(index, code, len(per_party[code]))
        sectors.append(sector)
        start = -90 + index * 45
        for influence in range(5, 0, -1):
            ring = sorted(
                (a for a in per_party[code] if a.influence == influence),
                key=lambda a: a.name.lower(),
            )
            step = 37 / max(len(ring), 1)
            # Neighbouring rings are turned a quarter step apart, so that names on one
            # ring do not run into the marks on the next.
            turn = (0.25 if influence % 2 else -0.25) * step
            for position, actor in enumerate(ring):
                angle = start + 4 + (position + 0.5) * step + turn
                # Crowded rings alternate slightly in and out so marks do not touch.
                radius = ring_radius(influence) + (8 if position % 2 else -8) * (len(ring) > 3)
                x, y = _point(angle, radius)
                mark = Mark(
                    actor=actor, number=0, x=x, y=y, color=PARTY_COLORS[code],
                    label=_short(actor.name), label_x=x, label_y=y, anchor="start",
                    is_new=actor.kind == ActorKind.NIEUWE_SPELER,
                )  # fmt: skip
                if mark.is_new:
                    mark.diamond = f"{x},{y - 10} {x + 10},{y} {x},{y + 10} {x - 10},{y}"
                marks.append(mark)
                sector.marks.append(mark)
                positions[actor.pk] = (x, y)
    for number, mark in enumerate(marks, 1):
        mark.number = number
    show_labels = len(actors) <= MAX_LABELLED_ACTORS
    if show_labels:
        taken: list[Box] = [(m.x - 11, m.y - 11, m.x + 11, m.y + 11) for m in marks]
        taken += [_sector_label_box(sector) for sector in sectors]
        for mark in sorted(marks, key=lambda m: (-m.actor.influence, m.actor.name.lower())):
            _place_label(mark, taken)
    lines = []
    for relation in relations:
        if relation.source_id in positions and relation.target_id in positions:
            (x1, y1), (x2, y2) = positions[relation.source_id], positions[relation.target_id]
            style = RELATION_STYLES[relation.kind]
            lines.append(
                Line(relation, x1, y1, x2, y2, style["stroke"], style["dasharray"], style["width"])
            )
    rings = [{"radius": ring_radius(level), "level": level} for level in range(5, 0, -1)]
    return Wheel(
        title=title,
        summary=_summary(actors, relations),
        sectors=sectors,
        marks=marks,
        lines=lines,
        rings=rings,
        show_labels=show_labels,
    )


@dataclass
class Quadrant:
    key: str
    title: str
    description: str
    actors: list[Actor] = field(default_factory=list)


HIGH = 3  # 3 and up counts as much influence or much interest


def grid(actors: list[Actor]) -> list[Quadrant]:
    """The influence-by-interest grid, in reading order: top left, top right, bottom left, …"""
    quadrants = {
        "tevreden_houden": Quadrant(
            "tevreden_houden", _("Tevreden houden"), _("Veel invloed, weinig belang")
        ),
        "nauw_betrekken": Quadrant(
            "nauw_betrekken", _("Nauw betrekken"), _("Veel invloed, veel belang")
        ),
        "monitoren": Quadrant("monitoren", _("Monitoren"), _("Weinig invloed, weinig belang")),
        "informeren": Quadrant("informeren", _("Informeren"), _("Weinig invloed, veel belang")),
    }
    for actor in sorted(actors, key=lambda a: (-(a.influence + a.interest), a.name.lower())):
        much_influence, much_interest = actor.influence >= HIGH, actor.interest >= HIGH
        key = {
            (True, True): "nauw_betrekken",
            (True, False): "tevreden_houden",
            (False, True): "informeren",
            (False, False): "monitoren",
        }[(much_influence, much_interest)]
        quadrants[key].actors.append(actor)
    return list(quadrants.values())


def force_field(factors: list[Factor]) -> dict[str, list[Factor]]:
    """Factors that help and factors that hinder, heaviest first."""
    ordered = sorted(factors, key=lambda f: (-f.weight, f.name.lower()))
    return {
        "helps": [f for f in ordered if f.effect == FactorEffect.HELPT],
        "hinders": [f for f in ordered if f.effect == FactorEffect.REMT],
    }

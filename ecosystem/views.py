"""Public pages of published maps, and their exports."""

import json
from collections.abc import Iterator

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from duurzaamdoor import spreadsheet
from duurzaamdoor.caching import page_of, public_page
from duurzaamdoor.choices import PartyCode, labels
from duurzaamdoor.filtering import resolve_filters
from duurzaamdoor.public_content import shown_or_404
from duurzaamdoor.text import xml_safe
from ecosystem import charts
from ecosystem.choices import ActorKind, FactorEffect, FactorKind, RelationKind
from ecosystem.filters import ActorFilter
from ecosystem.models import Ecosystem
from ecosystem.selectors import map_contents

MAPS_PER_PAGE = 20


def _visible_map(request: HttpRequest, slug: str) -> Ecosystem:
    """A published map, or a draft for staff who may view maps (the admin's preview)."""
    ecosystem = get_object_or_404(Ecosystem.objects.select_related("case"), slug=slug)
    return shown_or_404(request, ecosystem, public=ecosystem.is_published)


@require_safe
@public_page(("page",))
def ecosystem_list(request: HttpRequest) -> HttpResponse:
    maps = Ecosystem.objects.published().with_counts()
    page = page_of(Paginator(maps, MAPS_PER_PAGE), request.GET.get("page"))
    return render(request, "ecosystem/ecosystem_list.html", {"page": page})


def _filter_actors(request: HttpRequest, actors: list) -> tuple[list, dict, list]:
    filters = resolve_filters(ActorFilter, request)
    only_strengthen = filters.filterset.value("versterken") == "1"
    active = {
        "partij": filters.filterset.value("partij") or "",
        "soort": filters.filterset.value("soort") or "",
        "versterken": only_strengthen,
    }
    shown = [
        actor
        for actor in actors
        if (not active["partij"] or actor.party == active["partij"])
        and (not active["soort"] or actor.kind == active["soort"])
        and (not only_strengthen or actor.strengthen)
    ]
    return shown, active, filters.notices


@require_safe
@public_page(("partij", "soort", "versterken"))
def ecosystem_detail(request: HttpRequest, slug: str) -> HttpResponse:
    ecosystem = _visible_map(request, slug)
    actors, factors, relations = map_contents(ecosystem)
    shown, active, notices = _filter_actors(request, actors)
    shown_ids = {actor.pk for actor in shown}
    shown_relations = [
        r for r in relations if r.source_id in shown_ids and r.target_id in shown_ids
    ]
    context = {
        "ecosystem": ecosystem,
        "wheel": charts.wheel(ecosystem.title, shown, shown_relations),
        "quadrants": charts.grid(shown),
        "forces": charts.force_field(factors),
        "actors": shown,
        "all_actor_count": len(actors),
        "factors": factors,
        "relations": shown_relations,
        "active": active,
        "is_filtered": any(active.values()),
        "filter_notices": notices,
        "party_choices": PartyCode.choices,
        "lessons": ecosystem.case.lessons.published() if ecosystem.case_id else [],
        "kind_choices": ActorKind.choices,
    }
    return render(request, "ecosystem/ecosystem_detail.html", context)


# (key, header) of each column; a row fills the columns that apply to its part.
CSV_COLUMNS = [
    ("type", _("Onderdeel")), ("name", _("Naam")), ("party", _("Partij")),
    ("kind", _("Soort")), ("contributes", _("Draagt bij")), ("strengthen", _("Versterken")),
    ("influence", _("Invloed")), ("interest", _("Belang")), ("effect", _("Effect")),
    ("weight", _("Gewicht")), ("source", _("Van")), ("target", _("Naar")),
    ("note", _("Toelichting")),
]  # fmt: skip


def _csv_rows(actors: list, factors: list, relations: list) -> Iterator[dict]:
    """The map as a person reads it, in the page's language: labels, not codes (the JSON
    export keeps the codes, for machines)."""
    parties, actor_kinds = labels(PartyCode), labels(ActorKind)
    factor_kinds, effects, relation_kinds = (
        labels(FactorKind),
        labels(FactorEffect),
        labels(RelationKind),
    )
    actor, factor, relation = gettext("Actor"), gettext("Factor"), gettext("Relatie")
    for a in actors:
        yield {"type": actor, "name": a.name, "party": parties.get(a.party, a.party),
               "kind": actor_kinds.get(a.kind, a.kind),
               "contributes": spreadsheet.yes_no(a.contributes),
               "strengthen": spreadsheet.yes_no(a.strengthen), "influence": a.influence,
               "interest": a.interest, "note": a.note}  # fmt: skip
    for f in factors:
        yield {"type": factor, "name": f.name, "kind": factor_kinds.get(f.kind, f.kind),
               "effect": effects.get(f.effect, f.effect), "weight": f.weight,
               "note": f.note}  # fmt: skip
    for r in relations:
        yield {"type": relation, "kind": relation_kinds.get(r.kind, r.kind),
               "source": r.source.name, "target": r.target.name, "note": r.note}  # fmt: skip


@require_safe
def export_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """Actors, factors and relations, one row each, with the headers and labels of the
    page's language (Dutch, or English under /en/), in the site's spreadsheet convention."""
    ecosystem = _visible_map(request, slug)
    actors, factors, relations = map_contents(ecosystem)
    rows = (
        [row.get(key, "") for key, _header in CSV_COLUMNS]
        for row in _csv_rows(actors, factors, relations)
    )
    data = spreadsheet.table([header for _key, header in CSV_COLUMNS], rows)
    response = spreadsheet.download(data, f"{ecosystem.slug}.csv")
    response["Content-Language"] = get_language()
    return response


@require_safe
def export_json(request: HttpRequest, slug: str) -> HttpResponse:
    ecosystem = _visible_map(request, slug)
    actors, factors, relations = map_contents(ecosystem)
    data = {
        "map": {
            "slug": ecosystem.slug,
            "title": ecosystem.title,
            "task": ecosystem.task,
            "new_reality": ecosystem.new_reality,
            "url": request.build_absolute_uri(ecosystem.get_absolute_url()),
        },
        "actors": [
            {"id": a.pk, "name": a.name, "party": a.party, "kind": a.kind,
             "contributes": a.contributes, "strengthen": a.strengthen,
             "influence": a.influence, "interest": a.interest, "note": a.note}
            for a in actors
        ],
        "factors": [
            {"id": f.pk, "name": f.name, "kind": f.kind, "effect": f.effect,
             "weight": f.weight, "note": f.note}
            for f in factors
        ],
        "relations": [
            {"id": r.pk, "source": r.source_id, "target": r.target_id, "kind": r.kind,
             "note": r.note}
            for r in relations
        ],
    }  # fmt: skip
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    # As Django's json_script does: no markup characters even inside JSON strings.
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    response = HttpResponse(text, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ecosystem.slug}.json"'
    return response


@require_safe
def export_svg(request: HttpRequest, slug: str) -> HttpResponse:
    ecosystem = _visible_map(request, slug)
    actors, _factors, relations = map_contents(ecosystem)
    wheel = charts.wheel(ecosystem.title, actors, relations)
    svg = render_to_string("ecosystem/wheel.svg", {"wheel": wheel, "standalone": True}, request)
    # Escaping makes text safe markup, but only this keeps out what XML 1.0 cannot carry.
    response = HttpResponse(xml_safe(svg), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ecosystem.slug}.svg"'
    return response

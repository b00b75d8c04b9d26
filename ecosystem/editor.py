"""Self-service: a team builds a map of its own task with ordinary forms, through a private link.

Everything works without JavaScript. The link is the only key, so pages behind it are
never indexed and never cached.
"""

from django.contrib import messages
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from duurzaamdoor.ratelimit import rate_limited
from ecosystem import charts, services
from ecosystem.forms import ActorForm, EcosystemForm, FactorForm, RelationForm
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from ecosystem.selectors import map_contents

# URL segment -> (model, form, related name on the map, anchor on the edit page)
ITEMS: dict[str, tuple[type[Model], type, str, str]] = {
    "actor": (Actor, ActorForm, "actors", "actoren"),
    "factor": (Factor, FactorForm, "factors", "factoren"),
    "relatie": (Relation, RelationForm, "relations", "relaties"),
}
FORM_FOR_ITEM = {"actor": "actor", "factor": "factor", "relatie": "relation"}


def _private(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _map_by_token(token: str) -> Ecosystem:
    return get_object_or_404(Ecosystem, edit_token=token)


@never_cache
@rate_limited("map_create")
@require_http_methods(["GET", "HEAD", "POST"])
def new(request: HttpRequest) -> HttpResponse:
    form = EcosystemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ecosystem = services.ecosystem_create(**form.cleaned_data)
        messages.success(
            request,
            _(
                "Je kaart is aangemaakt. Bewaar de link van deze pagina: daarmee bewerk je de "
                "kaart."
            ),
        )
        return redirect(ecosystem.get_edit_url())
    status = 400 if form.errors else 200
    return render(request, "ecosystem/new.html", {"form": form}, status=status)


def _edit_page(
    request: HttpRequest, ecosystem: Ecosystem, status: int = 200, **forms
) -> HttpResponse:
    actors, factors, relations = map_contents(ecosystem)
    context = {
        "ecosystem": ecosystem,
        "actors": actors,
        "factors": factors,
        "relations": relations,
        "wheel": charts.wheel(ecosystem.title, actors, relations),
        "edit_url": request.build_absolute_uri(ecosystem.get_edit_url()),
        "map_form": forms.get("map_form") or EcosystemForm(instance=ecosystem, prefix="map"),
        "actor_form": forms.get("actor_form") or ActorForm(ecosystem=ecosystem, prefix="actor"),
        "factor_form": forms.get("factor_form") or FactorForm(ecosystem=ecosystem, prefix="factor"),
        "relation_form": forms.get("relation_form")
        or RelationForm(ecosystem=ecosystem, prefix="relation"),
    }
    return _private(render(request, "ecosystem/edit.html", context, status=status))


@never_cache
@rate_limited("map_edit")
@require_http_methods(["GET", "HEAD", "POST"])
def edit(request: HttpRequest, token: str) -> HttpResponse:
    ecosystem = _map_by_token(token)
    if request.method != "POST":
        return _edit_page(request, ecosystem)

    what = request.POST.get("form")
    if what == "map":
        form = EcosystemForm(request.POST, instance=ecosystem, prefix="map")
        if form.is_valid():
            form.save()
            messages.success(request, _("De gegevens van de kaart zijn opgeslagen."))
            return redirect(ecosystem.get_edit_url())
        return _edit_page(request, ecosystem, status=400, map_form=form)

    segment = {"actor": "actor", "factor": "factor", "relation": "relatie"}.get(what)
    if segment is None:
        return _edit_page(request, ecosystem, status=400)
    _model, form_class, related, anchor = ITEMS[segment]
    form = form_class(request.POST, ecosystem=ecosystem, prefix=what)
    if form.is_valid():
        try:
            services.ensure_room(ecosystem, related)
        except services.LimitReached as limit:
            form.add_error(None, str(limit))
        else:
            form.save()
            messages.success(request, _("Toegevoegd: %(item)s.") % {"item": form.instance})
            return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    return _edit_page(request, ecosystem, status=400, **{f"{what}_form": form})


def _item(ecosystem: Ecosystem, segment: str, pk: int):
    if segment not in ITEMS:
        raise Http404
    _model, form_class, related, anchor = ITEMS[segment]
    item = get_object_or_404(getattr(ecosystem, related), pk=pk)
    return item, form_class, anchor


@never_cache
@rate_limited("map_edit")
@require_http_methods(["GET", "HEAD", "POST"])
def edit_item(request: HttpRequest, token: str, segment: str, pk: int) -> HttpResponse:
    ecosystem = _map_by_token(token)
    item, form_class, anchor = _item(ecosystem, segment, pk)
    form = form_class(request.POST or None, instance=item, ecosystem=ecosystem)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Opgeslagen: %(item)s.") % {"item": item})
        return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    context = {"ecosystem": ecosystem, "form": form, "item": item, "anchor": anchor}
    status = 400 if form.errors else 200
    return _private(render(request, "ecosystem/edit_item.html", context, status=status))


@never_cache
@rate_limited("map_edit")
@require_http_methods(["GET", "HEAD", "POST"])
def delete_item(request: HttpRequest, token: str, segment: str, pk: int) -> HttpResponse:
    ecosystem = _map_by_token(token)
    item, _form_class, anchor = _item(ecosystem, segment, pk)
    if request.method == "POST":
        name = str(item)
        item.delete()
        messages.success(request, _("Verwijderd: %(item)s.") % {"item": name})
        return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    context = {"ecosystem": ecosystem, "item": item, "anchor": anchor}
    return _private(render(request, "ecosystem/delete_item.html", context))

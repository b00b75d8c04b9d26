"""Self-service: a team builds a map of its own task with ordinary forms, through a private link.

Everything works without JavaScript. The link is the only key, so pages behind it are
never indexed and never cached.

Only self-service maps have a link, and it edits the map only while the map is a draft:
once the secretariat publishes it, the link shows the map read-only and refuses every
write (403), because a public map changes only through the secretariat. Every write takes
the map's row lock first (``select_for_update``) and checks again under it, so a write
cannot slip in beside a publication, nor beside another write past the map's limits.
"""

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from duurzaamdoor.crawlers import no_index
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


def _map_by_token(token: str, *, for_update: bool = False) -> Ecosystem:
    """The self-service map of this link; with ``for_update``, its row locked until commit."""
    maps = Ecosystem.objects.filter(self_service=True)
    if for_update:
        maps = maps.select_for_update()
    return get_object_or_404(maps, edit_token=token)


def locked_message() -> str:
    return _(
        "Deze kaart is gepubliceerd; wijzigingen lopen via het tafelsecretariaat. Mail je "
        "wijziging naar %(email)s."
    ) % {"email": settings.CONTACT_EMAIL}


def _refused(request: HttpRequest, ecosystem: Ecosystem) -> HttpResponse:
    """A write through the link of a map that only the secretariat may change now."""
    return _edit_page(request, ecosystem, status=403)


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
        "quadrants": charts.grid(actors),
        "forces": charts.force_field(factors),
        "edit_url": request.build_absolute_uri(ecosystem.get_edit_url()),
    }
    if not ecosystem.editable_through_link:
        context["locked_message"] = locked_message()
        return no_index(render(request, "ecosystem/edit.html", context, status=status))
    context |= {
        "map_form": forms.get("map_form") or EcosystemForm(instance=ecosystem, prefix="map"),
        "actor_form": forms.get("actor_form") or ActorForm(ecosystem=ecosystem, prefix="actor"),
        "factor_form": forms.get("factor_form") or FactorForm(ecosystem=ecosystem, prefix="factor"),
        "relation_form": forms.get("relation_form")
        or RelationForm(ecosystem=ecosystem, prefix="relation"),
    }
    return no_index(render(request, "ecosystem/edit.html", context, status=status))


@never_cache
@rate_limited("map_edit")
@require_http_methods(["GET", "HEAD", "POST"])
def edit(request: HttpRequest, token: str) -> HttpResponse:
    if request.method != "POST":
        return _edit_page(request, _map_by_token(token))
    with transaction.atomic():
        ecosystem = _map_by_token(token, for_update=True)
        if not ecosystem.editable_through_link:
            return _refused(request, ecosystem)
        return _save_edit(request, ecosystem)


def _save_edit(request: HttpRequest, ecosystem: Ecosystem) -> HttpResponse:
    """One of the edit page's forms, in the transaction that holds the map's lock."""
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
            # Counted under the map's lock: two requests at once cannot both take the last place.
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
    if request.method != "POST":
        ecosystem = _map_by_token(token)
        item, form_class, anchor = _item(ecosystem, segment, pk)
        if not ecosystem.editable_through_link:
            return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
        form = form_class(instance=item, ecosystem=ecosystem)
    else:
        with transaction.atomic():
            ecosystem = _map_by_token(token, for_update=True)
            item, form_class, anchor = _item(ecosystem, segment, pk)
            if not ecosystem.editable_through_link:
                return _refused(request, ecosystem)
            form = form_class(request.POST, instance=item, ecosystem=ecosystem)
            if form.is_valid():
                form.save()
                messages.success(request, _("Opgeslagen: %(item)s.") % {"item": item})
                return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    context = {"ecosystem": ecosystem, "form": form, "item": item, "anchor": anchor}
    status = 400 if form.errors else 200
    return no_index(render(request, "ecosystem/edit_item.html", context, status=status))


@never_cache
@rate_limited("map_edit")
@require_http_methods(["GET", "HEAD", "POST"])
def delete_item(request: HttpRequest, token: str, segment: str, pk: int) -> HttpResponse:
    if request.method == "POST":
        with transaction.atomic():
            ecosystem = _map_by_token(token, for_update=True)
            item, _form_class, anchor = _item(ecosystem, segment, pk)
            if not ecosystem.editable_through_link:
                return _refused(request, ecosystem)
            name = str(item)
            item.delete()
        messages.success(request, _("Verwijderd: %(item)s.") % {"item": name})
        return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    ecosystem = _map_by_token(token)
    item, _form_class, anchor = _item(ecosystem, segment, pk)
    if not ecosystem.editable_through_link:
        return redirect(f"{ecosystem.get_edit_url()}#{anchor}")
    context = {"ecosystem": ecosystem, "item": item, "anchor": anchor}
    return no_index(render(request, "ecosystem/delete_item.html", context))

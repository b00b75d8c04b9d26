"""The rows of a map on its admin page: a first page of actors, factors and relations.

A map may hold hundreds of rows (a team's map up to 200 actors and 400 relations). Every row
of the map's page is a form, and the whole page is posted at once, so the page shows a
first page of each kind (``MAP_PAGE_ROWS``) and links to the full, searchable list of that
kind of row on this map; each row also has its own change page there.

The two actors of a relation are chosen with Django's admin autocomplete, which searches
only the actors of the relation's map (``Relation.actor_choices``); the names of the chosen
actors come from one query for the whole page, not one per row.
"""

from functools import cached_property
from urllib.parse import urlencode

from django.contrib.admin.widgets import AutocompleteSelect
from django.forms import ModelForm
from django.http import HttpRequest
from django.urls import reverse

from duurzaamdoor.admin_inlines import LabelledInlineFormSet, TabularInline
from duurzaamdoor.widget_html import PLAIN_WIDGETS
from ecosystem.models import Actor, Ecosystem, Factor, Relation

MAP_PAGE_ROWS = 25
# The address parameter with which the autocomplete of a relation's actor names its map.
MAP_PARAMETER = "ecosystem"


class _ActorNames:
    """The names of a map's actors by id, read once, when the first row needs one."""

    def __init__(self, ecosystem_id: int | None):
        self.ecosystem_id = ecosystem_id

    @cached_property
    def by_id(self) -> dict[str, str]:
        actors = Relation.actor_choices(self.ecosystem_id).values_list("pk", "name")
        return {str(pk): name for pk, name in actors}


class MapActorSelect(AutocompleteSelect):
    """The admin's autocomplete for one end of a relation, asking only for its map's actors."""

    def __init__(self, field, admin_site, ecosystem_id: int | None, names: _ActorNames):
        super().__init__(field, admin_site)
        self.ecosystem_id, self.names = ecosystem_id, names

    def get_url(self) -> str:
        return f"{super().get_url()}?{urlencode({MAP_PARAMETER: self.ecosystem_id or ''})}"

    def optgroups(self, name, value, attr=None):
        # As Django's, but the chosen actor's name comes from the page's names, not a query.
        options = [] if self.is_required else [self.create_option(name, "", "", False, 0)]
        chosen = [str(v) for v in value if str(v) in self.names.by_id]
        for pk in chosen[:1]:
            options.append(self.create_option(name, pk, self.names.by_id[pk], True, len(options)))
        return [(None, options, 0)]


def limit_relation_actors(form_class: type[ModelForm], ecosystem_id: int | None, site) -> None:
    """Let the source and target of ``form_class`` be only actors of this map."""
    names = _ActorNames(ecosystem_id)
    for name in ("source", "target"):
        field = form_class.base_fields.get(name)
        if field is None:  # read-only for who may only look
            continue
        field.widget = MapActorSelect(Relation._meta.get_field(name), site, ecosystem_id, names)
        field.widget.is_required = field.required
        field.queryset = Relation.actor_choices(ecosystem_id)  # also gives the widget its choices
        field.error_messages["invalid_choice"] = Relation.NOT_AN_ACTOR_OF_THIS_MAP


def picking_relation_actors(request: HttpRequest) -> bool:
    """Is this the admin's autocomplete, searching an actor for one end of a relation?"""
    match = request.resolver_match
    return (
        match is not None
        and match.url_name == "autocomplete"
        and request.GET.get("app_label") == Relation._meta.app_label
        and request.GET.get("model_name") == Relation._meta.model_name
    )


def picked_map(request: HttpRequest) -> int | None:
    value = request.GET.get(MAP_PARAMETER, "")
    return int(value) if value.isdigit() else None


class FirstRowsFormSet(LabelledInlineFormSet):
    """At most ``MAP_PAGE_ROWS`` existing rows of the map.

    Shown: the first ones in the model's order. Saved: exactly the rows the page was sent
    with, so that an edit never lands on another row when somebody added or removed one in
    between.
    """

    def get_queryset(self):
        if not hasattr(self, "_queryset"):
            rows = super().get_queryset()
            self._queryset = (
                rows.filter(pk__in=self._sent()) if self.is_bound else rows[:MAP_PAGE_ROWS]
            )
        return self._queryset

    def _sent(self) -> list[int]:
        pk = self.model._meta.pk.name
        values = (
            str(self.data.get(f"{self.add_prefix(i)}-{pk}", ""))
            for i in range(min(self.initial_form_count(), self.absolute_max))
        )
        return [int(value) for value in values if value.isdigit()]

    @property
    def total(self) -> int:
        """How many rows of this kind the map has: counted with the map (EcosystemAdmin's
        queryset); a map not yet saved has none."""
        return getattr(self.instance, self.count_attribute, len(self.get_queryset()))

    @property
    def not_shown(self) -> int:
        return max(0, self.total - len(self.get_queryset()))

    @property
    def list_url(self) -> str:
        opts = self.model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        return f"{url}?{urlencode({'ecosystem__id__exact': self.instance.pk})}"


class MapRowsInline(TabularInline):
    """A first page of one kind of row, with a link to all of them."""

    formset = FirstRowsFormSet
    template = "admin/ecosystem/ecosystem/map_rows.html"
    extra = 1
    show_change_link = True
    count_attribute = ""  # the map's annotation with the number of rows

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.count_attribute = self.count_attribute
        formset.renderer = PLAIN_WIDGETS  # a page of rows is hundreds of widgets
        return formset


class ActorInline(MapRowsInline):
    model = Actor
    count_attribute = "actor_count"
    fields = ["name", "party", "kind", "contributes", "strengthen", "influence", "interest", "note"]


class FactorInline(MapRowsInline):
    model = Factor
    count_attribute = "factor_count"
    fields = ["name", "kind", "effect", "weight", "note"]


class RelationInline(MapRowsInline):
    model = Relation
    count_attribute = "relation_count"
    fields = ["source", "kind", "target", "note"]

    def get_queryset(self, request):
        # Each row is labelled "source → target".
        return super().get_queryset(request).select_related("source", "target")

    def get_formset(self, request, obj: Ecosystem | None = None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        limit_relation_actors(formset.form, obj.pk if obj else None, self.admin_site)
        return formset

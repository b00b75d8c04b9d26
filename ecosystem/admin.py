"""The secretary curates and publishes maps: a map's page with the first of its actors,
factors and relations (see ``admin_rows``), and a list of each kind of row per map."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from duurzaamdoor.admin_history import HistoryAdmin
from duurzaamdoor.admin_import_export import import_export_admin
from duurzaamdoor.admin_lists import CachedCountsAdminMixin
from ecosystem import case_links
from ecosystem.admin_rows import (
    ActorInline,
    FactorInline,
    RelationInline,
    limit_relation_actors,
    picked_map,
    picking_relation_actors,
)
from ecosystem.case_links import ConfirmMapMoveMixin
from ecosystem.choices import EcosystemStatus
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from ecosystem.resources import ActorResource, FactorResource


class EcosystemAdminForm(forms.ModelForm):
    confirm_map_move = case_links.confirm_field()

    class Meta:
        model = Ecosystem
        fields = ["title", "slug", "task", "new_reality", "case", "status", "published_at"]

    def clean(self):
        cleaned = super().clean()
        stored = [self.instance] if self.instance.pk else []
        case_links.confirm_moves(self, "case", stored, cleaned.get("case"))
        return cleaned


@admin.register(Ecosystem)
class EcosystemAdmin(CachedCountsAdminMixin, ConfirmMapMoveMixin, HistoryAdmin):
    form = EcosystemAdminForm
    map_move_field = "case"
    revertible = False  # a map moves to another case only when the secretary confirms it
    # Short columns that fit beside the menu and the filters on a laptop screen (1280 px).
    list_display = ["title", "status", "self_service", "actor_count", "published_at"]
    list_filter = ["status", "self_service", ("actors__party", admin.ChoicesFieldListFilter)]
    search_fields = ["title", "task", "actors__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["case"]
    # Where a map came from is a fact, not a setting: it decides whether it has an edit link.
    readonly_fields = ["self_service", "created_at", "updated_at", "edit_link"]
    inlines = [ActorInline, FactorInline, RelationInline]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "task", "new_reality", "case"]}),
        (_("Publicatie"), {"fields": ["status", "published_at"]}),
        (_("Herkomst"), {"fields": ["self_service", "edit_link", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # The counts also tell the map's page how many rows it does not show.
        return super().get_queryset(request).with_counts(relations=True).distinct()

    @admin.display(description=_("actoren"), ordering="actor_count")
    def actor_count(self, ecosystem: Ecosystem) -> int:
        return ecosystem.actor_count

    def get_fieldsets(self, request: HttpRequest, obj: Ecosystem | None = None) -> list:
        """The team's edit link is a key to the map: shown only to those who may change the
        map themselves, and only for a self-service map (a curated map has none)."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.edit_token and self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "edit_link"]})
            for name, options in fieldsets
        ]

    @admin.display(description=_("bewerklink van het team"))
    def edit_link(self, ecosystem: Ecosystem) -> str:
        url = ecosystem.get_edit_url()
        if url is None:
            return "—"
        if ecosystem.is_published:
            return _("%(url)s (alleen bekijken zolang de kaart gepubliceerd is)") % {"url": url}
        return url

    def _set_status(self, queryset: QuerySet, status: str) -> int:
        changed = 0
        for ecosystem in queryset.exclude(status=status):
            ecosystem.status = status
            ecosystem.save()  # which gives a newly published map its moment
            changed += 1
        return changed

    @admin.action(description=_("Geselecteerde kaarten publiceren"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._set_status(queryset, EcosystemStatus.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d kaart gepubliceerd.", "%(count)d kaarten gepubliceerd.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Geselecteerde kaarten depubliceren"), permissions=["change"])
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._set_status(queryset, EcosystemStatus.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d kaart teruggezet naar concept.",
                "%(count)d kaarten teruggezet naar concept.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


class _MapRowAdmin(CachedCountsAdminMixin, HistoryAdmin):
    """All actors, factors or relations, per map (the map's page links to its list).

    A row stays on its map: moving an actor would take its relations along to another map.
    Each row has its own history, whether it was changed here or on its map's page.
    """

    list_filter = ["ecosystem"]
    list_select_related = ["ecosystem"]
    autocomplete_fields = ["ecosystem"]

    def get_readonly_fields(self, request: HttpRequest, obj=None) -> list:
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, "ecosystem"] if obj is not None else readonly

    def get_changeform_initial_data(self, request: HttpRequest) -> dict:
        """Adding from the list of one map's rows adds to that map."""
        initial = super().get_changeform_initial_data(request)
        shown = QueryDict(request.GET.get("_changelist_filters", "")).get("ecosystem__id__exact")
        if "ecosystem" not in initial and shown and shown.isdigit():
            initial["ecosystem"] = shown
        return initial


@admin.register(Actor)
class ActorAdmin(import_export_admin(), _MapRowAdmin):
    resource_classes = [ActorResource]
    # The kind is one of the filters; with it the list would not fit on a laptop screen.
    list_display = ["name", "ecosystem", "party", "contributes", "strengthen"]
    list_filter = ["ecosystem", "party", "kind"]
    search_fields = ["name", "ecosystem__title"]

    # The admin's autocomplete asks here for the actors at the ends of a relation: only
    # those of the relation's map, found by name.

    def get_search_fields(self, request: HttpRequest) -> list:
        return ["name"] if picking_relation_actors(request) else super().get_search_fields(request)

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str):
        if picking_relation_actors(request):
            queryset = Relation.actor_choices(picked_map(request))
        return super().get_search_results(request, queryset, search_term)


@admin.register(Factor)
class FactorAdmin(import_export_admin(), _MapRowAdmin):
    resource_classes = [FactorResource]
    list_display = ["name", "ecosystem", "kind", "effect", "weight"]
    list_filter = ["ecosystem", "kind", "effect"]
    search_fields = ["name", "ecosystem__title"]


@admin.register(Relation)
class RelationAdmin(_MapRowAdmin):
    """A new relation is added on its map's page, where the map and its actors are known."""

    list_display = ["source", "kind", "target", "ecosystem"]
    list_display_links = ["source", "kind", "target"]
    list_filter = ["ecosystem", "kind"]
    list_select_related = ["ecosystem", "source", "target"]
    search_fields = ["source__name", "target__name", "note"]
    fields = ["ecosystem", "source", "kind", "target", "note"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_form(self, request: HttpRequest, obj: Relation | None = None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        limit_relation_actors(form, obj.ecosystem_id if obj else None, self.admin_site)
        return form

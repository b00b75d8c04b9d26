"""The secretary curates and publishes maps, with actors, factors and relations inline."""

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from duurzaamdoor.admin_history import HistoryAdmin
from duurzaamdoor.admin_inlines import TabularInline
from duurzaamdoor.caching import CachedCountsAdminMixin
from duurzaamdoor.exports import import_export_admin
from ecosystem import case_links
from ecosystem.case_links import ConfirmMapMoveMixin
from ecosystem.choices import EcosystemStatus
from ecosystem.models import Actor, Ecosystem, Factor, Relation
from ecosystem.resources import ActorResource, FactorResource


class ActorInline(TabularInline):
    model = Actor
    extra = 1
    fields = ["name", "party", "kind", "contributes", "strengthen", "influence", "interest", "note"]


class FactorInline(TabularInline):
    model = Factor
    extra = 1
    fields = ["name", "kind", "effect", "weight", "note"]


class RelationInline(TabularInline):
    model = Relation
    extra = 1
    fields = ["source", "kind", "target", "note"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in {"source", "target"}:
            # Only actors of the map being edited (none yet on a new map).
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Actor.objects.filter(ecosystem_id=object_id).order_by("name")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
        return super().get_queryset(request).with_counts().distinct()

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
            if status == EcosystemStatus.PUBLISHED and ecosystem.published_at is None:
                ecosystem.published_at = timezone.now()
            ecosystem.save()
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


class _MapItemAdmin(CachedCountsAdminMixin, import_export_admin(), admin.ModelAdmin):
    """Actors and factors on their own, to import or export those of one map at a time."""

    list_filter = ["ecosystem"]
    list_select_related = ["ecosystem"]
    search_fields = ["name", "ecosystem__title"]


@admin.register(Actor)
class ActorAdmin(_MapItemAdmin):
    resource_classes = [ActorResource]
    # The kind is one of the filters; with it the list would not fit on a laptop screen.
    list_display = ["name", "ecosystem", "party", "contributes", "strengthen"]
    list_filter = ["ecosystem", "party", "kind"]


@admin.register(Factor)
class FactorAdmin(_MapItemAdmin):
    resource_classes = [FactorResource]
    list_display = ["name", "ecosystem", "kind", "effect", "weight"]
    list_filter = ["ecosystem", "kind", "effect"]

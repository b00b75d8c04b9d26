"""The secretary's workplace for lessons, pioneers, sources, audiences and themes."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.utils import bulk_update_with_history
from taggit.models import Tag

from duurzaamdoor.admin_actions import action_page, applying
from duurzaamdoor.admin_checkboxes import CheckboxesAdminMixin
from duurzaamdoor.admin_history import HistoryAdmin
from duurzaamdoor.admin_import_export import import_export_admin
from duurzaamdoor.admin_links import ReverseLinksAdminMixin, reverse_many_field
from duurzaamdoor.admin_lists import CachedCountsAdminMixin
from lessons.choices import LessonStatus
from lessons.models import Audience, Lesson, Pioneer, Source, ThemeTag
from lessons.resources import AudienceResource, LessonResource, PioneerResource, SourceResource
from lessons.services import theme_redirect_record, themes_merge

# Themes are managed as lesson themes; taggit's generic tag list would only confuse.
admin.site.unregister(Tag)


class ThemeListFilter(admin.SimpleListFilter):
    title = _("thema")
    parameter_name = "thema"

    def lookups(self, request, model_admin):
        return [(theme.slug, theme.name) for theme in ThemeTag.objects.order_by("name")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(themes__slug=self.value())
        return queryset


class LessonAdminForm(forms.ModelForm):
    # Cases and meetings link to lessons (Case.lessons, Meeting.lessons).
    cases = reverse_many_field(_("praktijkcases"), Lesson.cases)
    meetings = reverse_many_field(_("bijeenkomsten"), Lesson.meetings)

    class Meta:
        model = Lesson
        fields = [
            "title", "slug", "lead", "body", "themes", "audiences", "parties", "source",
            "pioneers", "status", "published_at",
        ]  # fmt: skip


@admin.register(Lesson)
class LessonAdmin(
    CheckboxesAdminMixin,
    CachedCountsAdminMixin,
    ReverseLinksAdminMixin,
    import_export_admin(),
    HistoryAdmin,
):
    resource_classes = [LessonResource]
    form = LessonAdminForm
    checkbox_fields = ("parties",)
    reverse_links = {"cases": "cases", "meetings": "meetings"}
    # Short columns that fit beside the menu and the filters on a laptop screen (1280 px);
    # the source is one of the filters.
    list_display = ["title", "status", "published_at", "theme_list"]
    list_display_links = ["title"]
    # A date filter, not date_hierarchy: that scans the whole table for its years.
    list_filter = ["status", "published_at", "audiences", "parties", "source", ThemeListFilter]
    search_fields = ["title", "lead", "body"]
    autocomplete_fields = ["pioneers", "source", "audiences"]
    prepopulated_fields = {"slug": ["title"]}
    actions = ["publish", "unpublish"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body"]}),
        (_("Indeling"), {"fields": ["themes", "audiences", "parties"]}),
        (_("Herkomst"), {"fields": ["source", "pioneers"]}),
        (_("Verbonden met"), {"fields": ["cases", "meetings"]}),
        (_("Publicatie"), {"fields": ["status", "published_at", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).prefetch_related("themes")

    @admin.display(description=_("thema's"))
    def theme_list(self, lesson: Lesson) -> str:
        return ", ".join(sorted(theme.name for theme in lesson.themes.all()))

    def _set_status(self, request: HttpRequest, queryset: QuerySet, status: str) -> int:
        lessons = list(queryset.exclude(status=status))
        for lesson in lessons:
            lesson.status = status
            lesson.stamp_publication()  # bulk_update_with_history does not call save()
        bulk_update_with_history(
            lessons, Lesson, ["status", "published_at"], default_user=request.user
        )
        return len(lessons)

    @admin.action(description=_("Geselecteerde lessen publiceren"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._set_status(request, queryset, LessonStatus.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d les gepubliceerd.", "%(count)d lessen gepubliceerd.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Geselecteerde lessen depubliceren"), permissions=["change"])
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = self._set_status(request, queryset, LessonStatus.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d les teruggezet naar concept.",
                "%(count)d lessen teruggezet naar concept.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


class LessonCountMixin:
    """Shows how many lessons use a row, counted in the changelist query itself."""

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(lesson_count=Count("lessons", distinct=True))

    @admin.display(description=_("lessen"), ordering="lesson_count")
    def lesson_count(self, obj) -> int:
        return obj.lesson_count


@admin.register(Pioneer)
class PioneerAdmin(import_export_admin(), LessonCountMixin, admin.ModelAdmin):
    resource_classes = [PioneerResource]
    list_display = [
        "name",
        "organisation",
        "government_layer",
        "region",
        "may_publish",
        "lesson_count",
    ]
    list_filter = ["may_publish", "government_layer", "region"]
    ordering = ["name"]
    search_fields = ["name", "organisation", "role"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(import_export_admin(), LessonCountMixin, admin.ModelAdmin):
    resource_classes = [SourceResource]
    list_display = ["title", "kind", "date", "lesson_count"]
    list_filter = ["kind"]
    ordering = ["-date", "title"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "date"


@admin.register(Audience)
class AudienceAdmin(import_export_admin(), LessonCountMixin, admin.ModelAdmin):
    resource_classes = [AudienceResource]
    list_display = ["name", "slug", "lesson_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["name"]


def _theme_label(theme: ThemeTag) -> str:
    return ngettext(
        "%(name)s (%(count)d les)", "%(name)s (%(count)d lessen)", theme.lesson_count
    ) % {"name": theme.name, "count": theme.lesson_count}


class ThemeMergeForm(forms.Form):
    """Which of the chosen themes stays; the one with the most lessons unless told."""

    target = forms.TypedChoiceField(
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies het thema dat overblijft."),
            "invalid_choice": _("Kies het thema dat overblijft uit de thema's hieronder."),
        },
    )

    def __init__(self, *args, themes: list[ThemeTag], **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.pk: theme for theme in themes}
        self.fields["target"].choices = [(theme.pk, _theme_label(theme)) for theme in themes]
        self.fields["target"].initial = themes[0].pk

    def clean_target(self) -> ThemeTag:
        return self.themes[self.cleaned_data["target"]]


@admin.register(ThemeTag)
class ThemeTagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "lesson_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["name"]
    actions = ["merge"]

    @admin.action(description=_("Geselecteerde thema's samenvoegen"), permissions=["change"])
    def merge(self, request: HttpRequest, queryset: QuerySet):
        themes = list(queryset.order_by("-lesson_count", "name"))
        if len(themes) < 2:
            self.message_user(
                request, _("Kies minstens twee thema's om samen te voegen."), messages.ERROR
            )
            return None
        form = ThemeMergeForm(request.POST if applying(request) else None, themes=themes)
        if applying(request) and form.is_valid():
            target = form.cleaned_data["target"]
            moved = themes_merge(target=target, others=themes)
            self.message_user(
                request,
                ngettext(
                    "Samengevoegd in “%(theme)s”; %(count)d les verhuisd.",
                    "Samengevoegd in “%(theme)s”; %(count)d lessen verhuisd.",
                    moved,
                )
                % {"theme": target.name, "count": moved},
                messages.SUCCESS,
            )
            return None
        return action_page(
            self,
            request,
            template="admin/lessons/themetag/merge.html",
            title=_("Thema's samenvoegen"),
            action="merge",
            selected=themes,
            form=form,
        )

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(lesson_count=Count("tagged_lessons"))

    def save_model(self, request: HttpRequest, obj: ThemeTag, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:  # old links to the theme keep working
            theme_redirect_record(old_slug=form.initial.get("slug", ""), theme=obj)

    @admin.display(description=_("lessen"), ordering="lesson_count")
    def lesson_count(self, theme: ThemeTag) -> int:
        return theme.lesson_count

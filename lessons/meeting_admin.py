"""The secretary runs meetings: statements inline, open and close them, see and export results."""

import csv

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from duurzaamdoor.caching import CachedCountsAdminMixin
from duurzaamdoor.spreadsheet import escape_formula
from lessons.meetings import Meeting, Position, Statement
from lessons.positions import results


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 1
    fields = ["order", "text", "is_open"]


@admin.register(Meeting)
class MeetingAdmin(CachedCountsAdminMixin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "starts_at", "place", "is_published"]
    list_filter = ["kind", "is_published"]
    search_fields = ["title", "summary", "place"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lessons", "cases", "sources"]
    date_hierarchy = "starts_at"
    inlines = [StatementInline]
    readonly_fields = ["statement_results"]
    actions = ["export_positions"]
    fieldsets = [
        (
            None,
            {"fields": ["kind", "title", "slug", "starts_at", "place", "summary", "is_published"]},
        ),
        (_("Verbonden met"), {"fields": ["lessons", "cases", "sources"]}),
        (_("Uitslagen"), {"fields": ["statement_results"]}),
    ]

    @admin.display(description=_("uitslagen per stelling"))
    def statement_results(self, meeting: Meeting) -> str:
        statements = list(meeting.statements.all()) if meeting.pk else []
        if not statements:
            return "—"
        return render_to_string(
            "admin/lessons/meeting/results.html",
            {"statements": statements, "results": results(statements)},
        )

    @admin.action(description=_("Posities exporteren (CSV)"), permissions=["view"])
    def export_positions(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        """Statement, position, party and time; never who took the position."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="posities.csv"'
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow(["bijeenkomst", "stelling", "positie", "waarde", "partij", "tijd"])
        positions = (
            Position.objects.filter(statement__meeting__in=queryset)
            .select_related("statement__meeting")
            .order_by("statement__meeting__starts_at", "statement__order", "created_at")
        )
        for position in positions:
            writer.writerow(
                [
                    escape_formula(position.statement.meeting.title),
                    escape_formula(position.statement.text),
                    position.get_value_display(),
                    position.value,
                    position.get_party_display(),
                    position.updated_at.isoformat(),
                ]
            )
        return response


@admin.register(Statement)
class StatementAdmin(CachedCountsAdminMixin, admin.ModelAdmin):
    list_display = ["text", "meeting", "order", "is_open", "position_count"]
    list_filter = ["is_open", "meeting"]
    list_select_related = ["meeting"]
    search_fields = ["text", "meeting__title"]
    actions = ["open_statements", "close_statements"]
    ordering = ["-meeting__starts_at", "order"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(position_count=Count("positions"))

    @admin.display(description=_("posities"), ordering="position_count")
    def position_count(self, statement: Statement) -> int:
        return statement.position_count

    @admin.action(description=_("Geselecteerde stellingen openen"), permissions=["change"])
    def open_statements(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(is_open=True)
        self.message_user(
            request,
            ngettext("%(count)d stelling geopend.", "%(count)d stellingen geopend.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Geselecteerde stellingen sluiten"), permissions=["change"])
    def close_statements(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(is_open=False)
        self.message_user(
            request,
            ngettext("%(count)d stelling gesloten.", "%(count)d stellingen gesloten.", count)
            % {"count": count},
            messages.SUCCESS,
        )

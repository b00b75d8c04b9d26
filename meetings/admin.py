"""The secretary runs meetings: statements inline, open and close them, see and export
results, and void the positions of a time window (vote stuffing)."""

import datetime
import logging

from django.contrib import admin, messages
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from duurzaamdoor import spreadsheet
from duurzaamdoor.admin_actions import action_page, applying
from duurzaamdoor.admin_history import HistoryAdmin
from duurzaamdoor.admin_inlines import TabularInline
from duurzaamdoor.admin_lists import CachedCountsAdminMixin
from meetings.forms import VoidWindowForm
from meetings.models import Meeting, Statement
from meetings.selectors import counted_positions, minute_tallies, results
from meetings.services import positions_restore, positions_void

logger = logging.getLogger(__name__)


class StatementInline(TabularInline):
    model = Statement
    extra = 1
    fields = ["order", "text", "is_open"]


@admin.register(Meeting)
class MeetingAdmin(CachedCountsAdminMixin, HistoryAdmin):
    list_display = ["title", "kind", "starts_at", "place", "is_published"]
    list_filter = ["kind", "is_published"]
    search_fields = ["title", "summary", "place"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lessons", "cases", "sources"]
    date_hierarchy = "starts_at"
    inlines = [StatementInline]
    readonly_fields = ["statement_results"]
    actions = ["export_positions", "export_positions_xlsx"]
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
            "admin/meetings/meeting/results.html",
            {"statements": statements, "results": results(statements)},
        )

    @admin.action(description=_("Posities exporteren (CSV)"), permissions=["view"])
    def export_positions(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        """Statement, position, party and time; never who took the position."""
        return spreadsheet.download(positions_table(queryset), "posities.csv")

    @admin.action(description=_("Posities exporteren (Excel)"), permissions=["view"])
    def export_positions_xlsx(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse:
        return spreadsheet.download(positions_table(queryset), "posities.xlsx")


def positions_table(meetings: QuerySet):
    """The counted positions of these meetings' statements, one row each, oldest first."""
    positions = (
        counted_positions(Statement.objects.filter(meeting__in=meetings))
        .select_related("statement__meeting")
        .order_by("statement__meeting__starts_at", "statement__order", "created_at")
    )
    headers = [_("Bijeenkomst"), _("Stelling"), _("Positie"), _("Waarde"), _("Partij"), _("Tijd")]
    rows = (
        [
            position.statement.meeting.title,
            position.statement.text,
            position.get_value_display(),
            position.value,
            position.get_party_display(),
            spreadsheet.format_datetime(position.updated_at),
        ]
        for position in positions
    )
    return spreadsheet.table(headers, rows, title=_("Posities"))


@admin.register(Statement)
class StatementAdmin(CachedCountsAdminMixin, admin.ModelAdmin):
    list_display = ["text", "meeting", "order", "is_open", "position_count"]
    list_filter = ["is_open", "meeting"]
    list_select_related = ["meeting"]
    search_fields = ["text", "meeting__title"]
    actions = ["open_statements", "close_statements", "void_positions"]
    ordering = ["-meeting__starts_at", "order"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        counted = Count("positions", filter=Q(positions__voided_at__isnull=True))
        return super().get_queryset(request).annotate(position_count=counted)

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

    @admin.action(
        description=_("Posities van een tijdvak ongeldig verklaren"), permissions=["change"]
    )
    def void_positions(self, request: HttpRequest, queryset: QuerySet):
        """Positions first taken in a window (from a minute up to and including a minute)
        stop counting, in every result, export and chart; or count again ("restore").
        Marked, not deleted: a window chosen wrongly can be undone, the voided positions
        stay visible here per minute, and a participant whose position was voided can take
        it again."""
        statements = list(queryset[:2])
        if len(statements) != 1:
            self.message_user(
                request, _("Kies precies één stelling om posities ongeldig te verklaren."),
                messages.ERROR,
            )  # fmt: skip
            return None
        statement = statements[0]
        form = VoidWindowForm(request.POST if applying(request) else None)
        if applying(request) and form.is_valid():
            start, end = form.window()
            restore = request.POST.get("apply") == "restore"
            count = (positions_restore if restore else positions_void)(statement, start, end)
            window = f"{_local(start)} \N{EN DASH} {_local(end - datetime.timedelta(minutes=1))}"
            text = (
                ngettext(
                    "%(count)d positie telt weer mee (ingenomen %(window)s).",
                    "%(count)d posities tellen weer mee (ingenomen %(window)s).",
                    count,
                )
                if restore
                else ngettext(
                    "%(count)d positie ongeldig verklaard (ingenomen %(window)s).",
                    "%(count)d posities ongeldig verklaard (ingenomen %(window)s).",
                    count,
                )
            ) % {"count": count, "window": window}
            self.log_change(request, statement, text)
            logger.warning(
                "%s %d position(s) of statement %d taken %s to %s, by %s",
                "Restored" if restore else "Voided", count, statement.pk, start.isoformat(),
                end.isoformat(), request.user.get_username(),
            )  # fmt: skip
            self.message_user(request, text, messages.SUCCESS)
            return None
        return action_page(
            self,
            request,
            template="admin/meetings/statement/void_positions.html",
            title=_("Posities van een tijdvak ongeldig verklaren"),
            action="void_positions",
            selected=[statement],
            form=form,
            statement=statement,
            tallies=minute_tallies(statement),
        )


def _local(moment: datetime.datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y H:i")

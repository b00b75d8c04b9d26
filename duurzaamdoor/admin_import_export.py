"""Import and export in the admin: the pages around the spreadsheets of
:mod:`duurzaamdoor.exports` (what happens when the waiting file is gone, an export of what the
list shows, the file's name)."""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from import_export.admin import ExportMixin, ImportExportMixin

from duurzaamdoor import shared_cache, spreadsheet
from duurzaamdoor.export_form import ExportForm
from duurzaamdoor.exports import FORMATS


class ImportExportAdminMixin:
    """Import and export in CSV and Excel for an admin; put it first among the bases.

    An uploaded file waits for confirmation in the shared cache. When it is not there (it
    expired, or the cache was unreachable), the secretary is told so and nothing is
    imported, instead of an error page."""

    formats = FORMATS
    export_form_class = ExportForm

    def add_data_read_fail_error_to_form(self, form, error) -> None:
        if shared_cache.is_down():
            form.add_error("import_file", _NOT_KEPT)
        elif isinstance(error, spreadsheet.UnreadableFile):
            form.add_error("import_file", str(error))
        else:
            super().add_data_read_fail_error_to_form(form, error)

    def get_export_data(self, file_format, request: HttpRequest, queryset, **kwargs):
        """The file; in a workbook numbers and dates stay numbers and dates (import-export
        knows only its own Excel format as binary)."""
        if not self.has_export_permission(request):
            raise PermissionDenied
        kwargs["force_native_type"] = file_format.is_binary()
        return file_format.export_data(self.get_data_for_export(request, queryset, **kwargs))

    def get_export_filename(self, request: HttpRequest, queryset, file_format) -> str:
        """``lessen-2026-10-01.csv``: what the list shows, and the day of the export."""
        with translation.override("nl"):
            name = slugify(str(self.model._meta.verbose_name_plural))
        day = timezone.localdate().isoformat()
        return f"{name}-{day}.{file_format.get_extension()}"

    def process_import(self, request, **kwargs):
        name = request.POST.get("import_file_name", "")
        storage = self.get_tmp_storage_class()(name=name, **self.get_tmp_storage_class_kwargs())
        if name and storage.read() is None:
            messages.error(request, _GONE)
            opts = self.model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_import")
        return super().process_import(request, **kwargs)

    def export_action(self, request: HttpRequest) -> HttpResponse:
        """The export page, which exports what the list shows with the filters in its address.

        Only the list's own filters, its search and its date navigation select what is
        exported; any other parameter (``?foo=1``, ``?title__regex=(``) is ignored, as no
        link of the site makes one. A filter of the list with an impossible value
        (``?published_at__year=abc``) is a bad request with an explanation, not a server
        error.
        """
        request._export_filters_only = True
        try:
            return super().export_action(request)
        except IncorrectLookupParameters:
            opts = self.model._meta
            context = {
                **self.admin_site.each_context(request),
                "title": _("Export niet mogelijk"),
                "opts": opts,
                "changelist_url": reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_changelist",
                    current_app=self.admin_site.name,
                ),
            }
            return TemplateResponse(
                request, "admin/import_export/invalid_filter.html", context, status=400
            )

    def get_changelist(self, request: HttpRequest, **kwargs) -> type:
        changelist = super().get_changelist(request, **kwargs)
        if getattr(request, "_export_filters_only", False):
            return type("FiltersOnlyChangeList", (FiltersOnlyChangeList, changelist), {})
        return changelist


class FiltersOnlyChangeList:
    """A change list that filters only through its list filters and date navigation.

    Django's change list applies every other query parameter as a lookup of its own
    (``?foo=1`` fails on an unknown field, ``?title__regex=(`` only in the database);
    the export uses this one, which drops them.
    """

    def get_filters(self, request: HttpRequest):
        specs, has_filters, remaining, duplicates, active = super().get_filters(request)
        bounds = {f"{self.date_hierarchy}__gte", f"{self.date_hierarchy}__lt"}
        kept = {key: value for key, value in remaining.items() if key in bounds}
        return specs, has_filters, kept, duplicates, active


_NOT_KEPT = _(
    "Je bestand kon nu niet worden klaargezet voor de controle: de cache is even "
    "onbereikbaar. Probeer het over een paar minuten opnieuw."
)
_GONE = _(
    "Het bestand dat je wilde importeren is niet meer beschikbaar: het is verlopen, of de "
    "cache was even onbereikbaar. Er is niets geïmporteerd; upload het bestand opnieuw."
)


def import_export_admin(*, export_only: bool = False) -> type:
    """The import-export admin mixin with our formats."""
    base = ExportMixin if export_only else ImportExportMixin
    return type("KennisbankImportExport", (ImportExportAdminMixin, base), {})

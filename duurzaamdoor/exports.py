"""Import and export in the admin: the formats, and spreadsheet-safe output."""

from diff_match_patch import diff_match_patch
from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.formats import base_formats

from duurzaamdoor import shared_cache
from duurzaamdoor.spreadsheet import escape_formula


class _SafeExport:
    def _escape_formulae(self, dataset) -> None:
        for _row in range(len(dataset)):
            row = dataset.lpop()
            dataset.append([escape_formula(cell) for cell in row])


class CSV(_SafeExport, base_formats.CSV):
    pass


class XLSX(_SafeExport, base_formats.XLSX):
    pass


FORMATS = [CSV, XLSX]


class PlainDiff(resources.Diff):
    """The import preview's differences as <ins> and <del>, without inline styles (CSP)."""

    def as_html(self) -> list[SafeString]:
        data = []
        matcher = diff_match_patch()
        for old, new in zip(self.left, self.right, strict=False):
            if old != new and self.new:
                old = ""
            diff = matcher.diff_main(force_str(old), force_str(new))
            matcher.diff_cleanupSemantic(diff)
            pieces = []
            for operation, text in diff:
                tag = {matcher.DIFF_INSERT: "ins", matcher.DIFF_DELETE: "del"}.get(operation)
                pieces.append(format_html("<{0}>{1}</{0}>", tag, text) if tag else escape(text))
            data.append(mark_safe("".join(pieces)))  # noqa: S308 - every piece is escaped
        return data


class AllOrNothingResource(resources.ModelResource):
    """An import writes every row or none: a row that does not validate rolls back all."""

    def get_diff_class(self) -> type:
        return PlainDiff

    def import_data(self, dataset, **kwargs):
        kwargs.setdefault("rollback_on_validation_errors", True)
        return super().import_data(dataset, **kwargs)


class ImportExportAdminMixin:
    """Import and export in CSV and Excel for an admin; put it first among the bases.

    An uploaded file waits for confirmation in the shared cache. When it is not there (it
    expired, or the cache was unreachable), the secretary is told so and nothing is
    imported, instead of an error page."""

    formats = FORMATS

    def add_data_read_fail_error_to_form(self, form, error) -> None:
        if shared_cache.is_down():
            form.add_error("import_file", _NOT_KEPT)
        else:
            super().add_data_read_fail_error_to_form(form, error)

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
    from import_export.admin import ExportMixin, ImportExportMixin

    base = ExportMixin if export_only else ImportExportMixin
    return type("KennisbankImportExport", (ImportExportAdminMixin, base), {})

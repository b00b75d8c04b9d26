"""Import and export: the file formats, and the resources' base (the admin pages around them
are in duurzaamdoor/admin_import_export.py).

Every file follows the one spreadsheet convention (duurzaamdoor/spreadsheet.py): CSV as
UTF-8 with BOM and ``;``, or Excel; Dutch headers and labels; no formulas. An export
imports again unchanged.

An import is shown first as a preview (a dry run, rolled back) and written when confirmed.
Both must fit well within a request (gunicorn's 30 s), so their cost per row is a small
constant: related rows are looked up per column before the first row (not per row), the
instances of the file are loaded in one query with their links, and the work that a dry
run would only roll back is not done in it — no history rows, no links, no search
vectors. The confirmed import writes links of new rows in bulk and brings the search data
of all rows up to date at once, at the end, in the same transaction. A file holds at most
``MAX_IMPORT_ROWS`` rows.
"""

from diff_match_patch import diff_match_patch
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.utils.encoding import force_str
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import resources, widgets
from import_export.formats import base_formats

from duurzaamdoor import search_index, spreadsheet
from duurzaamdoor.import_widgets import unreadable_value
from duurzaamdoor.resources import SpreadsheetResource

# Measured on Postgres: a preview of 1,000 lessons takes a few seconds (see README).
MAX_IMPORT_ROWS = 1000


class CSV(base_formats.CSV):
    """CSV as duurzaamdoor/spreadsheet.py writes and reads it (BOM, ``;``, no formulas)."""

    CONTENT_TYPE = spreadsheet.CSV_CONTENT_TYPE

    def create_dataset(self, in_stream, **kwargs):
        return spreadsheet.read_csv(in_stream)

    def export_data(self, dataset, **kwargs) -> str:
        return spreadsheet.write_csv(dataset)


class XLSX(base_formats.XLSX):
    """An Excel workbook under the same rules (text escaped; numbers and dates as such)."""

    def create_dataset(self, in_stream):
        return spreadsheet.read_xlsx(in_stream)

    def export_data(self, dataset, **kwargs) -> bytes:
        return spreadsheet.write_xlsx(dataset)


FORMATS = [CSV, XLSX]


class PlainDiff(resources.Diff):
    """The import preview's differences as <ins> and <del>, without inline styles (CSP)."""

    # Both sides read through the resource (diff_value): the base class names itself there.
    def __init__(self, resource, instance, new):
        self.left = self._values(resource, instance)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance) -> None:
        self.right = self._values(resource, instance)

    @staticmethod
    def _values(resource, instance) -> list:
        return [resource.diff_value(field, instance) for field in resource.get_import_fields()]

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


def _render_many(widget: widgets.ManyToManyWidget, objects) -> str:
    """Linked rows as the preview shows them: their keys, sorted, so that order is no change."""
    return widget.separator.join(sorted(str(getattr(obj, widget.field)) for obj in objects))


class AllOrNothingResource(SpreadsheetResource):
    """An import writes every row or none: a row that does not validate rolls back all.

    And costs a bounded amount per row, in the preview and when confirmed (see above).
    """

    def get_diff_class(self) -> type:
        return PlainDiff

    def import_data(self, dataset, dry_run: bool = False, **kwargs):
        kwargs.setdefault("rollback_on_validation_errors", True)
        self.name_columns(dataset)  # before the refusal looks for the key column
        refusal = self._refusal(dataset)
        if refusal:
            return self._refused(dataset, refusal, kwargs.get("raise_errors", False))
        self._dry_run = dry_run
        use_transactions = kwargs.get("use_transactions")
        if use_transactions is None:
            use_transactions = self.get_use_transactions()
        self._in_transaction = bool(use_transactions)
        self._rollback_on_validation_errors = kwargs["rollback_on_validation_errors"]
        self._new_links: dict[type, list] = {}
        with search_index.deferred_updates() as pending:
            self._search_pending = pending
            return super().import_data(dataset, dry_run=dry_run, **kwargs)

    def _refusal(self, dataset) -> str:
        """Why this file is not imported at all, before any row is read; or nothing."""
        if len(dataset) > MAX_IMPORT_ROWS:
            return _(
                "Dit bestand heeft %(count)d regels; één import mag er ten hoogste %(max)d "
                "hebben. Splits het bestand in delen van %(max)d regels of minder en "
                "importeer die na elkaar."
            ) % {"count": len(dataset), "max": MAX_IMPORT_ROWS}
        # import-export says this too, in English only (its message cannot be translated).
        headers = dataset.headers or []
        missing = [
            self.fields[name].column_name
            for name in self.get_import_id_fields()
            if name in self.fields and self.fields[name].column_name not in headers
        ]
        if missing and headers:
            return ngettext(
                "De kolom %(columns)s ontbreekt in de eerste regel van het bestand. Die is "
                "nodig om te zien welke regels al bestaan.",
                "De kolommen %(columns)s ontbreken in de eerste regel van het bestand. Die "
                "zijn nodig om te zien welke regels al bestaan.",
                len(missing),
            ) % {"columns": ", ".join(f"“{column}”" for column in missing)}
        return ""

    def _refused(self, dataset, message: str, raise_errors: bool):
        result = self.get_result_class()()
        result.diff_headers = self.get_diff_headers()
        result.total_rows = len(dataset)
        self.handle_import_error(result, ValueError(message), raise_errors)
        return result

    def get_or_init_instance(self, instance_loader, row):
        """import-export's, with a cell of a key column it cannot read (an unknown map) as an
        error of that column, in Dutch, instead of an English error of the whole row."""
        try:
            return super().get_or_init_instance(instance_loader, row)
        except (ValueError, ArithmeticError, ObjectDoesNotExist):
            errors = {}
            for name in self.get_import_id_fields():
                field = self.fields[name]
                try:
                    field.clean(row)
                except (ValueError, ArithmeticError, ObjectDoesNotExist) as error:
                    value = row.get(field.column_name)
                    errors[field.column_name] = unreadable_value(field.widget, value) or str(error)
            if not errors:
                raise
            raise ValidationError(errors) from None

    def import_field(self, field, instance, row, is_m2m=False, **kwargs) -> None:
        """import-export's, with a Dutch message for a cell its own widgets cannot read (a
        date, a number, an unknown map), shown with its column like any other error."""
        try:
            super().import_field(field, instance, row, is_m2m=is_m2m, **kwargs)
        except (ValueError, ArithmeticError, ObjectDoesNotExist) as error:
            message = unreadable_value(field.widget, row.get(field.column_name))
            if message is None:
                raise
            raise ValueError(message) from error

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The errors of a row under the names of the file's columns (``kaart``), not of the
        model's fields (``ecosystem``)."""
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                raise
            columns = {f.attribute: f.column_name for f in self.get_import_fields() if f.attribute}
            raise ValidationError(
                {columns.get(name, name): errors for name, errors in error.error_dict.items()}
            ) from error

    def before_import(self, dataset, **kwargs) -> None:
        """Look up the related rows of every column at once (widgets that can)."""
        super().before_import(dataset, **kwargs)
        for field in self.get_import_fields():
            prime = getattr(field.widget, "prime", None)
            if prime is not None and field.column_name in (dataset.headers or []):
                prime(dataset[field.column_name])

    def _many_fields(self, row=None) -> list:
        return [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget)
            and (row is None or field.column_name in row)
        ]

    def after_init_instance(self, instance, new, row, **kwargs) -> None:
        """Keep the links an existing row has now, from the loader's prefetch (import-export
        compares against a deep copy, and a copied prefetch would ask the database again)."""
        super().after_init_instance(instance, new, row, **kwargs)
        if not new:
            instance._import_before = {
                field.column_name: list(field.get_value(instance).all())
                for field in self._many_fields(row)
            }

    def skip_row(self, instance, original, row, import_validation_errors=None) -> bool:
        """import-export's rule (skip a row that changes nothing), with the links kept above."""
        if not self._meta.skip_unchanged or self._meta.skip_diff or import_validation_errors:
            return False
        before = getattr(original, "_import_before", {})
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget):
                if field.column_name not in row:
                    continue
                now = before.get(field.column_name, []) if original.pk is not None else []
                if sorted(obj.pk for obj in field.clean(row)) != sorted(obj.pk for obj in now):
                    return False
            elif field.get_value(instance) != field.get_value(original):
                return False
        return True

    def before_save_instance(self, instance, row, **kwargs) -> None:
        super().before_save_instance(instance, row, **kwargs)
        if self._dry_run:
            instance.skip_history_when_saving = True  # the preview is rolled back anyway

    def save_instance(self, instance, is_create, row, **kwargs) -> None:
        instance._import_created = is_create
        super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs) -> None:
        """Links: shown in the preview from the file; written when confirmed, in bulk for a
        new row (it has none yet), through the related manager for an existing one."""
        links = {field: field.clean(row) for field in self._many_fields(row)}
        instance._import_links = {field.column_name: objs for field, objs in links.items()}
        if self._dry_run or not links:
            return
        if not getattr(instance, "_import_created", False):
            super().save_m2m(instance, row, **kwargs)
            return
        for field, objects in links.items():
            relation = instance._meta.get_field(field.attribute)
            through = relation.remote_field.through
            target = relation.m2m_reverse_field_name()
            source = next(
                f.name
                for f in through._meta.fields
                if f.is_relation and f.related_model is type(instance) and f.name != target
            )
            rows = self._new_links.setdefault(through, [])
            seen = set()
            for obj in objects:
                if obj.pk not in seen:
                    seen.add(obj.pk)
                    rows.append(through(**{source: instance, target: obj}))

    def writes(self, result) -> bool:
        """Whether this import is kept: not a dry run, and nothing that rolls it back."""
        if self._dry_run:
            return False
        if not self._in_transaction:
            return True  # without a transaction every saved row stays
        if result.has_errors():
            return False
        return not (self._rollback_on_validation_errors and result.has_validation_errors())

    def after_import(self, dataset, result, **kwargs) -> None:
        """The confirmed import's links of new rows, and everyone's search data, at once."""
        super().after_import(dataset, result, **kwargs)
        if not self.writes(result):
            return  # rolled back: nothing to bring up to date
        for through, rows in self._new_links.items():
            through.objects.bulk_create(rows, batch_size=500)
        search_index.apply_deferred(self._search_pending)

    def diff_value(self, field, instance) -> str:
        """A cell of the preview; links from the file where the dry run did not write them."""
        if instance is None or not isinstance(field.widget, widgets.ManyToManyWidget):
            return field.export(instance)
        for known in (
            getattr(instance, "_import_links", {}),
            getattr(instance, "_import_before", {}),
        ):
            if field.column_name in known:
                return _render_many(field.widget, known[field.column_name])
        manager = field.get_value(instance)
        return _render_many(field.widget, manager.all() if manager is not None else [])

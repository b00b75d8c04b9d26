"""Widgets for bulk import and export: related rows by slug or by name, choices by their
labels, yes/no and dates as people write them, with clear Dutch errors.

Every widget remembers what it looked up, and can look up a whole column at once
(:meth:`prime`, called by the resource before the first row): a file of a thousand lessons
that all name the same source asks the database once, not twice per row.
"""

from django.db.models import Model
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext as _
from import_export import widgets

from duurzaamdoor import spreadsheet
from duurzaamdoor.choices import PartyCode


def _split(value) -> list[str]:
    if value in (None, ""):
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


class Lookups:
    """Related rows by key (exact) or else by name (case-insensitive), remembered per text.

    Created fresh with each resource, so an import never sees another import's rows.
    """

    def __init__(self, model: type[Model], key: str, name_field: str):
        self.model, self.key, self.name_field = model, key, name_field
        self.found: dict[str, Model | None] = {}

    def prime(self, texts: set[str]) -> None:
        """Look up all these texts in two queries; what they do not find, find() asks alone."""
        texts = {text for text in texts if text and text not in self.found}
        if not texts:
            return
        manager = self.model._default_manager
        by_key = {
            str(getattr(obj, self.key)): obj for obj in manager.filter(**{f"{self.key}__in": texts})
        }
        by_name: dict[str, Model] = {}
        named = manager.annotate(_upper=Upper(self.name_field)).filter(
            _upper__in={text.upper() for text in texts}
        )
        # The first by the model's own order, as ``first()`` would pick it.
        for obj in named.order_by(*self.model._meta.ordering, "pk"):
            by_name.setdefault(getattr(obj, self.name_field).upper(), obj)
        for text in texts:
            match = by_key.get(text) or by_name.get(text.upper())
            if match is not None:
                self.found[text] = match

    def find(self, text: str) -> Model | None:
        if text not in self.found:
            manager = self.model._default_manager
            self.found[text] = (
                manager.filter(**{self.key: text}).first()
                or manager.filter(**{f"{self.name_field}__iexact": text}).first()
            )
        return self.found[text]


class SlugOrNameWidget(widgets.ForeignKeyWidget):
    """A foreign key written as the related row's slug, or else its name or title."""

    def __init__(self, model: type[Model], name_field: str, label: str):
        super().__init__(model, field="slug")
        self.name_field = name_field
        self.label = label
        self.lookups = Lookups(model, "slug", name_field)

    def __deepcopy__(self, memo):
        # Each resource (each import) gets its own memory of lookups.
        return type(self)(self.model, self.name_field, self.label)

    def prime(self, values) -> None:
        self.lookups.prime({str(value).strip() for value in values if value not in (None, "")})

    def clean(self, value, row=None, **kwargs):
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        found = self.lookups.find(text)
        if found is None:
            raise ValueError(
                _("Onbekende %(what)s: “%(value)s”.") % {"what": self.label, "value": text}
            )
        return found


class SlugOrNameManyWidget(widgets.ManyToManyWidget):
    """Several related rows, comma-separated, each by slug or by name."""

    def __init__(self, model: type[Model], name_field: str, label: str, key: str = "slug"):
        super().__init__(model, separator=", ", field=key)
        self.name_field = name_field
        self.label = label
        self.key = key
        self.lookups = Lookups(model, key, name_field)

    def __deepcopy__(self, memo):
        return type(self)(self.model, self.name_field, self.label, self.key)

    def prime(self, values) -> None:
        self.lookups.prime({part for value in values for part in _split(value)})

    def clean(self, value, row=None, **kwargs):
        found, missing = [], []
        for part in _split(value):
            match = self.lookups.find(part)
            (found.append(match) if match else missing.append(part))
        if missing:
            raise ValueError(
                _("Onbekende %(what)s: %(values)s.")
                % {"what": self.label, "values": ", ".join(f"“{m}”" for m in missing)}
            )
        return found


# --- values as the spreadsheet convention writes them (duurzaamdoor/spreadsheet.py) ------


class ChoiceWidget(widgets.CharWidget):
    """A choice as its label ("Gepubliceerd"); read back from the label in any language of
    the site, or from the code, in any case."""

    def __init__(self, choices, **kwargs):
        super().__init__(**kwargs)
        self.choices = [(str(value), label) for value, label in choices]
        self._codes: dict[str, str] | None = None

    def __deepcopy__(self, memo):
        return type(self)(self.choices, coerce_to_string=self.coerce_to_string)

    def render(self, value, obj=None, **kwargs):
        for code, label in self.choices:
            if code == value:
                return str(label)
        return super().render(value, **kwargs)

    def clean(self, value, row=None, **kwargs):
        text = str(value).strip() if value is not None else ""
        if not text:
            return super().clean(value, row, **kwargs)
        if self._codes is None:
            self._codes = _codes_by_name(self.choices)
        code = self._codes.get(text.casefold())
        if code is None:
            raise ValueError(
                _("Onbekende waarde “%(value)s”. Kies uit: %(choices)s.")
                % {"value": text, "choices": ", ".join(str(label) for _c, label in self.choices)}
            )
        return code


def _codes_by_name(choices: list[tuple[str, str]]) -> dict[str, str]:
    """Code by code and by label, as the label reads in each language of the site."""
    from django.conf import settings
    from django.utils import translation

    codes = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            codes.update({str(label).casefold(): code for code, label in choices})
    codes.update({code.casefold(): code for code, _label in choices})
    return codes


class YesNoWidget(widgets.BooleanWidget):
    """``ja``/``nee``; read back from what people and spreadsheets write for yes and no."""

    def render(self, value, obj=None, **kwargs):
        return spreadsheet.yes_no(value)

    def clean(self, value, row=None, **kwargs):
        return spreadsheet.parse_yes_no(value)


class DateWidget(widgets.DateWidget):
    """A date as ``01-10-2026`` (an Excel date in a workbook)."""

    def render(self, value, obj=None, **kwargs):
        if kwargs.get("force_native_type"):
            return value
        return spreadsheet.format_date(value)

    def clean(self, value, row=None, **kwargs):
        return spreadsheet.parse_date(value)


class DateTimeWidget(widgets.DateTimeWidget):
    """A moment as ``01-10-2026 09:00``, local time (an Excel date and time in a workbook)."""

    def render(self, value, obj=None, **kwargs):
        if kwargs.get("force_native_type"):  # to the minute, as in CSV; Excel has no zones
            if not value:
                return None
            return timezone.localtime(value).replace(tzinfo=None, second=0, microsecond=0)
        return spreadsheet.format_datetime(value)

    def clean(self, value, row=None, **kwargs):
        return spreadsheet.parse_datetime(value)


class PartiesWidget(widgets.ManyToManyWidget):
    """Parties by their names ("Rijksoverheid, Ondernemers"); read back by name or code."""

    def __init__(self):
        from duurzaamdoor.models import Party

        super().__init__(model=Party, separator=", ", field="label")
        self.codes = ChoiceWidget(PartyCode.choices)
        self._rows: dict | None = None

    def __deepcopy__(self, memo):
        return type(self)()

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(str(party.label) for party in value.all())

    def clean(self, value, row=None, **kwargs):
        codes, unknown = [], []
        for part in _split(value):
            try:
                codes.append(self.codes.clean(part))
            except ValueError:
                unknown.append(part)
        if unknown:
            raise ValueError(
                _("Onbekende %(what)s: %(values)s.")
                % {"what": _("partij"), "values": ", ".join(f"“{m}”" for m in unknown)}
            )
        if self._rows is None:  # the eight rows, once per import
            self._rows = {party.code: party for party in self.model.objects.all()}
        return [self._rows[code] for code in dict.fromkeys(codes)]


def unreadable_value(widget: widgets.Widget, value) -> str | None:
    """What to tell about a cell that one of import-export's own widgets cannot read: their
    messages are English and not translatable ("Value could not be parsed using defined
    formats."). None for any other widget, whose messages are the project's own (those
    above among them: they subclass import-export's)."""
    if not type(widget).__module__.startswith("import_export."):
        return None
    text = "" if value is None else str(value)
    # Dates are read by the spreadsheet convention's own widgets (DateWidget above).
    if isinstance(widget, widgets.IntegerWidget):
        return _("“%(value)s” is geen heel getal.") % {"value": text}
    if isinstance(widget, widgets.NumberWidget):
        return _("“%(value)s” is geen getal.") % {"value": text}
    if isinstance(widget, widgets.ForeignKeyWidget):
        return _("Onbekende %(what)s: “%(value)s”.") % {
            "what": widget.model._meta.verbose_name,
            "value": text,
        }
    return None

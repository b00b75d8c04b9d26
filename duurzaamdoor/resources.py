"""The base of every import-export resource: the spreadsheet convention for models.

Columns are named as the model names its fields, in Dutch; choices, yes/no fields and dates
are written as people read them (see duurzaamdoor/spreadsheet.py and import_widgets).
"""

import re

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models
from django.utils import translation
from django.utils.text import capfirst
from import_export import resources, widgets
from import_export.declarative import ModelDeclarativeMetaclass

from duurzaamdoor import import_widgets


class _DutchColumns(ModelDeclarativeMetaclass):
    """Every column of a resource named as the model names its field, in Dutch ("Titel",
    "Gepubliceerd op"), unless the resource gives it a name of its own; and the values of
    choices, yes/no fields and dates written as people read them (import_widgets)."""

    def __new__(mcs, name, bases, attrs):
        cls = super().__new__(mcs, name, bases, attrs)
        model = cls._meta.model
        if model is None:
            return cls
        with translation.override("nl"):
            for field_name, field in cls.fields.items():
                if field.column_name == field_name:
                    field.column_name = _column_name(model, field_name)
        columns = [field.column_name for field in cls.fields.values()]
        if len(set(columns)) != len(columns):
            raise ImproperlyConfigured(f"{name}: two columns with one name in {columns}")
        return cls


def _column_name(model: type[models.Model], field_name: str) -> str:
    try:
        return str(capfirst(model._meta.get_field(field_name).verbose_name))
    except FieldDoesNotExist:
        return field_name


def _header_key(header) -> str:
    return re.sub(r"[\s_]+", "", str(header or "").casefold())


class SpreadsheetResource(resources.ModelResource, metaclass=_DutchColumns):
    """The base of every resource: the spreadsheet convention of duurzaamdoor/spreadsheet.py.

    Exported in Dutch: headers, labels of choices, ``ja``/``nee``, readable dates. Imported
    from the same, and from files of before (the field's own name as header, codes, ISO
    dates). A cell that shows the current value keeps the value as it is: a moment written
    to the minute does not lose its seconds, so exporting and importing the same file
    changes nothing.
    """

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        field = super().field_from_django_field(field_name, django_field, readonly)
        if django_field.choices and not django_field.is_relation:
            field.widget = import_widgets.ChoiceWidget(django_field.choices)
        elif isinstance(django_field, models.BooleanField):
            field.widget = import_widgets.YesNoWidget()
        elif isinstance(django_field, models.DateTimeField):
            field.widget = import_widgets.DateTimeWidget()
        elif isinstance(django_field, models.DateField):
            field.widget = import_widgets.DateWidget()
        return field

    def export(self, queryset=None, **kwargs):
        if isinstance(queryset, models.QuerySet):
            queryset = self.with_related(queryset)
        with translation.override("nl"):
            dataset = super().export(queryset, **kwargs)
            dataset.title = str(capfirst(self._meta.model._meta.verbose_name_plural))
        return dataset

    def with_related(self, queryset: models.QuerySet) -> models.QuerySet:
        """The rows an export writes with what their columns refer to, in a few queries
        whatever their number (the admin hands over its list's queryset)."""
        single, many = [], []
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, widgets.ForeignKeyWidget) and not widget.key_is_id:
                single.append(field.attribute)
            elif isinstance(widget, widgets.ManyToManyWidget):
                many.append(field.attribute)
        return queryset.select_related(*single).prefetch_related(*many)

    def import_data(self, dataset, dry_run: bool = False, **kwargs):
        self.name_columns(dataset)
        return super().import_data(dataset, dry_run=dry_run, **kwargs)

    def name_columns(self, dataset) -> None:
        """Headers as this resource names its columns: a header that is a column's name or
        its field's name (in any case, with spaces or underscores) becomes that column's."""
        if not dataset.headers:
            return
        names: dict[str, str] = {}
        for field in self.fields.values():
            names.setdefault(_header_key(field.column_name), field.column_name)
        for field_name, field in self.fields.items():
            for alias in (field_name, field.attribute):
                names.setdefault(_header_key(alias), field.column_name)
        dataset.headers = [names.get(_header_key(header), header) for header in dataset.headers]

    def import_field(self, field, instance, row, is_m2m: bool = False, **kwargs) -> None:
        if not is_m2m and self._shows_current_value(field, instance, row):
            return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    @staticmethod
    def _shows_current_value(field, instance, row) -> bool:
        """Whether the cell reads as the value the existing row has (as the export writes
        it). Related rows are left out: rendering them could ask the database."""
        if instance.pk is None or field.column_name not in row or not field.attribute:
            return False
        if isinstance(field.widget, widgets.ForeignKeyWidget | widgets.ManyToManyWidget):
            return False
        try:
            return field.clean(row) == field.widget.clean(field.export(instance))
        except ValueError:
            return False  # the import itself names the error

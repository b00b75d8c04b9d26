"""The export page's choice of columns, each named as the admin names it."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from import_export.forms import SelectableFieldsExportForm
from import_export.resources import ModelResource


def column_label(resource: type[ModelResource], name: str) -> str:
    """A column as the admin names it: the model field's own name ("Gepubliceerd op"),
    or else the column's."""
    field = resource.fields.get(name)
    attribute = (field.attribute if field is not None else None) or name
    try:
        label = resource._meta.model._meta.get_field(attribute.split("__")[0]).verbose_name
    except FieldDoesNotExist:
        label = field.column_name if field is not None else name
    return capfirst(label)


class ExportForm(SelectableFieldsExportForm):
    """import-export's export form, with each column to choose named as in the admin,
    not after its attribute ("Published At")."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        for resource in resources:
            for name in resource().get_export_order():
                form_field = self.fields.get(self.create_boolean_field_name(resource, name))
                if form_field is not None:
                    form_field.label = column_label(resource, name)

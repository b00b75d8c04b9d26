"""Many-to-many fields shown as tick boxes in the admin (the eight parties, say).

Set through ``formfield_for_manytomany``, so that Django knows the widget when it writes
the help text: for a multiple select it adds "Houd 'Control' … ingedrukt om meerdere
items te selecteren", which is wrong for tick boxes (the widget swapped later keeps it).
"""

from django import forms


class CheckboxesAdminMixin:
    checkbox_fields: tuple[str, ...] = ()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.checkbox_fields:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

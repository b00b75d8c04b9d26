"""Rows of related objects in a table on an admin page, with fields that say what they are.

A tabular inline shows each field's label once, as the header of its column; Django gives
the inputs in the rows no label of their own, so a screen reader announces "edit text" and
nothing more. Every inline in this admin derives from :class:`TabularInline`, which names
each input after its column.
"""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.forms.utils import pretty_name
from django.utils.text import capfirst


class LabelledInlineFormSet(BaseInlineFormSet):
    """Each visible field of each row gets its column header as ``aria-label``."""

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)  # adds the "Verwijderen?" checkbox, among others
        for name, field in form.fields.items():
            widget = field.widget
            # The admin wraps relations in a widget with add/change links; label the input.
            while hasattr(widget, "widget"):
                widget = widget.widget
            if not widget.is_hidden:
                widget.attrs.setdefault("aria-label", capfirst(field.label or pretty_name(name)))


class TabularInline(admin.TabularInline):
    formset = LabelledInlineFormSet

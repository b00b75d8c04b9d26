"""Links between content, editable from both ends in the admin.

A many-to-many or foreign key lives on one model, but the secretary wants to choose, say,
a lesson's cases on the lesson's own page. These form fields edit such a reverse relation,
with the admin's autocomplete.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db.models import Field, QuerySet
from django.utils.text import capfirst


def reverse_link_field(label: str, queryset: QuerySet, lookup_field: Field) -> forms.Field:
    """A multiple choice with autocomplete; ``lookup_field`` is any field that points at the
    chosen model, used only to ask the admin's autocomplete for choices. The label is
    capitalised as the admin does with model fields ("Praktijkcases:")."""
    return forms.ModelMultipleChoiceField(
        label=capfirst(label),
        queryset=queryset,
        required=False,
        widget=AutocompleteSelectMultiple(lookup_field, admin.site),
    )


def reverse_many_field(label: str, accessor) -> forms.Field:
    """:func:`reverse_link_field` for the other end of a many-to-many relation declared
    elsewhere, given as its reverse accessor (``Lesson.meetings``): the choices are the
    models that declare it, asked for through the relation's own link table. So an app
    can edit links that another app, built on top of it, adds to its models without
    importing that app."""
    declared = accessor.field
    link_table = accessor.through._meta.get_field(declared.m2m_field_name())
    return reverse_link_field(label, declared.model._default_manager.all(), link_table)


class ReverseLinksAdminMixin:
    """Saves the reverse link fields named in ``reverse_links`` (form field -> accessor)."""

    reverse_links: dict[str, str] = {}

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        accessors = self.reverse_links

        class WithInitialLinks(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if self.instance.pk:
                    for name, accessor in accessors.items():
                        if name in self.fields:
                            self.fields[name].initial = getattr(self.instance, accessor).all()

        return WithInitialLinks

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        for name, accessor in self.reverse_links.items():
            if name in form.cleaned_data:
                getattr(form.instance, accessor).set(form.cleaned_data[name])

"""Text as it is stored: no control characters, and single-line fields on one line.

Every text field of the project's models is a ``SingleLineField`` or a ``MultiLineField``
(below), so one rule cleans every text, whichever way it arrives: a public form, the map
editor, an admin form, an import, a service or a management command. The fields clean
twice, with the same function:

- when a form or an import validates the value (``to_python``, and the form field a
  model form gets), so that "required" and the length limits see the clean text; a title
  of nothing but control characters is an empty title, and refused as such;
- just before the value is written: ``pre_save`` for ``save()`` and ``bulk_create()``,
  ``to_python`` (through ``get_prep_value``) for ``update()`` and lookups, so that
  nothing reaches the database that did not pass through here.

Removed: C0 control characters except tab, line feed and carriage return; DEL; C1
control characters; lone surrogates (halves of a broken UTF-16 pair); U+FFFE and U+FFFF,
which are no characters at all. Nobody types them on purpose, XML 1.0 (the feeds, the map
SVG) cannot carry them, and an e-mail header breaks on them. A single-line field (a
title, a name) also turns tabs and line breaks of every kind into a space.

What was stored before this rule existed is made safe where it leaves the site:
``xml_safe`` for XML output, ``single_line`` for e-mail subjects.
"""

import re

from django import forms
from django.db import models

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")


def without_control_characters(text: str) -> str:
    """``text`` without the characters above; tabs and line breaks stay."""
    return _CONTROL.sub("", text)


def single_line(text: str) -> str:
    """``text`` without control characters, on one line: breaks and tabs become a space."""
    return _BREAKS.sub(" ", without_control_characters(text))


def clean_text(value, *, multiline: bool):
    """The stored form of a text value; anything but a string is returned as it is."""
    if not isinstance(value, str):
        return value
    return without_control_characters(value) if multiline else single_line(value)


def xml_safe(text: str) -> str:
    """Text that XML 1.0 can carry (for output of what may already be stored)."""
    return without_control_characters(text)


# --- form fields -----------------------------------------------------------------------


class SingleLineFormField(forms.CharField):
    """A form's text field, cleaned by the rule above before it is validated."""

    multiline = False

    def to_python(self, value):
        return super().to_python(clean_text(value, multiline=self.multiline))


class MultiLineFormField(SingleLineFormField):
    multiline = True


# --- model fields ----------------------------------------------------------------------


class _CleanText:
    multiline = False
    form_class: type[forms.CharField] = SingleLineFormField

    def to_python(self, value):
        return clean_text(super().to_python(value), multiline=self.multiline)

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        cleaned = clean_text(value, multiline=self.multiline)
        if cleaned != value:
            setattr(model_instance, self.attname, cleaned)
        return cleaned

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", self.form_class)
        return super().formfield(**kwargs)

    def deconstruct(self):
        # Stored exactly like Django's own field: the rule needs no column or migration.
        name, _path, args, kwargs = super().deconstruct()
        return name, f"django.db.models.{self._django_field.__name__}", args, kwargs


class SingleLineField(_CleanText, models.CharField):
    """A ``CharField`` (a title, a name): one line, no control characters."""

    _django_field = models.CharField


class MultiLineField(_CleanText, models.TextField):
    """A ``TextField``: line breaks and tabs allowed, no control characters."""

    multiline = True
    form_class = MultiLineFormField
    _django_field = models.TextField

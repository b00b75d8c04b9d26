"""Text as it is stored: no control characters, single-line fields on one line, one kind
of line break, no surrounding whitespace.

Every text field of the project's models is a ``SingleLineField`` or a ``MultiLineField``
(below), so one rule cleans every text, whichever way it arrives: a public form, the map
editor, an admin form, an import, a service or a management command. The fields clean
twice, with the same function:

- when a form or an import validates the value (``to_python``, and the form field a
  model form gets), so that "required" and the length limits see the clean text; a title
  of nothing but control characters is an empty title, and refused as such;
- just before the value is written: ``pre_save`` for ``save()`` and ``bulk_create()``,
  ``get_db_prep_save`` for ``update()`` and ``bulk_update()``, and ``to_python``
  (through ``get_prep_value``) for lookups, so that nothing reaches the database that
  did not pass through here.

Removed: C0 control characters except tab, line feed and carriage return; DEL; C1
control characters; lone surrogates (halves of a broken UTF-16 pair); U+FFFE and U+FFFF,
which are no characters at all. Nobody types them on purpose, XML 1.0 (the feeds, the map
SVG) cannot carry them, and an e-mail header breaks on them. A single-line field (a
title, a name) also turns tabs and line breaks of every kind into a space; a multi-line
field keeps its line breaks as line feeds only (a browser sends each as CR LF).

What is written is also without surrounding whitespace, as every form field strips it
(``stored_text``). So a text is stored the same whichever way it came, and saving a form
unchanged changes nothing: the history records no change that was not made.

What was stored before this rule existed is made safe where it leaves the site:
``xml_safe`` for XML output, ``single_line`` for e-mail subjects.
"""

import re

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import ngettext

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")
_LINE_ENDINGS = re.compile("\r\n?")


def without_control_characters(text: str) -> str:
    """``text`` without the characters above; tabs and line breaks stay."""
    return _CONTROL.sub("", text)


def single_line(text: str) -> str:
    """``text`` without control characters, on one line: breaks and tabs become a space."""
    return _BREAKS.sub(" ", without_control_characters(text))


def clean_text(value, *, multiline: bool):
    """A text value without control characters, its line breaks as line feeds (or on one
    line); anything but a string is returned as it is."""
    if not isinstance(value, str):
        return value
    if multiline:
        return _LINE_ENDINGS.sub("\n", without_control_characters(value))
    return single_line(value)


def stored_text(value, *, multiline: bool):
    """The form a text value is written in: ``clean_text`` without surrounding whitespace,
    as a form field would give it."""
    value = clean_text(value, multiline=multiline)
    return value.strip() if isinstance(value, str) else value


def xml_safe(text: str) -> str:
    """Text that XML 1.0 can carry (for output of what may already be stored)."""
    return without_control_characters(text)


# --- form fields -----------------------------------------------------------------------


class TextLengthValidator(validators.MaxLengthValidator):
    """The length limit, told as the person typing needs it: how long the text is, how long
    it may be, and how much shorter it has to become.

    A line break counts as one character, as in the browser (and its counter), though the
    browser sends it as two (CR LF).
    """

    def clean(self, x) -> int:
        return len(x.replace("\r\n", "\n"))

    def __call__(self, value) -> None:
        length = self.clean(value)
        if not self.compare(length, self.limit_value):
            return
        excess = length - self.limit_value
        message = ngettext(
            "Deze tekst is %(length)s tekens lang en mag maximaal %(limit)s tekens zijn. "
            "Maak hem %(excess)s teken korter.",
            "Deze tekst is %(length)s tekens lang en mag maximaal %(limit)s tekens zijn. "
            "Maak hem %(excess)s tekens korter.",
            excess,
        ) % {
            "length": number_format(length, force_grouping=True),
            "limit": number_format(self.limit_value, force_grouping=True),
            "excess": number_format(excess, force_grouping=True),
        }
        raise ValidationError(message, code=self.code)


class SingleLineFormField(forms.CharField):
    """A form's text field, cleaned by the rule above before it is validated.

    A length limit is never rendered as ``maxlength``: the browser would cut pasted text
    at the limit without a word. It becomes ``data-maxlength`` instead, for the counter
    (static/js/character-count.js), and the server refuses a longer text with a message
    that says how long it is (:class:`TextLengthValidator`), keeping it in the form.
    """

    multiline = False
    # False for a field that needs no counter (an e-mail address), only the limit.
    counted = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            TextLengthValidator(validator.limit_value)
            if type(validator) is validators.MaxLengthValidator
            else validator
            for validator in self.validators
        ]

    def to_python(self, value):
        return super().to_python(clean_text(value, multiline=self.multiline))

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        limit = attrs.pop("maxlength", None)
        if limit is not None and self.counted:
            attrs["data-maxlength"] = limit
        return attrs


class MultiLineFormField(SingleLineFormField):
    multiline = True


class EmailFormField(SingleLineFormField, forms.EmailField):
    """An e-mail address: the same limit without truncation, no counter."""

    counted = False


# --- model fields ----------------------------------------------------------------------


class _CleanText:
    multiline = False
    form_class: type[forms.CharField] = SingleLineFormField

    def to_python(self, value):
        return clean_text(super().to_python(value), multiline=self.multiline)

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        stored = stored_text(value, multiline=self.multiline)
        if stored != value:
            setattr(model_instance, self.attname, stored)
        return stored

    def get_db_prep_save(self, value, connection):
        # update() and bulk_update() write without pre_save().
        return super().get_db_prep_save(stored_text(value, multiline=self.multiline), connection)

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

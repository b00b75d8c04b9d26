"""Moments the secretary edits, stored to the second.

The admin shows and sends a date and time to the second (``HH:MM:SS``). A moment set by
code (``timezone.now()`` when a lesson or map is published) has microseconds; saving its
form unchanged would then change it, and the history would record a change nobody made.
Stored to the second, whichever way it is written, the form gives back what is stored.
"""

import datetime

from django.db import models


def whole_seconds(value):
    """``value`` without its microseconds; anything but a datetime is returned as it is."""
    if isinstance(value, datetime.datetime) and value.microsecond:
        return value.replace(microsecond=0)
    return value


class WholeSecondsDateTimeField(models.DateTimeField):
    """A ``DateTimeField`` written without microseconds (``save()``, ``bulk_create()``,
    ``update()``, ``bulk_update()``); lookups compare as before."""

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        stored = whole_seconds(value)
        if stored is not value:
            setattr(model_instance, self.attname, stored)
        return stored

    def get_db_prep_save(self, value, connection):
        return super().get_db_prep_save(whole_seconds(value), connection)

    def deconstruct(self):
        # Stored exactly like Django's own field: no column change, no migration.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DateTimeField", args, kwargs

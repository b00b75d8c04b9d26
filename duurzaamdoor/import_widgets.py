"""Widgets for bulk import: related rows by slug or by name, with clear Dutch errors."""

from django.db.models import Model
from django.utils.translation import gettext as _
from import_export import widgets


def _split(value) -> list[str]:
    if value in (None, ""):
        return []
    return [part.strip() for part in str(value).split(",") if part.strip()]


class SlugOrNameWidget(widgets.ForeignKeyWidget):
    """A foreign key written as the related row's slug, or else its name or title."""

    def __init__(self, model: type[Model], name_field: str, label: str):
        super().__init__(model, field="slug")
        self.name_field = name_field
        self.label = label

    def clean(self, value, row=None, **kwargs):
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        found = (
            self.model.objects.filter(slug=text).first()
            or self.model.objects.filter(**{f"{self.name_field}__iexact": text}).first()
        )
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

    def clean(self, value, row=None, **kwargs):
        found, missing = [], []
        for part in _split(value):
            match = (
                self.model.objects.filter(**{self.key: part}).first()
                or self.model.objects.filter(**{f"{self.name_field}__iexact": part}).first()
            )
            (found.append(match) if match else missing.append(part))
        if missing:
            raise ValueError(
                _("Onbekende %(what)s: %(values)s.")
                % {"what": self.label, "values": ", ".join(f"“{m}”" for m in missing)}
            )
        return found

"""Filters from the query string that never fail a page, for every list of the site.

A value nobody has any more is not a reason to fail: a value that moved (a merged or
renamed theme) is redirected to its new place, permanently, so bookmarks and crawlers
learn it; any other unknown value is left out, and the page says so at the top of its
results, with a link to the address without it. Such an address is answered but not kept
in the page cache (:func:`duurzaamdoor.caching.not_canonical`): every unknown value would
otherwise be a page of its own.

A FilterSet may declare where its old values went with ``moved_values(unknown)``: for the
unknown values of each filter (``{name: [value, ...]}``), ``{name: {old: new}}``.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

import django_filters
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponsePermanentRedirect, QueryDict
from django.utils.translation import gettext as _

from duurzaamdoor.caching import canonical_query, not_canonical

MAX_SHOWN_VALUE = 60  # characters of an unknown value that a notice repeats
UNKNOWN_VALUE = "%(filter)s “%(value)s” bestaat niet (meer), dus die keuze is weggelaten."


class ValuesFilterSet(django_filters.FilterSet):
    """Filters that only read and check the values in the address, for a page that selects
    by itself (the site search, the actors of a map): no model, no queryset."""

    _NO_ROWS = SimpleNamespace(model=None)  # what django-filter asks of a queryset here

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=self._NO_ROWS if queryset is None else queryset, **kwargs)

    @property
    def qs(self):
        raise NotImplementedError("This page selects by itself; see its view.")

    def value(self, name: str):
        """The checked value of filter ``name`` (after ``is_valid()``)."""
        return self.form.cleaned_data.get(name)


@dataclass(frozen=True)
class FilterNotice:
    """What a list says about a value it left out, and the address without that value."""

    text: str
    remove_text: str
    remove_url: str


@dataclass
class Filters:
    """The checked filters of a list page: a FilterSet with only known values, what was
    left out, or where the address moved to (then answer with ``redirect``)."""

    filterset: django_filters.FilterSet | None
    notices: list[FilterNotice] = field(default_factory=list)
    redirect: HttpResponsePermanentRedirect | None = None


def resolve_filters(
    filterset_class: type[django_filters.FilterSet],
    request: HttpRequest,
    queryset: QuerySet | None = None,
    **kwargs,
) -> Filters:
    """The filters of ``request.GET`` for ``filterset_class`` (see the module docstring)."""
    data = request.GET.copy()
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    if filterset.is_valid():
        return Filters(filterset)
    unknown = _unknown_values(filterset, data)
    moved = _moved(filterset, unknown)
    if moved:
        for name, values in moved.items():
            data.setlist(name, list(dict.fromkeys(values.get(v, v) for v in data.getlist(name))))
        return Filters(None, redirect=HttpResponsePermanentRedirect(_address(request, data)))
    not_canonical()
    notices = []
    for name, values in unknown.items():
        label = filterset.filters[name].label if name in filterset.filters else name
        for value in values:
            shown = _shorten(value)
            text = _("%(filter)s “%(value)s” bestaat niet (meer), dus die keuze is weggelaten.")
            notices.append(
                FilterNotice(
                    text=text % {"filter": label, "value": shown},
                    remove_text=_("Toon zonder “%(value)s”") % {"value": shown},
                    remove_url=_address(request, _without(data, name, [value])),
                )
            )
    for name, values in unknown.items():
        data = _without(data, name, values)
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    filterset.is_valid()
    return Filters(filterset, notices)


def _unknown_values(filterset: django_filters.FilterSet, data: QueryDict) -> dict[str, list[str]]:
    """Per filter in error, the values it does not know (all of them for a free field)."""
    unknown = {}
    for name in filterset.errors:
        values = data.getlist(name)
        form_field = filterset.form.fields.get(name)
        if hasattr(form_field, "valid_value"):  # a choice: only the unknown choices go
            values = [value for value in values if not form_field.valid_value(value)]
        unknown[name] = values
    return {name: values for name, values in unknown.items() if values}


def _moved(filterset, unknown: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    moved_values = getattr(filterset, "moved_values", None)
    if moved_values is None or not unknown:
        return {}
    return {name: values for name, values in moved_values(unknown).items() if values}


def _without(data: QueryDict, name: str, values: list[str]) -> QueryDict:
    data = data.copy()
    kept = [value for value in data.getlist(name) if value not in values]
    if kept:
        data.setlist(name, kept)
    else:
        data.pop(name, None)
    return data


def _address(request: HttpRequest, data: QueryDict) -> str:
    query = canonical_query(data, data.keys()).urlencode()
    return f"{request.path}?{query}" if query else request.path


def _shorten(value: str) -> str:
    return value if len(value) <= MAX_SHOWN_VALUE else value[: MAX_SHOWN_VALUE - 1] + "…"

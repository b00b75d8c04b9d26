"""Filters from the query string that never fail a page: unknown values are dropped."""

import django_filters
from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _

from duurzaamdoor.caching import not_canonical


def valid_filterset(
    filterset_class: type[django_filters.FilterSet],
    request: HttpRequest,
    queryset: QuerySet,
    **kwargs,
) -> django_filters.FilterSet:
    """The filters from ``request.GET``; a filter with an unknown value is left out, with a
    message, so that an old bookmark still shows something useful (and the page is not
    kept in the cache: every unknown value would otherwise be a page of its own)."""
    data = request.GET.copy()
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    if filterset.is_valid():
        return filterset
    not_canonical()
    for name in filterset.errors:
        label = filterset.filters[name].label if name in filterset.filters else name
        messages.warning(
            request,
            _("Het filter “%(filter)s” bevatte een onbekende waarde en is niet toegepast.")
            % {"filter": label},
        )
        data.pop(name, None)
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    filterset.is_valid()
    return filterset

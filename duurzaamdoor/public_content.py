"""What the public sees, table by table.

For every table a public page may read, the rows of it that the public can see, as a
queryset built from the apps' own vocabulary (``published()``, ``public()``, …): each app
registers its tables from its ``AppConfig.ready`` (``lessons/public.py``, …). A write
that touches none of these rows (a draft map, a case that is not public, a vote on an
open statement) changes no public page; a write that does touch one bumps the table's
version (:mod:`duurzaamdoor.table_versions`), and with it every cached page that read it.

A public page that reads a table missing here is never stored in the cache: a new table
cannot make a page stale by being forgotten, only slower.
"""

from collections.abc import Callable, Iterable

from django.contrib.auth import get_permission_codename
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest

from duurzaamdoor.models import Party, SearchTerm

# What an app gives: pairs of a model and the queryset of its public rows.
PublicRows = Callable[[], Iterable[tuple[type[Model], QuerySet]]]


def _site_rows() -> list[tuple[type[Model], QuerySet]]:
    return [(Party, Party.objects.all()), (SearchTerm, SearchTerm.objects.all())]


_SOURCES: list[PublicRows] = [_site_rows]


def register(rows: PublicRows) -> None:
    """Add the public rows of an app's tables (from its ``AppConfig.ready``)."""
    if rows not in _SOURCES:
        _SOURCES.append(rows)


def public_rows() -> dict[type[Model], QuerySet]:
    """Every table a public page may read, with the queryset of its public rows."""
    return dict(pair for rows in _SOURCES for pair in rows())


def links(through: type[Model], field: str, owners: QuerySet) -> tuple[type[Model], QuerySet]:
    """Rows of ``through`` that are public because the row they point to (``field``) is."""
    return through, through.objects.filter(**{f"{field}__in": owners})


def is_public(obj: Model) -> bool:
    """Whether the public sees this object (one of the rows above); unlisted models: no."""
    rows = public_rows().get(type(obj))
    return rows is not None and rows.filter(pk=obj.pk).exists()


def may_preview(user, model: type[Model]) -> bool:
    """Staff with the view permission on a model may preview what of it is not public: a
    draft lesson or map, a case that is not public, a pioneer without consent. The one rule
    of every public page and of the admin's "view on site"."""
    opts = model._meta
    codename = get_permission_codename("view", opts)
    return bool(user.is_staff and user.has_perm(f"{opts.app_label}.{codename}"))


def shown_or_404(request: HttpRequest, obj: Model, *, public: bool) -> Model:
    """``obj`` for its public page: when it is ``public``, or for whoever may preview it
    (:func:`may_preview`); for anyone else the page does not exist (404, not 403, so that
    the address gives nothing away). Every public detail page asks here."""
    if not public and not may_preview(request.user, type(obj)):
        raise Http404
    return obj

"""Slugs: the part of an address made from a title, unique within its table."""

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils.text import slugify

MAX_BASE = 200  # leaves room in a slug field of 220 for "-2", "-3", …


def unique_slug(title: str, taken: QuerySet, *, fallback: str, reserved: Iterable[str] = ()) -> str:
    """The slug of ``title`` (``fallback`` when it has no letters or digits), with "-2",
    "-3", … after it while ``taken`` (the table's rows, minus the row itself when it is
    renamed) holds it, or it is one of the ``reserved`` words of the addresses."""
    base = slugify(title)[:MAX_BASE] or fallback
    reserved = set(reserved)
    slug, number = base, 2
    while slug in reserved or taken.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug

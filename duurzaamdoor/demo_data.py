"""Demo content from TOML data files (``<app>/demo/*.toml``), checked before it is used.

The files are the curator's: prose, dates and codes, no Python. Each app says what an entry
looks like as a dict of key → expected type (see ``load``), so a missing, unknown or
mistyped field stops ``seed_demo`` with the file and the entry named, instead of a KeyError
or a row with a wrong value. TOML rather than JSON: comments, multi-line literal strings for
Markdown (no escapes) and real dates.
"""

import dataclasses
import datetime
import tomllib
import types
import typing
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import models


class DemoDataError(CommandError):
    """A data file that cannot be read or does not match what its app expects. A
    CommandError, so that ``seed_demo`` stops with this message rather than a traceback."""


@dataclasses.dataclass(frozen=True)
class Tables:
    """A key holding an array of tables (``[[parent.key]]``), each entry like ``schema``;
    without such blocks the key is an empty list."""

    schema: dict[str, object]


def load(path: Path, name: str, schema: dict[str, object]) -> list[dict]:
    """The ``[[name]]`` entries of the file at ``path``, each checked against ``schema``.

    A schema maps every key to what its value must be: ``str``, ``int``, ``bool``,
    ``datetime.date``, a ``TextChoices`` class (one of its values), ``list[...]`` of one of
    those, or ``Tables(schema)`` for nested entries. ``T | None`` makes a key optional; left
    out, it is None. Text is stripped of surrounding whitespace, as a form would store it,
    so a ``'''`` block may start and end on a line of its own.
    """
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise DemoDataError(f"{_shown(path)}: niet te lezen ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{_shown(path)}: geen geldige TOML: {error}") from None
    unknown = sorted(set(data) - {name})
    if unknown:
        raise DemoDataError(
            f"{_shown(path)}: verwacht alleen [[{name}]]-blokken, niet {', '.join(unknown)}"
        )
    if name not in data:
        raise DemoDataError(f"{_shown(path)}: geen [[{name}]]-blokken gevonden")
    return _entries(data[name], schema, _shown(path), name)


def label(name: str, number: int, entry: dict) -> str:
    """How a message names an entry: its table, its number in the file, its slug or name."""
    ident = entry.get("slug") or entry.get("name")
    return f"{name} nr. {number}" + (f" ({ident})" if isinstance(ident, str) else "")


def check_references(
    path: Path, place: str, entries: list[dict], key: str, known: Iterable[str], where: str
) -> None:
    """Every value of ``key`` (text, a list of text, or None) is one of ``known``; ``where``
    says in a message where those are defined."""
    known = set(known)
    for number, entry in enumerate(entries, 1):
        values = entry[key] if isinstance(entry[key], list) else [entry[key]]
        for value in values:
            if value is not None and value not in known:
                raise DemoDataError(
                    f"{_shown(path)}, {label(place, number, entry)}: '{key}' noemt "
                    f'"{value}", maar dat staat niet in {where}'
                )


def _entries(entries: object, schema: dict[str, object], place: str, table: str) -> list[dict]:
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise DemoDataError(f"{place}: '{table}' moet een reeks [[...]]-blokken zijn")
    return [
        _entry(entry, schema, f"{place}, {label(table, number, entry)}")
        for number, entry in enumerate(entries, 1)
    ]


def _entry(entry: dict, schema: dict[str, object], place: str) -> dict:
    unknown = [key for key in entry if key not in schema]
    if unknown:
        raise DemoDataError(
            f"{place}: onbekend veld '{unknown[0]}' (bekend zijn: {', '.join(schema)})"
        )
    checked = {}
    for key, expected in schema.items():
        required, expected = _required(expected)
        if key not in entry and isinstance(expected, Tables):
            checked[key] = []  # no [[parent.key]] blocks
        elif key not in entry:
            if required:
                raise DemoDataError(f"{place}: het veld '{key}' ontbreekt")
            checked[key] = None
        elif isinstance(expected, Tables):
            checked[key] = _entries(entry[key], expected.schema, place, key)
        else:
            checked[key] = _value(entry[key], expected, f"{place}: '{key}'")
    return checked


def _required(expected: object) -> tuple[bool, object]:
    if isinstance(expected, types.UnionType) and type(None) in typing.get_args(expected):
        rest = [arg for arg in typing.get_args(expected) if arg is not type(None)]
        return False, rest[0]
    return True, expected


def _value(value: object, expected: object, what: str) -> object:
    if typing.get_origin(expected) is list:
        (item,) = typing.get_args(expected)
        if not isinstance(value, list):
            raise DemoDataError(f"{what} moet {_describe(expected)} zijn, niet {_show(value)}")
        return [_value(element, item, f"{what} (een waarde in de lijst)") for element in value]
    # Exact types: a bool is no number here, and a date-with-time is no date.
    if isinstance(expected, type) and issubclass(expected, models.TextChoices):
        fits = type(value) is str and value.strip() in expected.values
    else:
        fits = type(value) is expected
    if not fits:
        raise DemoDataError(f"{what} moet {_describe(expected)} zijn, niet {_show(value)}")
    return value.strip() if isinstance(value, str) else value


def _describe(expected: object) -> str:
    if typing.get_origin(expected) is list:
        return f"een lijst van {_describe(typing.get_args(expected)[0])}"
    if isinstance(expected, type) and issubclass(expected, models.TextChoices):
        return "een van " + ", ".join(f'"{value}"' for value in expected.values)
    return {
        str: "tekst (tussen aanhalingstekens)",
        int: "een geheel getal",
        bool: "true of false",
        datetime.date: "een datum (zoals 2025-07-10)",
    }[expected]


def _show(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f'"{value[:40]}…"' if len(value) > 40 else f'"{value}"'
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een blok"
    if isinstance(value, datetime.datetime):
        return f"{value.isoformat()} (een datum met tijd)"
    return str(value)


def _shown(path: Path) -> str:
    """The file as a curator knows it: relative to the project when it is inside it."""
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)

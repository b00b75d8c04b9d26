"""Spreadsheets: the one convention for every CSV and Excel file the site makes or reads.

Made (the admin's exports of every model, a map's CSV, a meeting's positions) so that
Excel set to Dutch opens a CSV as columns, with the right characters:

- UTF-8 with a byte order mark: without it, Excel reads the file as Windows-1252
  ("RepaircafÃ©s");
- ``;`` between cells: Dutch Excel's list separator (the comma is its decimal sign);
- headers and values as a person reads them: labels instead of codes, ``ja``/``nee``,
  dates as ``01-10-2026`` and ``01-10-2026 09:00`` (local time);
- no cell that starts a formula (below). Excel files (xlsx) follow the same rule.

Read (every import) are the files the site makes, and what a spreadsheet program makes of
them after editing, detected from the file itself, not guessed: with or without a byte
order mark; UTF-8, or Windows-1252 (Excel's plain "CSV" on Windows); ``;``, ``,`` or a
tab between cells (the one that splits the header and the rows alike), or what a first
line ``sep=;`` names. The quote an export put in front of a formula comes off again, so
that exporting a list and importing the same file changes nothing.

A spreadsheet program may read a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return before one) as a formula; such a cell gets a leading quote, which
makes it text. "Starts with" looks past what nobody sees (white space, zero-width and
other format characters, control characters) and at the character as the program may read
it: the full-width equals sign (U+FF1D) and the other compatibility forms of these
characters count as the characters. A text that starts with quotes before such a
character gets one more, so that taking one off on import gives back exactly the text.
"""

import codecs
import csv
import datetime
import io
import itertools
import re
import unicodedata

import tablib
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

BOM = "\ufeff"
DELIMITER = ";"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"
# What an import accepts: the site's own format, what Excel writes back, ISO 8601.
_DATE_INPUTS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y")
_TIME_INPUTS = ("%H:%M", "%H:%M:%S", "%H:%M:%S.%f")
_DATETIME_INPUTS = tuple(
    f"{day}{between}{time}"
    for day in _DATE_INPUTS
    for between in (" ", "T")
    for time in _TIME_INPUTS
)

FORMULA_START = frozenset("=+-@")
_ALWAYS = frozenset("\t\r")
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
# Between cells, in the order a tie is decided: the site's own first.
_DELIMITERS = (DELIMITER, ",", "\t")
_SAMPLE_ROWS = 50


class UnreadableFile(ValueError):
    """A file that is no table this module can read; the message says why, for the user."""


# --- formulas --------------------------------------------------------------------------


def _starts_formula(text: str) -> bool:
    for char in text:
        if char in _ALWAYS:
            return True
        if char.isspace() or unicodedata.category(char) in _INVISIBLE:
            continue
        return unicodedata.normalize("NFKC", char)[:1] in FORMULA_START
    return False


def _needs_quote(text: str) -> bool:
    return _starts_formula(text.lstrip("'"))


def escape_formula(value) -> str:
    """``value`` as the text of a cell; a quote in front if it could start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if _needs_quote(text) else text


def unescape_formula(value):
    """The text that :func:`escape_formula` made ``value`` of; anything else as it is."""
    if isinstance(value, str) and value.startswith("'") and _needs_quote(value[1:]):
        return value[1:]
    return value


# --- values as a person reads them -----------------------------------------------------

YES, NO = _("ja"), _("nee")
_TRUE = frozenset({"ja", "j", "yes", "y", "waar", "true", "1"})
_FALSE = frozenset({"nee", "n", "no", "onwaar", "false", "0"})


def yes_no(value: bool | None) -> str:
    """``ja`` or ``nee`` (in the active language); empty for no value."""
    if value is None:
        return ""
    return str(YES if value else NO)


def parse_yes_no(value) -> bool | None:
    """``ja``/``nee`` as a person or a spreadsheet writes it; ``None`` for an empty cell."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
    else:
        text = str(value).strip().casefold()
        if not text:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(gettext("Schrijf “ja” of “nee”, niet “%(value)s”.") % {"value": value})


def format_date(value: datetime.date | None) -> str:
    return value.strftime(DATE_FORMAT) if value else ""


def format_datetime(value: datetime.datetime | None) -> str:
    """A moment in the site's time zone, to the minute."""
    return timezone.localtime(value).strftime(DATETIME_FORMAT) if value else ""


def parse_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date) or value is None:
        return value
    text = str(value).strip()
    if not text:
        return None
    for pattern in _DATE_INPUTS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(
        gettext("Onbekende datum “%(value)s”; schrijf bijvoorbeeld %(example)s.")
        % {"value": text, "example": "01-10-2026"}
    )


def parse_datetime(value) -> datetime.datetime | None:
    """A moment as the site writes it (local time), as Excel writes it back, or ISO 8601;
    a date alone is the start of that day."""
    if value is None or isinstance(value, datetime.datetime):
        moment = value
    elif isinstance(value, datetime.date):
        moment = datetime.datetime.combine(value, datetime.time())
    else:
        text = str(value).strip()
        if not text:
            return None
        moment = _parse_moment(text)
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _parse_moment(text: str) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in (*_DATETIME_INPUTS, *_DATE_INPUTS):
        try:
            return datetime.datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise ValueError(
        gettext("Onbekende datum en tijd “%(value)s”; schrijf bijvoorbeeld %(example)s.")
        % {"value": text, "example": "01-10-2026 09:00"}
    )


# --- writing ---------------------------------------------------------------------------


def table(headers: list, rows, *, title: str = "") -> tablib.Dataset:
    """A table to write: headers, then one row per item."""
    dataset = tablib.Dataset(headers=[str(header) for header in headers], title=str(title))
    for row in rows:
        dataset.append(list(row))
    return dataset


def write_csv(dataset: tablib.Dataset) -> str:
    """The CSV text of ``dataset``, byte order mark first; every cell is text."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=DELIMITER)
    if dataset.headers:
        writer.writerow([escape_formula(header) for header in dataset.headers])
    for row in dataset:
        writer.writerow([escape_formula(cell) for cell in row])
    return out.getvalue()


def write_xlsx(dataset: tablib.Dataset) -> bytes:
    """An Excel workbook of ``dataset``: text escaped as in CSV, numbers and dates kept."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value):
        if isinstance(value, str):
            text = ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", escape_formula(value))
            return _to_ooxml(text)
        return value

    safe = tablib.Dataset(
        headers=[cell(str(header)) for header in dataset.headers or []],
        title=dataset.title or gettext("Export"),
    )
    for row in dataset:
        safe.append([cell(value) for value in row])
    return safe.export("xlsx")


def download(dataset: tablib.Dataset, filename: str) -> HttpResponse:
    """``dataset`` as a file to download: CSV or Excel, by the extension of ``filename``."""
    if filename.endswith(".xlsx"):
        response = HttpResponse(write_xlsx(dataset), content_type=XLSX_CONTENT_TYPE)
    else:
        response = HttpResponse(write_csv(dataset), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- reading ---------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """The text of a file: by its byte order mark; else UTF-8; else Windows-1252.

    Text in Windows-1252 with any letter beyond ASCII is no valid UTF-8, so trying UTF-8
    first tells them apart."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(
        gettext(
            "Dit bestand is geen tekst die de kennisbank kan lezen. Sla het in je "
            "spreadsheetprogramma op als “CSV UTF-8” of als Excel-werkmap (.xlsx) en "
            "probeer het opnieuw."
        )
    )


def read_csv(data: bytes | str) -> tablib.Dataset:
    """A CSV file as a table: header, then the rows that are not empty."""
    text = decode(data) if isinstance(data, bytes) else data
    text = text.removeprefix(BOM)
    first, _newline, rest = text.partition("\n")
    named = first.strip().strip('"').casefold()
    if named.startswith("sep=") and len(named) == 5:
        delimiter, text = first.strip().strip('"')[4], rest
    else:
        delimiter = _delimiter(text)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _dataset(list(rows))


def _delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns and the rows into as many.

    A ``;`` file whose texts hold commas splits into ragged rows at the comma, and the other
    way round; a file of one column splits at none, and is read with ``;``.
    """

    def score(delimiter: str) -> tuple[bool, int, int]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = [row for row in itertools.islice(reader, _SAMPLE_ROWS) if any(row)]
        if not rows:
            return (False, 0, 0)
        width = len(rows[0])
        return (width > 1, sum(len(row) == width for row in rows), width)

    best = max(_DELIMITERS, key=lambda d: (score(d), -_DELIMITERS.index(d)))
    return best


def read_xlsx(data: bytes) -> tablib.Dataset:
    """The first sheet of an Excel workbook as a table, as :func:`read_csv` reads a CSV."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl has no one error for a file that is no workbook
        raise UnreadableFile(
            gettext("Dit bestand is geen Excel-werkmap (.xlsx). Kies het juiste formaat.")
        ) from error
    rows = [
        [_from_ooxml(cell) if isinstance(cell, str) else cell for cell in row]
        for row in book.active.iter_rows(values_only=True)
    ]
    return _dataset(rows)


# XML turns a carriage return into a line feed; a workbook writes it as ``_x000D_`` (and a
# text that reads like such an escape with its underscore escaped), as Excel does. openpyxl
# leaves these escapes as they are, in both directions.
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def _to_ooxml(text: str) -> str:
    return _OOXML_ESCAPE.sub(r"_x005F_x\1_", text).replace("\r", "_x000D_")


def _from_ooxml(text: str) -> str:
    return _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _dataset(rows: list[list]) -> tablib.Dataset:
    rows = [row for row in rows if not all(_empty(cell) for cell in row)]
    if not rows:
        return tablib.Dataset()
    headers = ["" if cell is None else str(cell).strip() for cell in rows[0]]
    while headers and not headers[-1]:
        headers.pop()  # columns a spreadsheet program added at the end, without a header
    width = len(headers)
    dataset = tablib.Dataset(headers=headers)
    for number, row in enumerate(rows[1:], start=2):
        extra = row[width:]
        if any(not _empty(cell) for cell in extra):
            raise UnreadableFile(
                gettext(
                    "Regel %(number)d heeft meer cellen dan de eerste regel kolommen heeft. "
                    "Geef elke kolom een naam in de eerste regel."
                )
                % {"number": number}
            )
        cells = [unescape_formula("" if cell is None else cell) for cell in row[:width]]
        dataset.append(cells + [""] * (width - len(cells)))
    return dataset

"""Text for spreadsheets: no cell of an export starts a formula.

The one rule for every CSV and Excel file the site makes (the admin's exports, a map's
CSV, a meeting's positions). A spreadsheet program may read a cell that starts with
``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) as a formula;
such a cell gets a leading quote, which makes it text. "Starts with" looks past what
nobody sees (white space, zero-width and other format characters, control characters)
and at the character as the program may read it: the full-width equals sign (U+FF1D)
and the other compatibility forms of these characters count as the characters.
"""

import unicodedata

FORMULA_START = frozenset("=+-@")
_ALWAYS = frozenset("\t\r")
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def escape_formula(value) -> str:
    """``value`` as the text of a cell; a quote in front if it could start a formula."""
    text = "" if value is None else str(value)
    for char in text:
        if char in _ALWAYS:
            return "'" + text
        if char.isspace() or unicodedata.category(char) in _INVISIBLE:
            continue
        return "'" + text if unicodedata.normalize("NFKC", char)[:1] in FORMULA_START else text
    return text

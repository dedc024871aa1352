"""The one guard against formula injection, for every CSV file and workbook the app writes
(register export, `list --format csv`, history export) and for the import that reads our
CSV files back.

A spreadsheet runs a cell that starts with "=", "+", "-" or "@" (and, in some versions,
a tab or carriage return) as a formula: `=HYPERLINK("http://...")` in a contact's name
becomes a link, `+cmd|...` once started programs. A CSV has no types, so such text gets
an apostrophe in front, the usual defence, which spreadsheets show as "text follows".

The guard must come off exactly on import, whatever the text: a name that itself starts
with an apostrophe before "=" ("'=x") gets a second apostrophe, so that taking one off
gives it back. `unguarded(guarded(t)) == t` for every text.

A workbook cell has a type: text is written as a text cell (never a formula), so there
is no apostrophe to add and none to take off.

Light on purpose: the command line's `list` imports it without the exchange package.
"""

from __future__ import annotations

from typing import Any

GUARD = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_guarded(text: str) -> bool:
    """Apostrophes, then what a spreadsheet would run: what `unguarded` takes one off."""
    return text.startswith(GUARD) and text.lstrip(GUARD).startswith(FORMULA_STARTS)


def guarded(text: str) -> str:
    """`text` as a CSV cell: an apostrophe in front when a spreadsheet would run it, or
    when the import would otherwise take one of the text's own apostrophes off."""
    if text.startswith(FORMULA_STARTS) or _looks_guarded(text):
        return GUARD + text
    return text


def unguarded(text: str) -> str:
    """A CSV cell as the text it guards (see `guarded`)."""
    return text[1:] if _looks_guarded(text) else text


def text_cell(worksheet: Any, text: str) -> Any:
    """An openpyxl cell that holds `text` as text: openpyxl would make a formula of text
    starting with "=". Characters XML cannot hold (C0 controls) are left out; the
    services refuse them in what they store, so only older data can have them."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

    cell = Cell(worksheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"
    return cell

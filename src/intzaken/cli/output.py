"""Printing records as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from ..formula_guard import guarded


def write_table(register: str, records: list[dict[str, Any]], out: TextIO) -> None:
    # The cells are formatted with Babel: loaded for a table only, not for JSON or CSV.
    from ..register_tables import headings, table_cells

    write_rows(headings(register), table_cells(register, records), out)


def write_rows(heading: list[str], cells: list[list[str]], out: TextIO) -> None:
    """Text cells in columns as wide as their widest cell (at most 40 characters)."""
    rows = [heading, *cells]
    widths = [min(40, max(len(row[i]) for row in rows)) for i in range(len(heading))]
    for row in rows:
        fitted = [
            (cell if len(cell) <= w else cell[: w - 1] + "…").ljust(w)
            for cell, w in zip(row, widths, strict=True)
        ]
        out.write("  ".join(fitted).rstrip() + "\n")


def write_json(records: list[dict[str, Any]], out: TextIO) -> None:
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(records: list[dict[str, Any]], out: TextIO) -> None:
    """One row per record; lists and nested values as JSON text in their cell; text a
    spreadsheet would run as a formula guarded as every CSV of ours (formula_guard)."""
    if not records:
        return
    writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    return guarded(value) if isinstance(value, str) else value

"""One way to write a CSV file for publication (open data, the Woo list): UTF-8 without
a byte order mark, comma-separated, quoted where needed (RFC 4180), written whole or not
at all, every text cell guarded against formula injection (formula_guard.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from .formula_guard import guarded
from .written_files import replacing

Cell = str | int | Decimal | None


def _cell(value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")  # a point, never an exponent: 1250.00, not 1.25E+3
    if isinstance(value, str):
        return guarded(value)
    return value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write `header` and `rows` to `path`; None is an empty cell (a value not known), a
    Decimal is written as it is quantized. Returns the number of rows written."""
    count = 0
    with replacing(path) as partial, partial.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(cell) for cell in row])
            count += 1
    return count

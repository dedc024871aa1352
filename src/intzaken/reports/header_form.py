"""A Table that draws its header rows once per document, as a PDF form, and places that
form wherever the same header appears again.

The annual overview prints a cost table under each of its thousand trips, each with the
same two header rows; drawing their seven cells again for every trip was about 7 % of
the report's layout (cProfile: the tables' drawing 1.13 -> 0.83 s of 4.0 s). The header
cells are collected as reportlab's Table.draw offers them (row by row, so the header
rows come first) and drawn into a form the first time a header with exactly those
texts, styles, positions and sizes is met; every later table with such a header
invokes the form. The form (drawn_once) holds the very operators the
cells would have written to the page, in the table's own coordinates, and is painted
after the table's translation and its header fill, so the page looks the same. The body
cells set their colour and font again after it.

A header with a flowable (a heading that wraps) or a link is drawn as reportlab does.
"""

from __future__ import annotations

from typing import Any

from . import drawn_once
from .table_once import Table as _Table


def _style_key(style: Any) -> object:
    """What decides how a cell style draws: plain_cells gives every cell an instance of a
    class that holds its font, colour, alignment and padding; a table style's command
    (ALIGN, FONT, ...) sets an attribute on the instance itself."""
    own = style.__dict__
    if own.keys() <= {"name"}:
        return type(style)
    return type(style), repr(sorted(own.items()))


class Table(_Table):
    _pending: list[tuple] | None = None
    _header_bottom: float | None = None

    def draw(self) -> None:
        rows = self.repeatRows
        header_rows = rows if isinstance(rows, int) else 0
        # A header's cells lie at or above the top of the first body row; a table of
        # header rows only, or none, is drawn as reportlab does.
        if 0 < header_rows < self._nrows:
            self._header_bottom = self._rowpositions[header_rows]
            self._pending = []
        try:
            super().draw()
        finally:
            self._pending = None
            self._header_bottom = None

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802 - reportlab's name
        pending = self._pending
        if pending is not None:
            bottom = self._header_bottom
            assert bottom is not None
            if pos[1] >= bottom:
                pending.append((cellval, cellstyle, pos, size))
                return
            self._flush_header()
        super()._drawCell(cellval, cellstyle, pos, size)

    def _drawLines(self) -> None:  # noqa: N802 - reportlab's name
        if self._pending is not None:
            self._flush_header()
        super()._drawLines()

    def _flush_header(self) -> None:
        pending, self._pending = self._pending, None
        assert pending is not None
        if not all(
            (value is None or isinstance(value, str)) and not style.href and not style.destination
            for value, style, _, _ in pending
        ):
            for cell in pending:
                super()._drawCell(*cell)
            return
        key = tuple(
            (value, _style_key(style), tuple(pos), tuple(size))
            for value, style, pos, size in pending
        )

        def draw() -> None:
            self._curcellstyle = None
            for cell in pending:
                super(Table, self)._drawCell(*cell)

        drawn_once.place(self.canv, ("table header", key), draw)
        # The form's colour and font end with it: the next cell sets its own.
        self._curcellstyle = None

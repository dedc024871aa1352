"""The table model behind every register list.

Sorting and filtering happen here, in plain Python over precomputed keys, and the model
is then reset: a QSortFilterProxyModel calls back into Python for every comparison and
took seconds on 100,000 rows, this takes milliseconds. Rows are handed to the view in
batches (canFetchMore/fetchMore), so even a huge list shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Record = dict[str, Any]
CellFormatter = Callable[[str, Any], str]  # (field, value) -> the cell's text
BATCH = 500  # rows handed to the view per fetchMore


@dataclass(frozen=True, slots=True)
class Row:
    id: int
    cells: list[str | None]  # what the view shows, Dutch notation; None = not yet made
    keys: tuple[Any, ...]  # what sorting compares, per column
    haystack: str  # the text cells, lower-cased, for the text search
    record: Record  # the raw record, for filters


_EMPTY = (1, "")


def sort_key(value: Any) -> tuple[int, Any]:
    """Empty values last, numbers as numbers, text case-insensitively."""
    if value is None or value == "" or value == []:
        return (1, "")
    if isinstance(value, (int, float, Decimal)):
        return (0, value)
    if isinstance(value, list):
        return (0, str(value).lower())
    return (0, str(value).lower())


def make_row(record: Record, fields: list[str], numeric: set[str], dates: set[str],
             format_cell: CellFormatter, costly: set[str]) -> Row:
    """Numbers sort by value and ISO dates as stored; everything else by its cell text.

    Cells of `costly` fields (amounts) are left to be formatted when shown; they are
    sorted by value, and the text search does not look in them.
    """
    keys: list[tuple[int, Any]] = []
    cells: list[str | None] = []
    for name in fields:  # sort_key() spelled out: this runs a million times for 100,000 rows
        value = record.get(name)
        text = None if name in costly else format_cell(name, value)
        cells.append(text)
        if value is None or value == "" or value == []:
            keys.append(_EMPTY)
        elif name in numeric:
            keys.append((0, value if isinstance(value, int) else Decimal(value)))
        elif name in dates:
            keys.append((0, value))
        else:
            keys.append((0, text.lower()) if text else _EMPTY)
    return Row(id=record["id"], cells=cells, keys=tuple(keys),
               haystack="\t".join(c for c in cells if c).lower(), record=record)


class RegisterModel(QAbstractTableModel):
    def __init__(self, headings: list[str], right_aligned: set[int] | None = None,
                 parent: Any = None, fields: list[str] | None = None,
                 format_cell: CellFormatter | None = None) -> None:
        super().__init__(parent)
        self._headings = headings
        self._fields = fields or []
        self._format_cell = format_cell  # for the cells a row leaves to the view
        self._right_aligned = right_aligned or set()  # amounts line up on the decimal comma
        self._all: list[Row] = []
        self._visible: list[Row] = []
        self._shown = 0  # how many of _visible the view has fetched
        self._search = ""
        self._predicate: Callable[[Record], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self._all = rows
        self._refresh()

    def set_search(self, text: str) -> None:
        self._search = text.strip().lower()
        self._refresh()

    def set_predicate(self, predicate: Callable[[Record], bool] | None) -> None:
        self._predicate = predicate
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        rows = self._all
        if self._predicate is not None:
            predicate = self._predicate
            rows = [row for row in rows if predicate(row.record)]
        if self._search:
            # Every word must occur somewhere in the row, in any order.
            for word in self._search.split():
                rows = [row for row in rows if word in row.haystack]
        if self._sort is not None:
            column, order = self._sort
            # Empty cells go last in either direction: they are what nobody looks for.
            filled = [row for row in rows if row.keys[column][0] == 0]
            empty = [row for row in rows if row.keys[column][0] != 0]
            rows = sorted(filled, key=lambda row: row.keys[column],
                          reverse=order == Qt.SortOrder.DescendingOrder) + empty
        self.beginResetModel()
        self._visible = rows if rows is not self._all else list(rows)
        self._shown = min(BATCH, len(self._visible))
        self.endResetModel()

    def cell_text(self, row: int, column: int) -> str:
        """A visible cell's text, formatting it the first time it is asked for."""
        visible = self._visible[row]
        text = visible.cells[column]
        if text is None:
            assert self._format_cell is not None
            field = self._fields[column]
            text = visible.cells[column] = self._format_cell(field, visible.record.get(field))
        return text

    # --- lookups -------------------------------------------------------------------------
    def row_id(self, row: int) -> int:
        return self._visible[row].id

    def row_of(self, record_id: int) -> int | None:
        """The visible row showing `record_id`, fetching batches until it is shown."""
        for number, row in enumerate(self._visible):
            if row.id == record_id:
                while number >= self._shown:
                    self.fetchMore(QModelIndex())
                return number
        return None

    @property
    def total_count(self) -> int:
        return len(self._all)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headings)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._visible)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(BATCH, len(self._visible) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headings[section]
        return None

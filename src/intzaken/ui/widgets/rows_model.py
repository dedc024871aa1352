"""The table model behind RowsEditor: a record's child rows as typed Python values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...formatting import money, short_date, tonnes
from .validity import ERROR_BACKGROUND, ERROR_TEXT, warning_icon

Kind = Literal["text", "date", "time", "choice", "bool", "amount"]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column. `width` is in average characters (not pixels, which break at high DPI);
    `choices` are (key, label) pairs for kind "choice"; `places` and `currency` are for
    kind "amount" (currency=False, places=3 for tonnes of CO2)."""

    key: str
    heading: str
    kind: Kind = "text"
    choices: list[tuple[Any, str]] | None = None
    width: int | None = None
    places: int = 2
    currency: bool = True
    # Shown, not typed in: a summary the form keeps up to date (an office term's source,
    # edited in a dialog of its own).
    read_only: bool = False
    labels: dict[Any, str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", dict(self.choices or []))

    def display(self, value: Any) -> str:
        if value is None or self.kind == "bool":
            return ""
        if self.kind == "date":
            return short_date(value)
        if self.kind == "time":
            return value.strftime("%H:%M")
        if self.kind == "choice":
            return self.labels.get(value, str(value))
        if self.kind == "amount":
            return money(value) if self.currency else tonnes(value)
        return str(value)


@dataclass
class _Row:
    values: dict[str, Any]
    # Messages per column key from the services (set_row_error), cleared by clear_errors.
    errors: dict[str, str] = field(default_factory=dict)
    # Typed text that could not be read: the cell kept its value, the form must not save.
    input_errors: dict[str, str] = field(default_factory=dict)


class RowsModel(QAbstractTableModel):
    # On every change by the user through the view or the editor's buttons.
    edited = Signal()

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[_Row] = []

    # Qt's model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].heading
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if self.columns[index.column()].read_only:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        value = row.values.get(column.key)
        error = row.input_errors.get(column.key) or row.errors.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if error and role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND
        if error and role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_TEXT
        if error and role == Qt.ItemDataRole.DecorationRole:
            return warning_icon()  # not by colour alone
        if error and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleDescriptionRole,  # what a screen reader says of it
        ):
            return error
        if role == Qt.ItemDataRole.ToolTipRole and column.read_only and value:
            return str(value)  # a summary cut off by the column's width, whole
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            # Views pass the check state as an int, or as the enum.
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        row.values[column.key] = _typed(column, value)
        # The user changed the cell: an earlier complaint about it no longer applies.
        row.errors.pop(column.key, None)
        row.input_errors.pop(column.key, None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # Used by RowsEditor.

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        # Keys that are not columns (the child row's id, say) are kept and handed back.
        self._rows = [
            _Row({column.key: None for column in self.columns} | dict(row)) for row in rows
        ]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row.values) for row in self._rows]

    def insert(self, position: int, values: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, _Row({c.key: None for c in self.columns} | dict(values)))
        self.endInsertRows()
        self.edited.emit()

    def update(self, position: int, values: dict[str, Any]) -> None:
        """Set values of one row from outside its cells (a dialog of the row's own)."""
        self._rows[position].values.update(values)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))
        self.edited.emit()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, position: int, target: int) -> bool:
        if (
            not (0 <= position < len(self._rows) and 0 <= target < len(self._rows))
            or position == target
        ):
            return False
        # Qt's destination is the row before which the moved row lands.
        destination = target + 1 if target > position else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        self.edited.emit()
        return True

    def set_error(self, position: int, key: str, message: str, *, input_: bool = False) -> None:
        row = self._rows[position]
        (row.input_errors if input_ else row.errors)[key] = message
        column = next(i for i, c in enumerate(self.columns) if c.key == key)
        self.dataChanged.emit(self.index(position, column), self.index(position, column))

    def clear_input_error(self, position: int, key: str) -> None:
        if self._rows[position].input_errors.pop(key, None) is not None:
            column = next(i for i, c in enumerate(self.columns) if c.key == key)
            self.dataChanged.emit(self.index(position, column), self.index(position, column))

    def clear_errors(self) -> None:
        for row in self._rows:
            row.errors.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def input_error(self) -> str:
        """The first unreadable input, naming row and column; "" when there is none."""
        for number, row in enumerate(self._rows, start=1):
            for key, message in row.input_errors.items():
                heading = next(c.heading for c in self.columns if c.key == key)
                return self.tr("Row {number}, {column}: {message}").format(
                    number=number, column=heading, message=message
                )
        return ""


def _typed(column: Column, value: Any) -> Any:
    """What the delegates hand over, as the column's type; '' is None for every kind."""
    if value is None or value == "":
        return None if column.kind != "bool" else False
    if column.kind == "text":
        return str(value)
    if column.kind == "bool":
        return bool(value)
    if column.kind == "date" and not isinstance(value, dt.date):
        raise TypeError(f"{column.key}: expected a date, got {value!r}")
    if column.kind == "time" and not isinstance(value, dt.time):
        raise TypeError(f"{column.key}: expected a time, got {value!r}")
    if column.kind == "amount" and not isinstance(value, Decimal):
        raise TypeError(f"{column.key}: expected a Decimal, got {value!r}")
    return value

"""A register's cells: every role asked at once (multiData) answers as data() does, and a
screenful is painted with one call into Python per cell (issue 22, item 4)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QModelRoleData, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from intzaken.services import trip_listing
from intzaken.ui.list_columns import list_columns
from intzaken.ui.register_model import Listing, RegisterModel
from intzaken.ui.registers import register_specs

# What Qt 6's QStyledItemDelegate asks of each cell it paints, and a few it does not.
ROLES = [
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.UserRole,
]


def _trips_model(rows: int = 3) -> RegisterModel:
    spec = next(s for s in register_specs() if s.name == "trips")
    model = RegisterModel(list_columns(spec))
    fields = trip_listing.TRIP_LIST_FIELDS
    blank = (None,) * (len(fields) - 5)
    made = [
        (n, "2024-01-23", "2024-01-24", "done", f"Brussel {n}", *blank[:2], 123954 + n, *blank[3:])
        for n in range(1, rows + 1)
    ]
    made.append((rows + 1, None, None, "planned", "Lissabon", *blank))  # empty cells
    model.set_listing(Listing(fields, made))
    return model


def _asked(model: RegisterModel, index: QModelIndex, role: int) -> Any:
    asked = QModelRoleData(role)
    asked.setData("left over")  # each answer replaces what was there
    model.multiData(index, asked)
    return asked.data()


class _PerRole(RegisterModel):
    def multiData(self, *arguments: Any) -> None:  # noqa: N802
        QAbstractTableModel.multiData(self, *arguments)


def _option(delegate: QStyledItemDelegate, index: QModelIndex) -> tuple[Any, ...]:
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    return (option.text, option.displayAlignment, option.features, option.font.toString())


def test_every_role_asked_at_once_answers_as_data_does(qtbot) -> None:  # noqa: ANN001
    model = _trips_model()
    right_aligned = [c.right_aligned for c in model._columns]
    assert any(right_aligned) and not all(right_aligned)  # both kinds are checked
    delegate = QStyledItemDelegate()
    per_role = _PerRole(model._columns)
    per_role.set_listing(model.listing)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                assert _asked(model, index, role) == model.data(index, role)
            # As the delegate asks them, in one span: the same option as Qt's own
            # multiData makes, which asks data() role by role.
            assert _option(delegate, index) == _option(delegate, per_role.index(row, column))
    for role in ROLES:
        assert _asked(model, QModelIndex(), role) is None


def test_a_screenful_is_painted_with_one_call_into_python_per_cell(qtbot) -> None:  # noqa: ANN001
    class Counted(RegisterModel):
        calls = 0

        def data(self, *arguments: Any) -> Any:
            Counted.calls += 1
            return super().data(*arguments)

        def multiData(self, *arguments: Any) -> None:  # noqa: N802
            Counted.calls += 1
            super().multiData(*arguments)

    model = _trips_model(rows=40)
    counted = Counted(model._columns)
    counted.set_listing(model.listing)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(counted)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    Counted.calls = 0
    view.viewport().grab()
    shown = sum(
        1
        for row in range(counted.rowCount())
        for column in range(counted.columnCount())
        if view.visualRect(counted.index(row, column)).intersects(view.viewport().rect())
    )
    assert shown > 20
    # Seven roles per cell were seven calls, each first taking the interpreter lock.
    assert shown <= Counted.calls <= shown + 5

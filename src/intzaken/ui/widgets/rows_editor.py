"""A table of a record's child rows (programme items, delegation members, terms of office,
follow-ups, relation events, budget entries) with buttons to add, remove and reorder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .rows_delegate import RowsDelegate
from .rows_model import Column, RowsModel


class RowsEditor(QWidget):
    """set_rows(list[dict]), rows() -> list[dict] (typed values, None when empty; keys that
    are not columns, such as an id, are kept), set_row_error(row, key, message),
    clear_errors(), error() -> str (unreadable input the table refused), changed().

    Keyboard: Tab moves through the cells, typing or F2 edits, Space toggles a check box,
    Insert adds a row, Delete removes the selected row, Ctrl+Up/Down moves it.
    """

    changed = Signal()

    def __init__(
        self,
        columns: list[Column],
        parent: QWidget | None = None,
        *,
        new_row: Callable[[], dict[str, Any]] | None = None,
        accessible_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_row = new_row or dict
        self.model = RowsModel(columns, self)
        self.view = QTableView(self)  # a child from the start, so it has the form's font
        self.view.setModel(self.model)
        self.view.setItemDelegate(RowsDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for number, column in enumerate(columns):
            header.resizeSection(number, self._column_width(column))
        if accessible_name:
            self.setAccessibleName(accessible_name)
            self.view.setAccessibleName(accessible_name)

        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(self.tr("Move the selected row up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(self.tr("Move the selected row down (Ctrl+Down)"))
        buttons = self.buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._row_buttons: list[QPushButton] = []  # enabled while a row is selected
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.model.edited.connect(self.changed)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view.installEventFilter(self)
        self._update_buttons()

    def _column_width(self, column: Column) -> int:
        """From the font, never fixed pixels, so it holds at any scaling: `width` characters,
        else room for a typical value of the column's kind and for its heading."""
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 2 * self.style().pixelMetric(
            self.style().PixelMetric.PM_FocusFrameHMargin
        )
        if column.width is not None:
            return column.width * metrics.averageCharWidth() + padding
        samples = {
            "text": "x" * 20,
            "date": "00-00-00000",
            "time": "00:00",
            "bool": "",
            "amount": "€ 999.999,99",
            "choice": max(column.labels.values(), key=len, default=""),
        }
        needed = metrics.horizontalAdvance(samples[column.kind])
        # Room in the editor for its buttons (clear; for dates also the calendar) and frame.
        needed += {"date": 3, "time": 2}.get(column.kind, 0) * metrics.height()
        heading = self.view.horizontalHeader().fontMetrics().horizontalAdvance(column.heading)
        return max(needed, heading + metrics.height()) + padding

    # The API for forms.

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)

    def rows(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def set_row_error(self, row: int, key: str, message: str) -> None:
        """Show a service's message on one cell (red, message as tooltip)."""
        self.model.set_error(row, key, message)

    def clear_errors(self) -> None:
        self.model.clear_errors()

    def error(self) -> str:
        """Input the table could not read ("Regel 2, Datum: '31-02' is geen datum…"), or ""."""
        return self.model.input_error()

    def add_row_action(self, text: str, tooltip: str, action: Callable[[int], None]) -> QPushButton:
        """A button after the others for something done to the selected row (its source,
        in a dialog): `action(row)`."""
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda: self._on_current(action))
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self._row_buttons.append(button)
        self._update_buttons()
        return button

    def update_row(self, row: int, values: dict[str, Any]) -> None:
        self.model.update(row, values)

    def _on_current(self, action: Callable[[int], None]) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            action(current.row())

    # Actions, also for keyboard and buttons.

    def add_row(self) -> None:
        current = self.view.currentIndex()
        position = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert(position, self._new_row())
        self.view.setCurrentIndex(self.model.index(position, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        self.model.remove(current.row())
        if self.model.rowCount():
            row = min(current.row(), self.model.rowCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, current.column()))

    def move_selected(self, step: int) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self.model.move(current.row(), current.row() + step):
            self.view.setCurrentIndex(self.model.index(current.row() + step, current.column()))

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        for button in getattr(self, "_row_buttons", ()):
            button.setEnabled(row >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only while no cell is being edited: then the keys belong to the cell's editor.
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            assert isinstance(event, QKeyEvent)
            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

"""Choosing several items in an order, optionally with one of them as lead: the officials of
a delegation, the cities of a trip, the holders of a network membership."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .search_combo import SearchCombo


class OrderedPicker(QWidget):
    """set_choices([(key, label), ...]), set_values(keys, lead=None), values() -> list,
    lead() -> key | None, changed() (on the user's changes only).

    With `with_lead`, exactly one chosen item is the lead whenever any is chosen: the first
    added becomes lead, and removing the lead passes it to the new first item.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        with_lead: bool = False,
        accessible_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._with_lead = with_lead
        self._labels: dict[Any, str] = {}
        self._keys: list[Any] = []  # parallel to the list's rows; keys never enter a QVariant
        self._lead: Any = None

        self.combo = SearchCombo(accessible_name=self.tr("Item to add"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the chosen item (Enter)"))
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        # Room for a handful of rows, measured in lines of text rather than pixels.
        self.list.setMinimumHeight(5 * self.fontMetrics().lineSpacing())
        style = self.style()
        self.up_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Move up"),
            self.tr("Move up (Ctrl+Up)"),
        )
        self.down_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Move down"),
            self.tr("Move down (Ctrl+Down)"),
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Delete)"))
        self.lead_button = QPushButton(self.tr("Make lead"))
        self.lead_button.setVisible(with_lead)
        if accessible_name:
            self.setAccessibleName(accessible_name)
            self.list.setAccessibleName(accessible_name)

        top = QHBoxLayout()
        top.addWidget(self.combo, 1)
        top.addWidget(self.add_button)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.lead_button):
            side.addWidget(button)
        side.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list, 1)
        bottom.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.lead_button.clicked.connect(self.make_selected_lead)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.combo.installEventFilter(self)
        self.list.installEventFilter(self)
        self._update_buttons()

    def _button(self, icon: QIcon, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon, "")
        button.setAccessibleName(text)
        button.setToolTip(tip)
        return button

    # The API for forms.

    def set_choices(self, items: list[tuple[Any, str]]) -> None:
        self._labels = dict(items)
        self.combo.set_items(items)
        self._refresh()

    def set_values(self, keys: list[Any], lead: Any = None) -> None:
        """Show these chosen keys (KeyError for a key not among the choices)."""
        missing = [key for key in keys if key not in self._labels]
        if missing:
            raise KeyError(missing[0])
        self._keys = list(dict.fromkeys(keys))
        self._lead = None
        if self._with_lead and self._keys:
            self._lead = lead if lead in self._keys else self._keys[0]
        self._refresh()

    def values(self) -> list[Any]:
        return list(self._keys)

    def lead(self) -> Any:
        return self._lead

    # Actions, also for keyboard and buttons.

    def add_current(self) -> None:
        key = self.combo.value()
        if key is None:
            return  # nothing chosen, or text that names no item: the combo shows why
        if key not in self._keys:
            self._keys.append(key)
            if self._with_lead and self._lead is None:
                self._lead = key
            self._changed(len(self._keys) - 1)
        else:
            self.list.setCurrentRow(self._keys.index(key))  # already there: point to it
        self.combo.setValue(None)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        removed = self._keys.pop(row)
        if removed == self._lead:
            self._lead = self._keys[0] if self._keys else None
        self._changed(min(row, len(self._keys) - 1))

    def make_selected_lead(self) -> None:
        row = self.list.currentRow()
        if self._with_lead and row >= 0 and self._keys[row] != self._lead:
            self._lead = self._keys[row]
            self._changed(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._keys):
            return
        self._keys[row], self._keys[target] = self._keys[target], self._keys[row]
        self._changed(target)

    def _changed(self, current: int) -> None:
        self._refresh(current)
        self.changed.emit()

    def _refresh(self, current: int | None = None) -> None:
        self.list.clear()
        for key in self._keys:
            item = QListWidgetItem(self._labels.get(key, str(key)))
            if self._with_lead and key == self._lead:
                item.setText(self.tr("{name} (lead)").format(name=item.text()))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if current is not None and current >= 0:
            self.list.setCurrentRow(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._keys) - 1)
        self.remove_button.setEnabled(row >= 0)
        self.lead_button.setEnabled(row >= 0 and self._keys[row] != self._lead)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if watched is self.combo and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Handled here, so that Enter does not also press a dialog's default button.
            self.add_current()
            return True
        if watched is self.list:
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

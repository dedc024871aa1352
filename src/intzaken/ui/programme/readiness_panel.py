"""The checklist "Nog aan te vullen" in the trip form: what is still missing before the
mission leaves (services/readiness.py), worked out in the form's trial save as the user
edits. A click (or Enter) on an item goes to the field it names."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.readiness import ReadinessItem

FIELD_ROLE = Qt.ItemDataRole.UserRole


class ReadinessPanel(QWidget):
    go_to = Signal(str)  # the trip's field: "programme[3].contact_ids", "stays", ...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Still to fill in"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.items: list[ReadinessItem] = []
        self.hide()  # until the first check says whether the trip needs preparation

    def show_items(self, needed: bool, items: list[ReadinessItem]) -> None:
        """The checklist; hidden for a trip that needs no preparation (past, cancelled)."""
        self.items = items
        self.setVisible(needed)
        self.list.clear()
        if items:
            self.heading.setText(self.tr("Still to fill in ({count})").format(count=len(items)))
        else:
            self.heading.setText(self.tr("Ready: nothing left to fill in."))
        for item in items:
            entry = QListWidgetItem(item.message)
            entry.setData(FIELD_ROLE, item.field)
            entry.setToolTip(self.tr("Click to go to the field"))
            self.list.addItem(entry)
        self.list.setVisible(bool(items))

    def messages(self) -> list[str]:
        return [item.message for item in self.items]

    def _activated(self, entry: QListWidgetItem) -> None:
        self.go_to.emit(entry.data(FIELD_ROLE))

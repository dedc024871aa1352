"""Each traveller's role in the delegation ("woordvoerder"), beside their name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class TravellerRoles(QTableWidget):
    """set_travellers([(official id, name)]), set_roles({id: role}), roles() -> {id: role}
    (only those with a role), changed(). A role typed for someone stays while they are
    taken off and put back on the list of travellers in the same form."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Traveller"), self.tr("Role")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        # As high as its rows (set in _fill): the form row must not stretch around it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._roles: dict[int, str] = {}
        self._ids: list[int] = []
        self._loading = False
        self.itemChanged.connect(self._edited)

    def set_roles(self, roles: dict[int, str]) -> None:
        self._roles = dict(roles)
        self._fill()

    def set_travellers(self, travellers: list[tuple[int, str]]) -> None:
        self._ids = [official_id for official_id, _ in travellers]
        self._names = dict(travellers)
        self._fill()

    def roles(self) -> dict[int, str]:
        return {i: self._roles[i] for i in self._ids if self._roles.get(i, "").strip()}

    def _fill(self) -> None:
        self._loading = True
        try:
            self.setRowCount(len(self._ids))
            for row, official_id in enumerate(self._ids):
                name = QTableWidgetItem(getattr(self, "_names", {}).get(official_id, ""))
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, 0, name)
                self.setItem(row, 1, QTableWidgetItem(self._roles.get(official_id, "")))
        finally:
            self._loading = False
        height = self.horizontalHeader().height() + sum(
            self.rowHeight(r) for r in range(self.rowCount())
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 1:
            return
        self._roles[self._ids[item.row()]] = item.text()
        self.changed.emit()

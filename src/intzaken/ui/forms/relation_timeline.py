"""The Timeline tab of a relation's form: its agreements, the trips to its place and its
events on one list, newest first (services/relation_timeline.py). A line opens its
record: an agreement or trip in its own form, an event on the Events tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ...services.relation_timeline import TimelineEntry

ENTRY = Qt.ItemDataRole.UserRole


class TimelineList(QTreeWidget):
    """The lines; double-click or Enter asks for the line's record."""

    open_requested = Signal(str, int)  # register, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Description")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)  # a long description is cut; its tooltip has it all
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setToolTip(self.tr("Double-click or press Enter to open"))
        self.itemActivated.connect(self._activated)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry.date_text, entry.what, entry.description])
            item.setData(0, ENTRY, (str(entry.register), entry.record_id))
            item.setToolTip(2, entry.description)
            self.addTopLevelItem(item)
        if not entries:  # said, rather than an empty box
            empty = QTreeWidgetItem(["", "", self.tr("No agreements, trips or events yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
        gap = self.fontMetrics().horizontalAdvance("M")  # the columns do not touch
        for column in (0, 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + gap)

    def entry_at(self, row: int) -> tuple[str, int]:
        item = self.topLevelItem(row)
        assert item is not None
        register, record_id = item.data(0, ENTRY)
        return register, record_id

    def texts(self, row: int) -> list[str]:
        item = self.topLevelItem(row)
        assert item is not None
        return [item.text(column) for column in range(self.columnCount())]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activated(item)
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, ENTRY) is None:
            return  # the line that says there is nothing yet
        register, record_id = item.data(0, ENTRY)
        self.open_requested.emit(register, record_id)

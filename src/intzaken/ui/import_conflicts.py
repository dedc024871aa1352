"""The conflicts of an import preview: rows of the file that would overwrite what someone
saved after the export. One line per record, the file's values beside the database's;
clicking a side chooses it, as in the merge of a travel copy (merge_dialog.py)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..exchange.conflicts import Difference, ImportConflict, Keep
from .widgets.table_items import filled_item

RECORD, CHANGED_BY, IN_FILE, IN_DATABASE = range(4)
SIDES = {IN_FILE: Keep.FILE, IN_DATABASE: Keep.DATABASE}
TO_CHOOSE = QColor("#fff1b8")  # as the merge dialog marks what still needs a choice
CHOSEN = QColor("#d9f2d9")
EMPTY = "(leeg)"


class ConflictTable(QTableWidget):
    """`chosen` is emitted after every choice."""

    chosen = Signal()

    def __init__(self, conflicts: list[ImportConflict], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.conflicts = conflicts
        self._choices: dict[UUID, Keep] = {c.uuid: c.choice for c in conflicts if c.choice}
        self.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Changed since the export"),
                self.tr("In the file"),
                self.tr("In the database now"),
            ]
        )
        self.setAccessibleName(self.tr("Conflicts"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in (RECORD, CHANGED_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, 180)
        for column in SIDES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for conflict in conflicts:
            self._add(conflict)
        self.resizeRowsToContents()
        self.cellClicked.connect(self._clicked)
        # Enter on the side in focus chooses it too (the keyboard's way to click).
        self.itemActivated.connect(lambda item: self._clicked(item.row(), item.column()))

    def choices(self) -> dict[UUID, Keep]:
        return dict(self._choices)

    def open_count(self) -> int:
        return sum(c.uuid not in self._choices for c in self.conflicts)

    def takes_the_file(self) -> bool:
        return Keep.FILE in self._choices.values()

    def choose(self, row: int, side: Keep) -> None:
        self._choices[self.conflicts[row].uuid] = side
        self._show_choice(row)
        self.chosen.emit()

    def choose_open(self, side: Keep) -> None:
        """Every conflict without a choice yet settled for `side`."""
        for row, conflict in enumerate(self.conflicts):
            if conflict.uuid not in self._choices:
                self.choose(row, side)

    def _clicked(self, row: int, column: int) -> None:
        if column in SIDES:
            self.choose(row, SIDES[column])

    def _add(self, conflict: ImportConflict) -> None:
        row = self.rowCount()
        self.insertRow(row)
        what = conflict.what
        cells = {
            RECORD: what[:1].upper() + what[1:],
            CHANGED_BY: self.tr("By {who}; version {file} in the file, now {database}.").format(
                who=conflict.changed_by,
                file=conflict.file_version,
                database=conflict.database_version,
            ),
            IN_FILE: _side(conflict.differences, file=True),
            IN_DATABASE: _side(conflict.differences, file=False),
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.setItem(row, column, item)
        self._show_choice(row)

    def _show_choice(self, row: int) -> None:
        chosen = self._choices.get(self.conflicts[row].uuid)
        for column, side in SIDES.items():
            item = filled_item(self, row, column)
            item.setCheckState(Qt.CheckState.Checked if chosen is side else Qt.CheckState.Unchecked)
            item.setBackground(CHOSEN if chosen is side else QColor(Qt.GlobalColor.transparent))
        filled_item(self, row, RECORD).setBackground(
            TO_CHOOSE if chosen is None else QColor(Qt.GlobalColor.transparent)
        )


def _side(differences: list[Difference], *, file: bool) -> str:
    """The differing columns as one side has them, a line each."""
    return "\n".join(
        f"{d.heading}: {(d.in_file if file else d.in_database) or EMPTY}" for d in differences
    )

"""A record's change history: who changed what when, newest first, and its export.

Shown as a tab of the record's form and as a dialog (Bewerken → Geschiedenis).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.history_query import HistoryRow, record_entries
from . import files
from .workspace import USER_ERRORS, Workspace

Index = QModelIndex | QPersistentModelIndex
MIN_VALUE_WIDTH = 190  # pixels of the old and of the new value at the least
MAX_CONTEXT_WIDTH = 160  # the origin column; the tooltip has the whole text


class HistoryModel(QAbstractTableModel):
    """The entries as rows; the texts were made when the entries were written."""

    WHEN, AUTHOR, ACTION, FIELD, OLD, NEW, CONTEXT = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headings(self) -> list[str]:
        return [
            self.tr("Date and time"),
            self.tr("By"),
            self.tr("Action"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Origin"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.text(self.rows[index.row()], index.column())
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        return None

    def text(self, row: HistoryRow, column: int) -> str:
        return (row.when, row.author, row.action, row.field, row.old, row.new, row.context)[column]


class HistoryView(QWidget):
    """The entries of one record, with a button to export them."""

    def __init__(
        self, workspace: Workspace, register: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.register, self.record_id = register, record_id
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.summary = QLabel()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Write this history to a CSV file or an Excel workbook")
        )
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.loaded = False

    def load(self) -> None:
        """Read the entries (again)."""
        with self.workspace.reading() as session:
            rows = [
                HistoryRow.of(e) for e in record_entries(session, self.register, self.record_id)
            ]
        self.model.set_rows(rows)
        self.loaded = True
        authors = sorted({row.author for row in rows})
        self.summary.setText(
            self.tr("%n entry(s), by {authors}", "", len(rows)).format(authors=", ".join(authors))
            if rows
            else self.tr("No changes recorded yet.")
        )
        self.export_button.setEnabled(bool(rows))
        # Where the changes came from (an import, undo, a merge) only when any did.
        self.table.setColumnHidden(HistoryModel.CONTEXT, not any(row.context for row in rows))
        for column in range(self.model.columnCount()):
            if column not in (HistoryModel.OLD, HistoryModel.NEW):
                self.table.resizeColumnToContents(column)
        context = self.table.columnWidth(HistoryModel.CONTEXT)
        self.table.setColumnWidth(HistoryModel.CONTEXT, min(context, MAX_CONTEXT_WIDTH))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.loaded:
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """The old and new values share the width the other columns leave, but not below
        MIN_VALUE_WIDTH (then the table scrolls sideways); rows as high as their texts."""
        others = sum(
            self.table.columnWidth(c)
            for c in range(self.model.columnCount())
            if c not in (HistoryModel.OLD, HistoryModel.NEW) and not self.table.isColumnHidden(c)
        )
        free = self.table.viewport().width() - others
        for column in (HistoryModel.OLD, HistoryModel.NEW):
            self.table.setColumnWidth(column, max(MIN_VALUE_WIDTH, free // 2))
        self.table.resizeRowsToContents()

    def title(self) -> str:
        return self.model.rows[0].title if self.model.rows else ""

    def export(self) -> None:
        name = f"geschiedenis-{self.register}-{self.record_id}.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the history"),
            str(files.documents_folder() / name),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if chosen:
            self.export_to(Path(chosen), csv=".csv" in chosen_filter)

    def export_to(self, path: Path, *, csv: bool = False) -> bool:
        from ..exchange.history_export import SUFFIXES, write_history

        if path.suffix.lower() not in SUFFIXES:
            path = path.with_suffix(".csv" if csv else ".xlsx")
        try:
            write_history(path, self.model.rows)
        except (*USER_ERRORS, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                self.tr("The history was not exported: {error}").format(error=exc),
            )
            return False
        self.summary.setText(self.tr("Exported to {path}").format(path=path))
        return True


class HistoryDialog(QDialog):
    """The history of one record in a window of its own."""

    def __init__(
        self, parent: QWidget, workspace: Workspace, register: str, record_id: int
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = HistoryView(workspace, register, record_id)
        self.view.load()
        heading = QLabel(self.view.title())
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(
            self.tr("History of {title} — Intzaken").format(title=self.view.title() or record_id)
        )
        self.resize(1000, 520)

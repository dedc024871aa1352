"""Choosing a backup to put back, after seeing when it was made and what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..formatting import date_time, long_date
from ..store.errors import NotAnIntzakenDatabaseError
from ..store.recovery import BackupSummary, summarise
from ..store.rotation import (
    BEFORE_DEMO,
    BEFORE_IMPORT,
    BEFORE_MERGE,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    BY_HAND,
    DAILY,
    backups_folder,
    list_backups,
)
from .widgets.table_items import filled_item

translate = QCoreApplication.translate


def reason_label(reason: str) -> str:
    return {
        DAILY: translate("Restore", "daily (automatic)"),
        BEFORE_MIGRATION: translate("Restore", "before a schema update"),
        BEFORE_IMPORT: translate("Restore", "before an import"),
        BEFORE_RESTORE: translate("Restore", "before a restore"),
        BEFORE_DEMO: translate("Restore", "before the demo was written"),
        BEFORE_MERGE: translate("Restore", "before a travel copy was merged back"),
        BY_HAND: translate("Restore", "made by hand"),
    }.get(reason, reason)


def describe(summary: BackupSummary) -> str:
    """The lines the dialog (and the offer after damage) shows about a backup."""
    if not summary.sound:
        return translate("Restore", "This file is damaged and cannot be put back.")
    lines = [
        translate("Restore", "Organisation: {name}").format(name=summary.organisation),
        translate("Restore", "Contains: {contents}").format(contents=summary.contents()),
    ]
    if summary.latest_trip is not None:
        lines.append(
            translate("Restore", "Latest trip starts on {date}").format(
                date=long_date(summary.latest_trip)
            )
        )
    return "\n".join(lines)


class RestoreDialog(QDialog):
    """The copies in the file's backups folder, newest first, or another file."""

    def __init__(self, parent: QWidget | None, database: Path) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the copy to put back into {file}. What the file holds now is kept "
                "as a backup first, so this can be undone by restoring that copy."
            ).format(file=database.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Why")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setAccessibleName(self.tr("Backups"))
        for backup in list_backups(database):
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = QTableWidgetItem(date_time(backup.taken_at))
            when.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(reason_label(backup.reason)))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._accept_if_sound())
        layout.addWidget(self.table)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(60)
        self.details.setAccessibleName(self.tr("What the backup holds"))
        layout.addWidget(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(self.tr("&Other file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_other)
        buttons.accepted.connect(self._accept_if_sound)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.table.rowCount():
            self.table.selectRow(0)
        else:
            self.details.setText(
                self.tr("There are no backups in {folder} yet.").format(
                    folder=backups_folder(database)
                )
            )

    def _selection_changed(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.show_file(
                Path(filled_item(self.table, items[0].row(), 0).data(Qt.ItemDataRole.UserRole))
            )

    def show_file(self, path: Path) -> None:
        """Show what `path` holds; Restore is allowed only for a sound Intzaken file."""
        try:
            summary = summarise(path)
        except NotAnIntzakenDatabaseError as exc:
            self.details.setText(str(exc))
            self.chosen = None
        else:
            self.details.setText(f"{path.name}\n{describe(summary)}")
            self.chosen = path if summary.sound else None
        self.restore_button.setEnabled(self.chosen is not None)

    def _choose_other(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backups_folder(self.database)),
            self.tr("Intzaken database (*.sqlite);;All files (*)"),
        )
        if path_text:
            self.table.clearSelection()
            self.show_file(Path(path_text))

    def _accept_if_sound(self) -> None:
        if self.chosen is not None:
            self.accept()

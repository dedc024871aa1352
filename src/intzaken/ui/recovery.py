"""Putting a backup back from the window, and the offer made when a file is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from ..formatting import date_time
from ..operations.restoring import restore_into as restore_into_file
from ..store.errors import StoreError
from ..store.failures import storage_failure
from ..store.recovery import BackupSummary, RestoreResult, newest_sound_backup
from ..store.rotation import BackupFile, backups_folder
from .background import Progress
from .restore_dialog import RestoreDialog, describe
from .waiting import Announcer, wait_for

if TYPE_CHECKING:
    from .window_host import WindowHost

translate = QCoreApplication.translate

RESTORE, CHOOSE, CANCEL = "restore", "choose", "cancel"


def choose_and_restore(window: WindowHost) -> bool:
    """File → Restore a backup: pick one in the dialog, then put it back."""
    path = window.workspace.path
    if path is None or not window.forms_closed():
        return False
    dialog = RestoreDialog(window.parent_widget(), path)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    return restore_into(window, path, dialog.chosen)


def restore_into(window: WindowHost, path: Path, backup: Path) -> bool:
    """Close `path` if open, put `backup` into it and open it again."""
    closing = window.workspace.detach() if window.workspace.path == path else None

    def work(_progress: Progress, _announcer: Announcer) -> RestoreResult:
        if closing is not None:
            closing.close()  # here too: closing writes the file's log back into it
        return restore_into_file(path, backup)

    try:
        # Off the GUI thread: a large file's copy and check take seconds. Refused while
        # another window has the file.
        result = wait_for(
            window.parent_widget(), translate("Recovery", "Putting the backup back…"), work
        )
    except (StoreError, OSError, sqlite3.Error) as exc:
        explained = storage_failure(path, exc) or exc
        QMessageBox.warning(
            window.parent_widget(),
            translate("Recovery", "Restore failed"),
            translate("Recovery", "Nothing was changed. {error}").format(error=explained),
        )
        window.open_path(path, offer_recovery=False)
        return False
    window.open_path(path, offer_recovery=False)
    kept = (
        translate("Recovery", "The damaged file is kept untouched as {file}.")
        if result.previous_damaged
        else translate("Recovery", "What the file held before is kept as {file}.")
    )
    QMessageBox.information(
        window.parent_widget(),
        translate("Recovery", "Backup restored"),
        translate("Recovery", "{file} now holds the backup: {contents}.").format(
            file=path.name, contents=result.restored.contents()
        )
        + ("\n" + kept.format(file=result.previous) if result.previous else ""),
    )
    return True


def ask_about_backup(
    window: WindowHost, path: Path, message: str, backup: BackupFile, summary: BackupSummary
) -> str:
    """RESTORE, CHOOSE or CANCEL (a separate step so tests can answer it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Recovery", "The file is damaged"),
        message,
        parent=window.parent_widget(),
    )
    box.setInformativeText(
        translate(
            "Recovery",
            "The newest sound backup was made on {when}.\n{details}\n\n"
            "The damaged file is not changed: it is moved, untouched, into {folder}.",
        ).format(
            when=date_time(backup.taken_at), details=describe(summary), folder=backups_folder(path)
        )
    )
    restore = box.addButton(
        translate("Recovery", "&Restore this backup"), QMessageBox.ButtonRole.AcceptRole
    )
    choose = box.addButton(
        translate("Recovery", "&Choose another backup…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore else CHOOSE if clicked is choose else CANCEL


def offer_recovery(window: WindowHost, path: Path, message: str) -> bool:
    """A damaged file: offer its newest sound backup (or another); True when restored."""
    found = newest_sound_backup(path)
    if found is None:
        QMessageBox.warning(
            window.parent_widget(),
            translate("Recovery", "The file is damaged"),
            message
            + "\n\n"
            + translate(
                "Recovery",
                "No sound backup was found in {folder}. Ask the service desk "
                "for the copy on the network or in the municipality's backup.",
            ).format(folder=backups_folder(path)),
        )
        return False
    backup, summary = found
    answer = ask_about_backup(window, path, message, backup, summary)
    if answer == RESTORE:
        return restore_into(window, path, backup.path)
    if answer == CHOOSE:
        dialog = RestoreDialog(window.parent_widget(), path)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            return restore_into(window, path, dialog.chosen)
    return False

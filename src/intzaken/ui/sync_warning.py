"""Saying once per file that it lives where database files get damaged: in a folder a
sync client manages, or on a network share (store/sync_folders.py). The user may go on:
the message does not block the window, and is not shown for that file again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from .window_host import WindowHost

translate = QCoreApplication.translate


def warn_if_risky(window: WindowHost, path: Path) -> QMessageBox | None:
    """Show the warning for `path` if it is at a risky place and was not warned of before;
    the message box shown, else None."""
    from ..paths import user_database_path
    from ..store.sync_folders import sync_warning

    if window.settings.place_warned(path):
        return None
    text = sync_warning(path, user_database_path().parent)
    if text is None:
        return None
    window.settings.set_place_warned(path)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SyncWarning", "A risky place for a database"),
        text,
        parent=window.parent_widget(),
    )
    box.addButton(translate("SyncWarning", "Continue anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): the file is open and can be worked in behind it
    return box

"""The file the Reports page made: shown in the system's viewer, or kept as a copy where
the user wants it. Its texts belong to the page (translation context "ReportsPage")."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def open_in_viewer(made: Path) -> str | None:
    """Open `made` in the system's program for it; else what to tell the user."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(made))):
        return None
    # No program for PDFs (or Word documents) on this system: the file is made all the
    # same, and can be saved to open it elsewhere.
    return QCoreApplication.translate(
        "ReportsPage",
        "Ready: {file}. This computer has no program to open it; "
        "use “Save as…” to keep it and open it elsewhere.",
    ).format(file=made.name)


def save_copy(parent: QWidget, made: Path) -> str | None:
    """Ask where, and copy `made` there; the place chosen, or None (cancelled, failed:
    the user was told why)."""
    filters = {
        ".docx": QCoreApplication.translate("ReportsPage", "Word documents (*.docx)"),
        ".csv": QCoreApplication.translate("ReportsPage", "CSV files (*.csv)"),
    }
    target, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportsPage", "Save the report as"),
        str(Path.home() / made.name),
        filters.get(
            made.suffix, QCoreApplication.translate("ReportsPage", "PDF documents (*.pdf)")
        ),
    )
    if not target:
        return None
    try:
        shutil.copyfile(made, target)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReportsPage", "Not saved"),
            QCoreApplication.translate(
                "ReportsPage", "The report could not be saved: {error}"
            ).format(error=exc.strerror or exc),
        )
        return None
    return target

"""Export and import from the window, off the GUI thread.

An import is planned first (read and checked, nothing written) and shown in a preview;
only after the user confirms is a backup made and the plan applied in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..exchange import ImportPlan, ImportRefused
from ..exchange.dispatch import export_to
from ..operations.importing import ImportOutcome, apply_planned, preview_import
from . import files
from .busy_work import run_busy, show_failure
from .exchange_dialogs import ExportDialog, ImportPreviewDialog

if TYPE_CHECKING:
    from .window_host import WindowHost

translate = QCoreApplication.translate


class _Counted(QObject):
    """Texts with a count: pyside6-lupdate sees a plural form (%n) only in a QObject's tr."""

    def written(self, count: int) -> str:
        return self.tr("%n record(s) added or changed.", "", count)


SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "ics": ".ics"}


def export_from_window(window: WindowHost) -> None:
    if window.workspace.database is None:
        return
    page = window.current_register_page()
    parent = window.parent_widget()
    dialog = ExportDialog(parent, page.spec.name if page is not None else None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt, register, empty = dialog.choice()
    start = files.documents_folder()
    if fmt == "csv" and register is None:
        chosen = QFileDialog.getExistingDirectory(
            parent, translate("Exchange", "Folder for the CSV files"), str(start)
        )
    else:
        name = (register or "intzaken") + ("-sjabloon" if empty else "") + SUFFIXES[fmt]
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Exchange", "Export to"),
            str(start / name),
            translate("Exchange", "Export (*{suffix})").format(suffix=SUFFIXES[fmt]),
        )
    if not chosen:
        return
    target = Path(chosen)
    if fmt != "csv" or register is not None:
        target = target if target.suffix else target.with_suffix(SUFFIXES[fmt])

    def done(_result: object) -> None:
        window.statusBar().showMessage(
            translate("Exchange", "Exported to {path}").format(path=target), 10000
        )

    run_busy(
        window,
        translate("Exchange", "Exporting…"),
        lambda session: export_to(session, target, fmt, register, empty=empty),
        done,
    )


def save_template_from_window(window: WindowHost) -> None:
    """File → Save import template: the workbook `intzaken export --empty` writes."""
    if window.workspace.database is None:
        return
    chosen, _ = QFileDialog.getSaveFileName(
        window.parent_widget(),
        translate("Exchange", "Save import template"),
        str(files.documents_folder() / translate("Exchange", "import-template.xlsx")),
        translate("Exchange", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return
    target = Path(chosen)
    target = target if target.suffix else target.with_suffix(".xlsx")

    def done(_result: object) -> None:
        window.statusBar().showMessage(
            translate("Exchange", "Import template saved as {path}").format(path=target), 10000
        )

    run_busy(
        window,
        translate("Exchange", "Writing the import template…"),
        lambda session: export_to(session, target, "xlsx", None, empty=True),
        done,
    )


def import_into_window(window: WindowHost) -> None:
    if window.workspace.database is None or not window.forms_closed():
        return
    chosen = choose_import_file(window.parent_widget())
    if chosen is not None:
        import_file(window, chosen)


def choose_import_file(parent: QWidget) -> Path | None:
    """The workbook or CSV file to import, or None when the user changed their mind."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Exchange", "Import a workbook or CSV file"),
        str(files.documents_folder()),
        translate(
            "Exchange",
            "Excel or LibreOffice workbook, or CSV (*.xlsx *.ods *.csv);;All files (*)",
        ),
    )
    return Path(chosen) if chosen else None


def import_file(window: WindowHost, chosen: Path) -> None:
    """Read and check `chosen` off the GUI thread, then the preview and, if confirmed, the
    import (also after the first steps of a new database, ui/first_steps/)."""
    if window.workspace.database is None or not window.forms_closed():
        return
    run_busy(
        window,
        translate("Exchange", "Reading and checking {file}…").format(file=chosen.name),
        lambda session: preview_import(session, chosen),
        lambda result: preview_and_apply(window, result),
    )


def preview_and_apply(window: WindowHost, plan: ImportPlan) -> None:
    """Show the preview; on confirmation back up and apply in one transaction."""
    workspace = window.workspace
    database = workspace.database
    if database is None:
        return
    parent = window.parent_widget()
    dialog = ImportPreviewDialog(parent, plan, backup_first=database.is_file)
    if dialog.exec() != QDialog.DialogCode.Accepted or not window.forms_closed():
        return
    choices = dialog.choices()

    def apply(session: Any) -> ImportOutcome:
        return apply_planned(database, session, plan, choices)

    def done(outcome: ImportOutcome) -> None:
        written = outcome.written
        # Earlier steps in the undo history may name records the import changed; going
        # back past an import is done by restoring the backup made before it.
        workspace.undo_stack.clear()
        workspace.changed.emit("")
        what = _Counted().written(written)
        undo = (
            translate(
                "Exchange",
                "The backup made before the import can be restored under File → Restore a backup.",
            )
            if database.is_file
            else translate(
                "Exchange",
                "In a team database the server's backups (made by "
                "its administrator) are the way back.",
            )
        )
        QMessageBox.information(parent, translate("Exchange", "Imported"), what + " " + undo)

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            # The database changed since the preview: show what is wrong now.
            ImportPreviewDialog(parent, ImportPlan(plan.path, exc.problems)).exec()
        else:
            show_failure(window, exc)

    run_busy(window, translate("Exchange", "Importing…"), apply, done, refused)

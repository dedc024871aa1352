"""File → Publish open data…: the year's trips made as open data, a CSV file and its
DCAT-AP-DONL metadata in a folder the user chooses (the same files as `intzaken export
open-data`, written by exchange/open_data.py off the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..exchange.open_data import OpenDataExport, export_open_data
from ..services.outlook import report_year
from . import files
from .busy_work import run_busy

if TYPE_CHECKING:
    from .window_host import WindowHost


translate = QCoreApplication.translate


class _Counted(QObject):
    """Texts with a count: pyside6-lupdate sees a plural form (%n) only in a QObject's tr."""

    def written(self, trips: int) -> str:
        return self.tr(
            "%n trip(s) of {year} written to {csv}, with the metadata in {metadata}.", "", trips
        )


def ask_year(window: WindowHost) -> int | None:
    """The year to publish; the one the annual overview would be made for first."""
    workspace = window.workspace
    with workspace.reading() as session:
        suggested = report_year(session, workspace.today())
    year, chosen = QInputDialog.getInt(
        window.parent_widget(),
        translate("OpenData", "Publish open data"),
        translate(
            "OpenData",
            "The trips made in this year go into a CSV file for the open data portal, "
            "with its metadata (DCAT-AP-DONL) beside it.\n\nYear:",
        ),
        suggested,
        1990,
        2100,
    )
    return year if chosen else None


def publish_open_data(window: WindowHost) -> None:
    if window.workspace.database is None:
        return
    year = ask_year(window)
    if year is None:
        return
    chosen = QFileDialog.getExistingDirectory(
        window.parent_widget(),
        translate("OpenData", "Folder for the open data"),
        str(files.documents_folder()),
    )
    if not chosen:
        return
    folder, today = Path(chosen), window.workspace.today()

    def done(written: OpenDataExport) -> None:
        text = (
            _Counted()
            .written(written.trips)
            .format(year=year, csv=written.csv_path, metadata=written.metadata_path.name)
        )
        window.statusBar().showMessage(text, 10000)
        QMessageBox.information(
            window.parent_widget(), translate("OpenData", "Open data written"), text
        )

    run_busy(
        window,
        translate("OpenData", "Writing open data…"),
        lambda session: export_open_data(session, year, folder, modified=today),
        done,
    )

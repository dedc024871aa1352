"""Saving a trip's programme as calendar events (.ics) from the window: the file dialog
and the message; the file itself is written by exchange/programme_ics.py, as by
`intzaken export programme --format ics`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..exchange.programme_ics import export_programme_ics
from ..services.errors import ServiceError
from ..store.errors import StoreError
from .workspace import Workspace


def tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammeCalendar", text)


def save_programme_calendar(
    parent: QWidget, workspace: Workspace, trip_id: int, *, target: Path | None = None
) -> Path | None:
    """Ask where (unless `target` is given), write the calendar and say how many items
    it holds; None when the user cancels or the file cannot be written."""
    if workspace.database is None:
        return None
    if target is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Save the programme as calendar"),
            str(Path.home() / tr("programme-{id}.ics").format(id=trip_id)),
            tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
    try:
        with workspace.reading() as session:
            count = export_programme_ics(session, trip_id, target)
    except (ServiceError, StoreError) as exc:
        QMessageBox.warning(parent, tr("Not saved"), str(exc))
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            tr("Not saved"),
            tr("The calendar could not be saved: {error}").format(error=exc.strerror or exc),
        )
        return None
    if count == 0:
        QMessageBox.information(
            parent,
            tr("Calendar saved"),
            tr("The trip has no programme yet; the calendar holds no events."),
        )
    return target

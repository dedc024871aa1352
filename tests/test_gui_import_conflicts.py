"""The import preview in the window shows a row that would overwrite a colleague's later
save as a conflict; nothing is imported until the user clicks a side, and that side wins."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from intzaken.domain.models import Change, Trip
from intzaken.exchange.conflicts import Keep
from intzaken.services.editing import EDITORS, snapshot
from intzaken.services.history import AUTHOR_KEY
from intzaken.ui.exchange_dialogs import ImportPreviewDialog
from intzaken.ui.import_conflicts import IN_DATABASE, IN_FILE, RECORD
from intzaken.ui.main_window import MainWindow

from .test_gui_exchange import _choose_file, _edited_workbook

ANNAS_PURPOSE = "Bijgewerkt door Anna na de export"
FILES_NOTES = "Aangevuld in het bestand"
OTHER_NOTES = "Een andere reis, ook bijgewerkt"


def _uuid(path: Path, row: int) -> UUID:
    sheet = load_workbook(path)["Reizen"]
    column = next(cell.column for cell in sheet[1] if cell.value == "uuid")
    return UUID(sheet.cell(row, column).value)


def _trip(window: MainWindow, uuid: UUID) -> tuple[str | None, str | None]:
    with window.workspace.reading() as session:
        trip = session.scalar(select(Trip).where(Trip.uuid == uuid))
        return trip.purpose, trip.notes


@pytest.mark.parametrize("side", [Keep.FILE, Keep.DATABASE])
def test_the_preview_shows_the_conflict_and_the_clicked_side_wins(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    tmp_path: Path,
    side: Keep,
) -> None:
    book = _edited_workbook(
        window,
        tmp_path / "reizen.xlsx",
        {(2, "Aantekeningen"): FILES_NOTES, (3, "Aantekeningen"): OTHER_NOTES},
    )
    uuid, other = _uuid(book, 2), _uuid(book, 3)
    original_purpose, _ = _trip(window, uuid)
    with window.workspace.database.sessions.begin() as session:  # a colleague, elsewhere
        session.info[AUTHOR_KEY] = "anna"
        trip_id = session.scalar(select(Trip.id).where(Trip.uuid == uuid))
        data = snapshot(session, "trips", trip_id)
        data.purpose = ANNAS_PURPOSE
        EDITORS["trips"].update(session, trip_id, data)
    anna = _trip(window, uuid)
    _choose_file(monkeypatch, book)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    seen: dict[str, object] = {}

    def answer(dialog: ImportPreviewDialog) -> int:
        dialog.show()
        table = dialog.conflicts
        seen.update(
            rows=table.rowCount(),
            before=dialog.import_button.isEnabled(),
            record=table.item(0, RECORD).text(),
            file=table.item(0, IN_FILE).text(),
            database=table.item(0, IN_DATABASE).text(),
        )
        column = IN_FILE if side is Keep.FILE else IN_DATABASE
        item = table.item(0, column)
        table.scrollToItem(item)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center()
        )
        seen["after"] = dialog.import_button.isEnabled()
        dialog.hide()
        return (
            QDialog.DialogCode.Accepted
            if dialog.import_button.isEnabled()
            else QDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    window.import_registers()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)

    assert seen["rows"] == 1 and seen["before"] is False and seen["after"] is True
    assert str(seen["record"]).startswith("Reis '") and "(blad 'Reizen', rij 2)" in str(
        seen["record"]
    )
    assert f"Doel: {original_purpose}" in str(seen["file"])
    assert f"Aantekeningen: {FILES_NOTES}" in str(seen["file"])
    assert f"Doel: {ANNAS_PURPOSE}" in str(seen["database"])
    assert _trip(window, other)[1] == OTHER_NOTES  # the row without a conflict went in
    with window.workspace.reading() as session:
        contexts = {
            e.context
            for e in session.scalars(
                select(Change).where(Change.record_uuid == uuid, Change.author != "anna")
            )
        }
    if side is Keep.FILE:
        assert _trip(window, uuid) == (original_purpose, FILES_NOTES)
        assert (
            "import reizen.xlsx (conflict: het bestand gekozen boven versie 2 in de "
            "database)" in contexts
        )
    else:
        assert _trip(window, uuid) == anna
        assert not any("reizen.xlsx" in context for context in contexts)

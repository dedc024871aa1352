"""The window's import preview lists the words read other than as written (issue 18)
beside the counts; they do not stop the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from intzaken.exchange import export_workbook
from intzaken.ui.exchange_dialogs import ImportPreviewDialog
from intzaken.ui.main_window import MainWindow


def test_the_preview_shows_what_was_read_other_than_written(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "registers.xlsx"
    with window.workspace.reading() as session:
        export_workbook(session, path)
    book = load_workbook(path)
    sheet = book["Relaties"]
    headings = [cell.value for cell in sheet[1]]
    kind = headings.index("Soort") + 1
    twins = [
        row for row in range(2, sheet.max_row + 1) if sheet.cell(row, kind).value == "stedenband"
    ]
    assert twins
    sheet.cell(twins[0], kind).value = "Zusterstad"
    trips = book["Reizen"]
    destinations = [cell.value for cell in trips[1]].index("Bestemmingen") + 1
    trips.cell(2, destinations).value = "Manchester (Engeland)"
    book.save(path)

    shown: list[ImportPreviewDialog] = []

    def answer(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_registers()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)

    preview = shown[0]
    assert preview.notices.isVisibleTo(preview)
    assert preview.notices.rowCount() == 2
    found = [
        [preview.notices.item(row, column).text() for column in range(4)]
        for row in range(preview.notices.rowCount())
    ]
    assert ["Relaties", str(twins[0]), "Soort", "'Zusterstad' gelezen als stedenband."] in found
    assert [
        "Reizen",
        "2",
        "Bestemmingen",
        "'Engeland' gelezen als Verenigd Koninkrijk.",
    ] in found
    assert "anders gelezen dan geschreven" in preview.summary.text()
    # Not a problem: the file can be imported.
    assert preview.problems.rowCount() == 0 and preview.import_button.isEnabled()

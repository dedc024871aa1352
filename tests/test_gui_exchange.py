"""Export and import from the window: the preview first, then all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from intzaken.domain.models import Trip
from intzaken.exchange import export_workbook
from intzaken.store.errors import DatabaseDamagedError
from intzaken.store.rotation import list_backups
from intzaken.ui.exchange_dialogs import ExportDialog, ImportPreviewDialog
from intzaken.ui.main_window import MainWindow


def _edited_workbook(window: MainWindow, path: Path, edits: dict[tuple[int, str], str]) -> Path:
    """The window's registers exported to `path`, with cells of 'Reizen' changed
    (keyed by row and heading) as a user would in Excel."""
    with window.workspace.reading() as session:
        export_workbook(session, path)
    book = load_workbook(path)
    headings = [cell.value for cell in book["Reizen"][1]]
    for (row, heading), value in edits.items():
        book["Reizen"].cell(row, headings.index(heading) + 1).value = value
    book.save(path)
    return path


def _title(path: Path, row: int) -> str:
    return load_workbook(path)["Reizen"].cell(row, 1).value


def _trip_notes(window: MainWindow, title: str) -> str | None:
    with window.workspace.reading() as session:
        return session.query(Trip).filter_by(title=title).one().notes


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[ImportPreviewDialog]:
    """Every preview shown; each is answered with Import when its button allows it."""
    shown: list[ImportPreviewDialog] = []

    def answer(dialog: ImportPreviewDialog) -> int:
        shown.append(dialog)
        return (
            QDialog.DialogCode.Accepted
            if dialog.import_button.isEnabled()
            else QDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    return shown


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The information messages shown (the last step of an import)."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    return told


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_an_edited_workbook_is_previewed_then_imported_after_a_backup(
    qtbot,
    window: MainWindow,
    previews: list[ImportPreviewDialog],  # noqa: ANN001
    informed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    book_path = _edited_workbook(
        window, tmp_path / "registers.xlsx", {(2, "Aantekeningen"): "Bijgewerkt in Excel"}
    )
    title = _title(book_path, 2)
    _choose_file(monkeypatch, book_path)

    window.import_registers()
    qtbot.waitUntil(lambda: bool(informed), timeout=20000)  # the import has reported

    assert _trip_notes(window, title) == "Bijgewerkt in Excel"
    assert informed[0].startswith("1 record is toegevoegd of gewijzigd.")

    preview = previews[0]
    trips_row = next(
        row
        for row in range(preview.counts.rowCount())
        if preview.counts.item(row, 0).text() == "Reizen"
    )
    assert preview.counts.item(trips_row, 2).text() == "1"  # changed
    assert preview.problems.rowCount() == 0
    assert any(b.reason == "voor-import" for b in list_backups(window.workspace.path))
    assert not window.workspace.undo_stack.canUndo()


def test_a_workbook_with_problems_shows_where_and_writes_nothing(
    qtbot,
    window: MainWindow,
    previews: list[ImportPreviewDialog],  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    book_path = _edited_workbook(
        window,
        tmp_path / "fouten.xlsx",
        {(3, "Aantekeningen"): "Mag er niet in komen", (4, "Begindatum"): "31-02-2024"},
    )
    title = _title(book_path, 3)
    _choose_file(monkeypatch, book_path)
    before = _trip_notes(window, title)

    window.import_registers()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)

    preview = previews[0]
    assert not preview.import_button.isEnabled()
    problem = [preview.problems.item(0, column).text() for column in range(4)]
    assert problem[:3] == ["Reizen", "4", "Begindatum"] and "31-02-2024" in problem[3]
    assert _trip_notes(window, title) == before
    # the counts above a refusal do not read as a result
    assert preview.summary.text().startswith(
        "Er wordt niets ingelezen: 2 problemen in 2 rijen. Verbeter ze in het bestand"
    )
    assert "er is nog niets geschreven" in preview.summary.text()
    headings = [preview.counts.horizontalHeaderItem(c).text() for c in range(5)]
    assert headings == [
        "Register",
        "Zou nieuw zijn",
        "Zou wijzigen",
        "Ongewijzigd",
        "Rijen met een probleem",
    ]
    trips_row = next(
        row
        for row in range(preview.counts.rowCount())
        if preview.counts.item(row, 0).text() == "Reizen"
    )
    assert preview.counts.item(trips_row, 4).text() == "1"


def test_the_export_dialog_offers_a_calendar_for_trips_only(qtbot) -> None:  # noqa: ANN001
    dialog = ExportDialog(None, "relations")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("xlsx", "relations", False)
    dialog.format.setCurrentIndex(dialog.format.findData("ics"))
    assert dialog.choice() == ("ics", "trips", False)
    assert not dialog.empty.isEnabled()


def test_exporting_from_the_window_writes_the_workbook(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    target = tmp_path / "uit" / "reizen"
    target.parent.mkdir()
    window.show_page("trips")
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    window.export_registers()
    written = target.with_suffix(".xlsx")
    qtbot.waitUntil(written.exists, timeout=20000)

    sheets = load_workbook(written).sheetnames  # the trips page's register, with its parts
    assert "Reizen" in sheets and "Reisprogramma" in sheets and "Relaties" not in sheets


def test_an_import_waits_for_the_check_at_open_and_never_writes_a_damaged_file(
    qtbot,
    window: MainWindow,
    previews: list[ImportPreviewDialog],  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    book_path = _edited_workbook(
        window, tmp_path / "registers.xlsx", {(2, "Aantekeningen"): "Mag er niet in komen"}
    )
    title = _title(book_path, 2)
    before = _trip_notes(window, title)
    _choose_file(monkeypatch, book_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    database = window.workspace.database
    assert database is not None

    class FoundDamage:  # what the check running since the open reports
        def require_sound(self) -> None:
            raise DatabaseDamagedError(database.path, ["*** in database main ***"])

        def finish(self) -> None:
            pass

    monkeypatch.setattr(database, "check", FoundDamage())

    window.import_registers()
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)

    assert "beschadigd" in warned[0]
    assert _trip_notes(window, title) == before
    assert not any(b.reason == "voor-import" for b in list_backups(database.path))


def test_file_menu_saves_the_import_template(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Bestand → Importsjabloon opslaan…: the workbook `export --empty` writes."""
    target = tmp_path / "sjabloon"
    asked: list[str] = []

    def save_as(_parent, _title, proposed, _filter, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Import&sjabloon opslaan…")
    assert action.isEnabled()
    action.trigger()
    written = target.with_suffix(".xlsx")
    qtbot.waitUntil(written.exists, timeout=20000)
    assert asked[0].endswith("importsjabloon.xlsx")
    book = load_workbook(written)
    assert book.sheetnames[0] == "Toelichting" and book.sheetnames[-1] == "Keuzelijsten"
    assert book["Reizen"].max_row == 1


def test_the_preview_says_which_register_a_sheet_was_read_as(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    previews: list[ImportPreviewDialog],
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "lijst.xlsx"
    book = Workbook()
    book.active.title = "Sheet1"
    book.active.append(["Naam", "Afkorting", "Werkterrein", "Lid sinds"])
    book.active.append(["Energy Cities", "EnC", "Energietransitie", 2010])
    book.save(path)
    _choose_file(monkeypatch, path)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: previews.append(d) or 0)
    window.import_registers()
    qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    notice = previews[0].assumptions
    assert not notice.isHidden()
    assert notice.text() == "Blad 'Sheet1' gelezen als Netwerken (op de kolomkoppen)."

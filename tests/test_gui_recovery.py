"""Restoring a backup from the window, and the offer when a file turns out damaged."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from intzaken.store.recovery import summarise
from intzaken.store.rotation import BY_HAND, DAILY, backups_folder, make_backup
from intzaken.ui import recovery
from intzaken.ui.main_window import MainWindow
from intzaken.ui.restore_dialog import RestoreDialog

from .conftest import damage


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _elsewhere(path: Path, tmp_path: Path) -> Path:
    """`path` moved to a folder of its own as werk.sqlite (a second file to open)."""
    other = tmp_path / "elders" / "werk.sqlite"
    other.parent.mkdir()
    return path.rename(other)


def _trip_count(window: MainWindow) -> int:
    return summarise(window.workspace.path).counts["reizen"]


def test_the_dialog_shows_each_backup_with_what_it_holds(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    path = window.workspace.path
    sound = make_backup(path, BY_HAND)
    broken = make_backup(path, DAILY)
    damage(broken)
    dialog = RestoreDialog(window, path)
    qtbot.addWidget(dialog)

    assert dialog.table.rowCount() == 3  # with the daily copy made at open
    reasons = {dialog.table.item(row, 1).text() for row in range(3)}
    assert reasons == {"dagelijks (automatisch)", "met de hand gemaakt"}
    dialog.show_file(sound)
    assert "Gemeente Rotterdam" in dialog.details.text()
    assert "40 reizen" in dialog.details.text()
    assert dialog.restore_button.isEnabled() and dialog.chosen == sound
    dialog.show_file(broken)
    assert "beschadigd" in dialog.details.text() and not dialog.restore_button.isEnabled()


def test_restoring_from_the_window_brings_the_data_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.workspace.path
    backup = make_backup(path, BY_HAND)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trips = window.show_page("trips")
    trips.select_id(trips.model.row_id(0))
    window.delete_record()
    assert _trip_count(window) == 39
    shown = _messages(monkeypatch)

    assert recovery.restore_into(window, path, backup)

    assert window.workspace.path == path and _trip_count(window) == 40
    assert "40 reizen" in shown[-1] and "voor-terugzetten" in shown[-1]
    assert not window.workspace.undo_stack.canUndo()  # the history of the old content


def test_the_open_file_is_closed_off_the_gui_thread_before_its_backup_goes_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing a large file writes its log back into it: done on the worker, before
    the restore, and the window shows no file meanwhile."""
    from intzaken.store.database import Database

    path = window.workspace.path
    backup = make_backup(path, BY_HAND)
    closed: list[tuple[bool, object]] = []
    close = Database.close

    def closing(database: Database) -> None:
        closed.append(
            (threading.current_thread() is threading.main_thread(), window.workspace.database)
        )
        close(database)

    monkeypatch.setattr(Database, "close", closing)
    _messages(monkeypatch)

    assert recovery.restore_into(window, path, backup)

    assert closed == [(False, None)]
    assert window.workspace.path == path and _trip_count(window) == 40


def test_a_damaged_file_is_offered_its_newest_sound_backup(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    demo_copy: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    other = _elsewhere(demo_copy("groningen"), tmp_path)
    make_backup(other, DAILY)
    damaged_bytes = damage(other)
    asked: list[str] = []
    monkeypatch.setattr(
        recovery,
        "ask_about_backup",
        lambda _w, _p, message, *_a: asked.append(message) or recovery.RESTORE,
    )
    _messages(monkeypatch)

    assert window.open_path(other)

    assert "beschadigd" in asked[0]
    assert window.workspace.path == other.resolve()
    assert summarise(other).organisation == "Gemeente Groningen"
    kept = list(backups_folder(other).glob("werk-*-beschadigd.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes


def test_a_damaged_file_without_backups_says_so_and_stays_untouched(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    demo_copy: Callable[[str], Path],
    tmp_path: Path,
) -> None:
    other = _elsewhere(demo_copy("almere"), tmp_path)
    damaged_bytes = damage(other)
    shown = _messages(monkeypatch)
    opened_before = window.workspace.path

    assert not window.open_path(other)

    assert "Geen goede back-up" in shown[-1]
    assert other.read_bytes() == damaged_bytes
    assert window.workspace.path == opened_before  # the file that was open stays open

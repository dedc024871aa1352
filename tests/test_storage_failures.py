"""When the file cannot be written: a Dutch message naming the cause, and nothing lost."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from intzaken.store.database import Database, open_database
from intzaken.store.errors import (
    DatabaseDamagedError,
    DiskFullError,
    FileBusyError,
    FileInUseError,
    FileUnreachableError,
    ReadOnlyFileError,
)
from intzaken.store.failures import storage_failure
from intzaken.ui.files import OpenRefused, open_file
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # full disks, read-only files, locks: a file's failures

LONG_NOTE = ("Verslag van het bezoek. " * 4000).strip()  # needs new pages in the file


def test_a_read_only_file_is_refused_at_open_with_the_reason(
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyFileError) as refused:
            open_database(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert "alleen-lezen" in str(refused.value)
    assert path.read_bytes() == before


def test_a_second_window_on_the_same_file_is_refused(demo_copy: Callable[[str], Path]) -> None:
    path = demo_copy("rotterdam")
    first = open_file(path)
    try:
        with pytest.raises(OpenRefused, match="al geopend in Intzaken"):
            open_file(path)
    finally:
        first.close()
    open_file(path).close()


def test_the_lock_of_a_killed_window_does_not_linger(demo_copy: Callable[[str], Path]) -> None:
    # The lock is the operating system's: a leftover lock file (after a crash or kill -9)
    # holds nothing.
    path = demo_copy("rotterdam")
    Path(f"{path}.lock").write_text(" door iemand op een laptop sinds gisteren")
    database = open_file(path)
    try:
        assert database.path == path
        holder = Path(f"{path}.lock").read_text("utf-8")
        assert "laptop" not in holder and f"(proces {os.getpid()})" in holder
        with pytest.raises(OpenRefused, match="al geopend in Intzaken"):
            open_file(path)  # the lock is now this window's
    finally:
        database.close()


@pytest.fixture
def window_database(tmp_path: Path, demo_copy: Callable[[str], Path]) -> Path:
    """The demo on a 'drive' (a folder) that a test can pull away."""
    drive = tmp_path / "netwerkschijf"
    drive.mkdir()
    path = drive / "rotterdam.sqlite"
    os.replace(demo_copy("rotterdam"), path)
    return path


class _FileSizeLimit:
    """While in force the file may not grow: SQLite answers as it does on a full disk."""

    def __init__(self, database: Database) -> None:
        self.engine = database.engine
        event.listen(self.engine, "connect", self._limit)
        self.engine.dispose()  # new connections, with the limit

    @staticmethod
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    def lift(self) -> None:
        event.remove(self.engine, "connect", self._limit)
        self.engine.dispose()


@pytest.fixture
def edited_form(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordForm]:
    """An open trip form with a long note typed in and not yet saved."""
    trips = window.show_page("trips")
    window.open_record("trips", trips.model.row_id(0))
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    form.notes.setPlainText(LONG_NOTE)
    yield form


def _saved_notes(window: MainWindow, form: RecordForm) -> str:
    from intzaken.domain.models import Trip

    with window.workspace.reading() as session:
        return session.get(Trip, form.record_id).notes or ""


def _save_and_collect_messages(form: RecordForm, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    assert not form.save()
    return shown + [form.general_error.text()]


def test_a_full_disk_keeps_the_input_in_the_form(
    window: MainWindow, edited_form: RecordForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = window.workspace.database
    assert database is not None
    limit = _FileSizeLimit(database)
    messages = _save_and_collect_messages(edited_form, monkeypatch)

    assert any("is vol" in message for message in messages), messages
    assert edited_form.isVisible() and edited_form.notes.toPlainText() == LONG_NOTE
    assert _saved_notes(window, edited_form) != LONG_NOTE

    limit.lift()  # space freed: the same form saves
    assert edited_form.save()
    assert _saved_notes(window, edited_form) == LONG_NOTE


def test_a_vanished_drive_keeps_the_input_in_the_form(
    window: MainWindow,
    edited_form: RecordForm,
    monkeypatch: pytest.MonkeyPatch,
    window_database: Path,
) -> None:
    drive = window_database.parent
    gone = drive.with_name("losgekoppeld")
    os.replace(drive, gone)
    try:
        messages = _save_and_collect_messages(edited_form, monkeypatch)
    finally:
        os.replace(gone, drive)

    assert any("niet meer bereikbaar" in message for message in messages), messages
    assert edited_form.isVisible() and edited_form.notes.toPlainText() == LONG_NOTE
    assert edited_form.save()  # the drive is back
    assert _saved_notes(window, edited_form) == LONG_NOTE


def test_storage_failures_name_the_file(tmp_path: Path) -> None:
    for error in (DiskFullError, FileUnreachableError):
        assert str(tmp_path / "x.sqlite") in str(error(tmp_path / "x.sqlite"))
    assert "Pietje" in str(FileInUseError(tmp_path / "x.sqlite", "door Pietje op pc-12"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SQLITE_FULL", DiskFullError),
        ("SQLITE_IOERR_WRITE", FileUnreachableError),
        ("SQLITE_READONLY_DBMOVED", FileUnreachableError),
        ("SQLITE_READONLY", ReadOnlyFileError),
        ("SQLITE_BUSY", FileBusyError),
        ("SQLITE_CORRUPT", DatabaseDamagedError),
    ],
)
def test_sqlite_errors_become_the_matching_message(
    tmp_path: Path, name: str, expected: type
) -> None:
    path = tmp_path / "x.sqlite"
    path.touch()
    error = sqlite3.OperationalError("low-level text")
    error.sqlite_errorname = name
    wrapped = OperationalError("UPDATE trips", {}, error)
    assert isinstance(storage_failure(path, wrapped), expected)
    assert storage_failure(path, ValueError("not storage")) is None
    assert isinstance(storage_failure(path, OSError(errno.ENOSPC, "full")), DiskFullError)

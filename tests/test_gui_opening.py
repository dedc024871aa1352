"""Opening a file that must be checked and brought up to date keeps the window answering,
says what it is doing, and can be cancelled until the file is about to change (issue 22)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from intzaken.store import database as store_database
from intzaken.store import migrations
from intzaken.store.engine import make_engine
from intzaken.store.migrations import alembic_config, current_revision
from intzaken.store.schema_version import SCHEMA_REVISION
from intzaken.ui.opening import OpeningCancelled, open_waiting

pytestmark = pytest.mark.usefixtures("dutch")
OLD_REVISION = "0005"  # before 0006 rebuilt the trips table: a migration with real work


@pytest.fixture
def old_file(demo_copy: Callable[[str], Path]) -> Path:
    path = demo_copy("groningen")
    if not isinstance(path, Path):
        pytest.skip("a file's opening; a team database is opened by its server")
    engine = make_engine(path, foreign_keys=False)  # as the app migrates: see PITFALLS
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), OLD_REVISION)
    finally:
        engine.dispose()
    return path


def _revision(path: Path) -> str | None:
    engine = make_engine(path)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def _held_at(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> threading.Event:
    """Makes the worker wait at `module.name` until the returned event is set, so the test
    can look at the window in that moment without timing anything."""
    gate = threading.Event()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(30), "the test never let the opening go on"
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return gate


def _when_dialog_shows(
    parent: QWidget, wanted: str, then: Callable[[QProgressDialog], None]
) -> dict[str, int]:
    """Calls `then(dialog)` once the opening's dialog shows a text containing `wanted`;
    counts the event loop's turns meanwhile (the window answering)."""
    turns = {"count": 0}

    def look() -> None:
        turns["count"] += 1
        dialog = parent.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible() and wanted in dialog.labelText():
            then(dialog)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return turns


def test_a_migration_runs_behind_a_dialog_that_says_it_cannot_be_cancelled(
    qtbot, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = _held_at(monkeypatch, migrations, "upgrade_to_head")
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}

    def look(dialog: QProgressDialog) -> None:
        seen["text"] = dialog.labelText()
        seen["cancel enabled"] = dialog.findChild(QPushButton).isEnabled()
        gate.set()

    turns = _when_dialog_shows(parent, "kan niet worden afgebroken", look)
    database = open_waiting(parent, old_file)
    try:
        assert "kan niet worden afgebroken" in seen["text"]
        assert seen["cancel enabled"] is False
        assert turns["count"] > 1  # the event loop went round while the worker waited
    finally:
        database.close()
    assert _revision(old_file) == SCHEMA_REVISION
    assert (
        parent.findChild(QProgressDialog) is None
        or not parent.findChild(QProgressDialog).isVisible()
    )


def test_cancelled_while_checking_the_file_is_left_as_it_was(
    qtbot, old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = old_file.read_bytes()
    gate = _held_at(monkeypatch, store_database, "integrity_problems")
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancel(dialog: QProgressDialog) -> None:
        button = dialog.findChild(QPushButton)
        assert button.isEnabled()
        button.click()
        gate.set()

    _when_dialog_shows(parent, "Controleren", cancel)
    with pytest.raises(OpeningCancelled):
        open_waiting(parent, old_file)
    assert old_file.read_bytes() == before
    assert _revision(old_file) == OLD_REVISION
    # Nothing holds the file: it opens (and is brought up to date) the next time.
    gate.set()
    database = open_waiting(parent, old_file)
    database.close()
    assert _revision(old_file) == SCHEMA_REVISION


def test_a_refused_file_is_refused_as_before(qtbot, tmp_path: Path) -> None:
    from intzaken.ui.files import OpenRefused

    letter = tmp_path / "brief.sqlite"
    letter.write_text("Geachte raad,", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(OpenRefused):
        open_waiting(parent, letter)

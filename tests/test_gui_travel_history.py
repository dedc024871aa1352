"""The merge preview's history tab: which entries of the travel copy's history are
carried over, which not and why, following the choices made in the dialog."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from intzaken.domain.models import Change, Trip
from intzaken.services.history import now_utc
from intzaken.store.database import Database
from intzaken.travel import history_sift as rules
from intzaken.travel.merge_plan import Side
from intzaken.ui.main_window import MainWindow
from intzaken.ui.merge_dialog import MergeDialog
from intzaken.ui.travel_copy_dialog import TravelCopyDialog

from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, plan, team_ids

FORGER = "oud-burgemeester"
TRIP = "Deelname Three Ports Summit over havens, drugs en ondermijning"  # in the demo
CARRIED = 4  # the column that says whether an entry is carried over


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def _forge_deletion(copy: Path, trip: UUID) -> None:
    """A "deleted" entry for a trip that stays, added by hand with plain sqlite3."""
    with sqlite3.connect(copy) as connection:
        connection.execute(
            "INSERT INTO changes (at, author, register, record_uuid, title, action, "
            "old_value, new_value, context) VALUES (?, ?, 'trips', ?, 'Handelsmissie', "
            "'deleted', '', '', '')",
            (now_utc().isoformat(" ", "microseconds"), FORGER, trip.hex),
        )


def _status(dialog: MergeDialog, author: str) -> str:
    table = dialog.history
    return next(
        table.item(row, CARRIED).text()
        for row in range(table.rowCount())
        if table.item(row, 1).text() == author
    )


def test_the_history_tab_follows_the_choices(
    qtbot: Any, dutch: None, database: Database, tmp_path: Path
) -> None:
    team, copy = team_ids(), tmp_path / "reis.sqlite"
    with edited(copy, TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
        mission = session.get(Trip, team["mission"]).uuid
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
    _forge_deletion(copy, mission)
    planned = plan(database, tmp_path)
    dialog = MergeDialog(None, planned)
    qtbot.addWidget(dialog)
    history_tab = dialog.tabs.indexOf(dialog._history_page)
    assert dialog.tabs.tabText(history_tab) == "Geschiedenis: 0 overgenomen, 2 niet"
    assert _status(dialog, TRAVELLER) == f"Nee: {rules.OPEN_CHOICE}"
    assert _status(dialog, FORGER) == f"Nee: {rules.NOT_DELETED}"

    mission_merge = planned.conflicts[0]
    dialog.choose(mission_merge, "notes", Side.THEIRS)
    assert _status(dialog, TRAVELLER) == f"Nee: {rules.FIELD_NOT_TAKEN}"
    dialog.choose(mission_merge, "notes", Side.MINE)
    assert _status(dialog, TRAVELLER) == "Ja"
    assert _status(dialog, FORGER) == f"Nee: {rules.NOT_DELETED}"
    assert dialog.tabs.tabText(history_tab) == "Geschiedenis: 1 overgenomen, 1 niet"


def test_the_window_names_what_was_not_carried_over(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    copy = tmp_path / "reiskopie.sqlite"
    with window.workspace.reading() as session:
        trip = session.scalar(select(Trip).where(Trip.title == TRIP))
        trip_id, trip_uuid = trip.id, trip.uuid
    monkeypatch.setattr(TravelCopyDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(TravelCopyDialog, "choice", lambda _d: (trip_id, copy, False))
    window.take_travel_copy()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    with edited(copy, TRAVELLER) as session:
        change(session, "trips", trip_id, outcomes="Verklaring ondertekend")
    _forge_deletion(copy, trip_uuid)
    monkeypatch.setattr(MergeDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    window.merge_travel_copy()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20000)
    assert "1 wijziging uit de geschiedenis overgenomen" in told[1]
    assert "Niet overgenomen uit de geschiedenis van de reiskopie (1):\n" in told[1]
    assert f"{FORGER}, reis 'Handelsmissie': verwijderd: {rules.NOT_DELETED}" in told[1]
    with window.workspace.reading() as session:
        assert not session.scalars(select(Change).where(Change.author == FORGER)).all()

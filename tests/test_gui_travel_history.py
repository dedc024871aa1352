"""The merge preview's history tab: which entries of the travel copy's history are
carried over, which not and why, following the choices made in the dialog."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intzaken.domain.models import Trip
from intzaken.services.history import now_utc
from intzaken.store.database import Database
from intzaken.travel import history_sift as rules
from intzaken.travel.merge_plan import Side
from intzaken.ui.merge_dialog import MergeDialog

from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, plan, team_ids

FORGER = "oud-burgemeester"
CARRIED = 4  # the column that says whether an entry is carried over


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def _status(dialog: MergeDialog, author: str) -> str:
    table = dialog.history
    return next(table.item(row, CARRIED).text() for row in range(table.rowCount())
                if table.item(row, 1).text() == author)


def test_the_history_tab_follows_the_choices(qtbot: Any, dutch: None, database: Database,
                                             tmp_path: Path) -> None:
    team, copy = team_ids(), tmp_path / "reis.sqlite"
    with edited(copy, TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
        mission = session.get(Trip, team["mission"]).uuid
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
    with sqlite3.connect(copy) as connection:  # a "deleted" entry for a trip that stays
        connection.execute(
            "INSERT INTO changes (at, author, register, record_uuid, title, action, "
            "old_value, new_value, context) VALUES (?, ?, 'trips', ?, 'Handelsmissie', "
            "'deleted', '', '', '')",
            (now_utc().isoformat(" ", "microseconds"), FORGER, mission.hex))
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

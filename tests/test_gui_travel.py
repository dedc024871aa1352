"""Travel copies from the window: taking one along, the merge preview and its choices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.services.fields import field_label
from intzaken.store.database import Database
from intzaken.store.rotation import list_backups
from intzaken.travel.merge_plan import Case, Side
from intzaken.ui.main_window import MainWindow
from intzaken.ui.merge_dialog import MINE, THEIRS, MergeDialog
from intzaken.ui.travel_copy_dialog import TravelCopyDialog, default_name

from .travel_helpers import (
    STAY_AT_HOME,
    TRAVELLER,
    change,
    edited,
    opened_team,
    plan,
    team_ids,
)

TRIP = "Deelname Three Ports Summit over havens, drugs en ondermijning"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """The team database (built once per run, copied for each test)."""
    yield from opened_team(tmp_path)


@pytest.fixture
def team(database: Database) -> dict[str, int]:
    return team_ids()


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    return told


def _row(dialog: MergeDialog, field: str) -> int:
    return next(row for row in dialog._rows if dialog.conflicts.item(row, 0).text() == field)


def _click(qtbot: Any, dialog: MergeDialog, row: int, column: int) -> None:
    table = dialog.conflicts
    table.scrollToItem(table.item(row, column))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(row, column)).center(),
    )


def test_the_merge_dialog_is_done_when_every_conflict_is_decided(
    qtbot: Any, database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    from intzaken.services.organisation import delete_contact

    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie", outcomes="Goed")
        delete_contact(session, team["mia"])
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
    planned = plan(database, tmp_path)
    dialog = MergeDialog(None, planned)
    qtbot.addWidget(dialog)
    dialog.show()
    mission = planned.conflicts[0]
    assert mission.case is Case.CHANGED_ON_BOTH
    notes, outcomes = _row(dialog, field_label("notes")), _row(dialog, "Resultaten")
    # the one-sided change is proposed; the field both changed waits for a choice
    assert dialog.conflicts.item(outcomes, MINE).checkState() == Qt.CheckState.Checked
    assert dialog.conflicts.item(notes, MINE).checkState() == Qt.CheckState.Unchecked
    assert dialog.conflicts.item(notes, MINE).text() == "Uit de reiskopie"
    assert dialog.conflicts.item(notes, THEIRS).text() == "Uit het team"
    assert not dialog.merge_button.isEnabled() and "1" in dialog.status.text()

    _click(qtbot, dialog, notes, THEIRS)
    assert dialog.merge_button.isEnabled()
    assert dialog.choices()[(mission.uuid, "notes")] is Side.THEIRS
    _click(qtbot, dialog, notes, MINE)
    assert dialog.conflicts.item(notes, THEIRS).checkState() == Qt.CheckState.Unchecked
    _click(qtbot, dialog, outcomes, THEIRS)  # a proposal can be overruled
    assert dialog.choices()[(mission.uuid, "outcomes")] is Side.THEIRS
    dialog.conflicts.setFocus()
    dialog.conflicts.setCurrentCell(outcomes, MINE)
    qtbot.keyClick(dialog.conflicts, Qt.Key.Key_Return)  # and chosen from the keyboard
    assert dialog.choices()[(mission.uuid, "outcomes")] is Side.MINE

    # a deletion is kept unless ticked
    mia = planned.deletions[0]
    assert dialog.choices()[(mia.uuid, None)] is Side.THEIRS
    dialog.deletions.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert dialog.choices()[(mia.uuid, None)] is Side.MINE


def test_open_choices_are_settled_for_one_side(
    qtbot: Any, dutch: None, database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    from intzaken.services.trips import delete_trip

    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
        change(session, "trips", team["osaka_2023"], notes="Foto's")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
        delete_trip(session, team["osaka_2023"])
    dialog = MergeDialog(None, plan(database, tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "Nog te kiezen: 2."
    dialog.all_theirs.click()
    assert dialog.merge_button.isEnabled() and not dialog.all_theirs.isEnabled()
    assert set(dialog.choices().values()) == {Side.THEIRS}


def test_a_trip_is_taken_along_and_merged_back_from_the_window(
    qtbot: Any,
    window: MainWindow,
    informed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    copy_path = tmp_path / "reiskopie.sqlite"
    with window.workspace.reading() as session:
        trip_id = session.scalar(select(Trip.id).where(Trip.title == TRIP))
    monkeypatch.setattr(TravelCopyDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(TravelCopyDialog, "choice", lambda _d: (trip_id, copy_path, False))
    window.take_travel_copy()
    qtbot.waitUntil(lambda: bool(informed), timeout=20000)
    assert str(copy_path) in informed[0]

    with edited(copy_path, TRAVELLER) as session:
        change(
            session, "trips", trip_id, outcomes="Verklaring ondertekend", notes="Uit de reiskopie"
        )
    with window.workspace.writing("trips") as session:
        change(session, "trips", trip_id, notes="Uit het team")
    shown: list[MergeDialog] = []

    def answer(dialog: MergeDialog) -> int:
        shown.append(dialog)
        dialog.all_mine.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy_path), ""))
    window.merge_travel_copy()
    qtbot.waitUntil(lambda: len(informed) == 2, timeout=20000)

    assert informed[1].startswith("De reiskopie is teruggezet: 0 toegevoegd, 1 gewijzigd")
    with window.workspace.reading() as session:
        trip = session.get(Trip, trip_id)
        assert (trip.outcomes, trip.notes) == ("Verklaring ondertekend", "Uit de reiskopie")
    assert any(b.reason == "voor-reiskopie" for b in list_backups(window.workspace.path))

    # the copy opened in the window says what it is, and is not copied or merged again
    assert window.open_path(copy_path)
    assert window.windowTitle().startswith("Reiskopie — ")
    assert window.file_label.text().startswith("Reiskopie (al teruggezet), genomen uit ")
    assert not window.window_actions.take_copy_action.isEnabled()
    assert not window.window_actions.merge_copy_action.isEnabled()


def test_the_suggested_file_name(qtbot: Any, tmp_path: Path) -> None:
    assert default_name(None) == "reiskopie-alles.sqlite"
    assert default_name(TRIP) == "reiskopie-deelname-three-ports-summit-over-havens.sqlite"
    dialog = TravelCopyDialog(None, [(7, f"{TRIP} (25-11-2024)")], 7, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (7, tmp_path / default_name(TRIP), False)
    dialog.everything.setChecked(True)
    assert dialog.choice() == (None, tmp_path / "reiskopie-alles.sqlite", False)
    dialog.file.setText("eigen naam")
    dialog.one_trip.setChecked(True)
    assert dialog.choice() == (7, tmp_path / "eigen naam.sqlite", False)


def test_the_suggested_name_matches_the_choice_made_in_the_dialog(
    qtbot: Any, tmp_path: Path
) -> None:
    """ "Only what one trip needs" never proposes reiskopie-alles; each trip its own name."""
    trips = [(7, f"{TRIP} (25-11-2024)"), (8, "Handelsmissie Japan (03-03-2025)")]
    dialog = TravelCopyDialog(None, trips, None, tmp_path)  # no trip selected in the list
    qtbot.addWidget(dialog)
    assert dialog.one_trip.isChecked()
    assert dialog.target() == tmp_path / "reiskopie-reis.sqlite"
    assert not dialog.write_button.isEnabled()  # which trip is still to be chosen
    choose = dialog.trip.setCurrentIndex  # as the user picks from the list
    choose(dialog.trip.findText("Handelsmissie Japan (03-03-2025)"))
    assert dialog.choice() == (8, tmp_path / "reiskopie-handelsmissie-japan.sqlite", False)
    choose(dialog.trip.findText(f"{TRIP} (25-11-2024)"))
    assert dialog.target() == tmp_path / default_name(TRIP)
    dialog.everything.setChecked(True)
    assert dialog.choice() == (None, tmp_path / "reiskopie-alles.sqlite", False)

"""The window on a team database: a PostgreSQL server's demo in the real window, the
dialog that asks for the address, and the setting up of an empty database. The other
window tests run on files only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

from intzaken.store.location import ServerAddress
from intzaken.ui import team_database
from intzaken.ui.main_window import MainWindow
from intzaken.ui.team_database import TeamDatabaseDialog

PASSWORD = "niet-bewaren-42"


@pytest.fixture
def window_database(team_demo_copy: Callable[[str], ServerAddress]) -> ServerAddress:
    return team_demo_copy("rotterdam")  # the `window` fixture opens it


def test_the_window_shows_the_trips_of_a_team_database(
    window: MainWindow, window_database: ServerAddress
) -> None:
    trips = window.show_page("trips")
    assert trips.model.rowCount() == 40  # type: ignore[attr-defined]
    titles = {
        trips.model.cell_text(row, 4)  # type: ignore[attr-defined]
        for row in range(trips.model.rowCount())
    }  # type: ignore[attr-defined]
    assert "Vertegenwoordiging Rotterdam in EFUS en Eurocities" in titles
    name, server = window_database.database_name, window_database.server
    assert window.windowTitle() == (
        f"Gemeente Rotterdam — teamdatabase {name} op {server} — Intzaken"
    )
    assert window.file_label.text() == str(window_database)
    # What only a file has is off, and says why.
    actions = window.window_actions
    for action in (actions.backup_action, actions.restore_action):
        assert not action.isEnabled() and "pg_dump" in action.statusTip()
    assert actions.import_action.isEnabled() and actions.export_action.isEnabled()
    assert window.settings.recent_files()[0] == window_database


@pytest.fixture
def empty_window(dutch: None, empty_window: MainWindow) -> MainWindow:
    """conftest's window without a database, made after the Dutch is loaded."""
    return empty_window


def test_the_dialog_checks_the_address_and_keeps_the_password_for_one_connection(
    qtbot, empty_window: MainWindow
) -> None:  # noqa: ANN001
    dialog = TeamDatabaseDialog(empty_window)
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    dialog.address.setText("postgresql://ann@db.gemeente.nl")
    assert not open_button.isEnabled() and "ontbreekt de naam" in dialog.problem.text()
    dialog.address.setText("postgresql://ann@db.gemeente.nl/intzaken")
    dialog.password.setText(PASSWORD)
    assert open_button.isEnabled() and dialog.problem.isHidden()
    chosen = dialog.chosen()
    assert chosen is not None and chosen.password == PASSWORD
    assert PASSWORD not in str(chosen)


def test_an_empty_team_database_is_set_up_after_asking_the_name(
    empty_window: MainWindow,
    server_databases: Callable[..., ServerAddress],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    address = server_databases()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Gemeente Delft", True))
    assert empty_window.open_path(address.with_password(PASSWORD))
    assert empty_window.workspace.location == address
    assert empty_window.windowTitle().startswith("Gemeente Delft — teamdatabase ")
    empty_window.settings.sync()
    stored = (tmp_path / "settings.ini").read_text()
    assert address.database_name in stored and PASSWORD not in stored


def test_an_unreachable_server_is_explained_and_nothing_changes(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        team_database.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    assert not empty_window.open_path(ServerAddress("postgresql://ann@127.0.0.1:1/intzaken"))
    assert empty_window.workspace.database is None
    assert len(shown) == 1 and "127.0.0.1:1 is niet bereikbaar" in shown[0]


def test_a_refused_login_asks_for_the_password(
    empty_window: MainWindow,
    postgres_server,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    asked: list[tuple[str, str]] = []

    def answer(dialog: TeamDatabaseDialog) -> int:
        asked.append((dialog.address.text(), dialog.problem.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TeamDatabaseDialog, "exec", answer)
    stranger = ServerAddress(postgres_server.url.replace("intzaken@", "onbekend@", 1))
    assert not empty_window.open_path(stranger)
    assert asked == [(str(stranger), asked[0][1])] and "als onbekend is mislukt" in asked[0][1]

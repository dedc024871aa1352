"""The window on a team database while a colleague holds a trip: typing in the trip's
form and saving it wait for the server on a worker thread, so the window keeps running
(the test's own timers run on the GUI thread while the server reports our session
waiting for the lock); the save then says "bezet" and offers "Opnieuw proberen". And a
save whose COMMIT is cut off (tests/server_faults.py) is told as it turned out."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Connection, create_engine, text

from intzaken.domain.models import Trip
from intzaken.store.database import open_database
from intzaken.store.location import ServerAddress
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow

from .postgres_server import TestServer
from .server_faults import Break, CommitBreaker


@pytest.fixture
def window_database(team_demo_copy: Callable[[str], ServerAddress]) -> ServerAddress:
    return team_demo_copy("rotterdam")  # the `window` fixture opens it


class Colleague:
    """Another session that holds a trip's row (SELECT ... FOR UPDATE) until released."""

    def __init__(self, address: ServerAddress, trip_id: int) -> None:
        self.engine = create_engine(address.sqlalchemy_url())
        self.connection: Connection | None = self.engine.connect()
        self.connection.begin()
        self.connection.execute(
            text("SELECT id FROM trips WHERE id = :id FOR UPDATE"), {"id": trip_id}
        )

    def release(self) -> None:
        if self.connection is not None:
            self.connection.rollback()
            self.connection.close()
            self.connection = None
        self.engine.dispose()


@pytest.fixture
def trip_form(window: MainWindow, window_database: ServerAddress) -> RecordForm:
    trips = window.show_page("trips")
    trip_id = trips.model.row_id(0)  # type: ignore[attr-defined]
    window.open_record("trips", trip_id)
    return next(
        form
        for form in window.findChildren(RecordForm)
        if form.isVisible() and form.record_id == trip_id
    )


@pytest.fixture
def colleague(trip_form: RecordForm, window_database: ServerAddress) -> Iterator[Colleague]:
    assert trip_form.record_id is not None
    holder = Colleague(window_database, trip_form.record_id)
    yield holder
    holder.release()


def waiting_for_a_lock(server: TestServer, address: ServerAddress) -> bool:
    """Whether one of our sessions waits for a lock right now, as the server sees it."""
    with server.engine.connect() as admin:
        return bool(
            admin.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :name "
                    "AND application_name = 'intzaken' AND wait_event_type = 'Lock'"
                ),
                {"name": address.database_name},
            )
        )


def test_typing_while_a_colleague_holds_the_trip_keeps_the_window_running(
    qtbot,
    trip_form: RecordForm,
    colleague: Colleague,  # noqa: ANN001
    postgres_server: TestServer,
    window_database: ServerAddress,
) -> None:
    form = trip_form
    form.notes.setPlainText("Nieuwe aantekening")  # the trial save follows the typing
    # This runs on the GUI thread while the trial save waits for the colleague's lock.
    qtbot.waitUntil(lambda: waiting_for_a_lock(postgres_server, window_database), timeout=5000)
    assert form.checking and not form.save_button.isEnabled()
    colleague.release()
    qtbot.waitUntil(lambda: not form.checking, timeout=10000)
    assert form.problems == [] and form.notice.isHidden()
    assert form.save_button.isEnabled()


def test_a_save_behind_a_colleagues_lock_is_busy_and_can_be_tried_again(
    qtbot,
    window: MainWindow,
    trip_form: RecordForm,  # noqa: ANN001
    colleague: Colleague,
    postgres_server: TestServer,
    window_database: ServerAddress,
) -> None:
    form = trip_form
    trip_id = form.record_id
    qtbot.waitUntil(lambda: not form.checking, timeout=10000)
    form.notes.setPlainText("Mijn aantekening")
    qtbot.waitUntil(
        lambda: not form.checking and form.save_button.isEnabled() or bool(form.notice.text()),
        timeout=10000,
    )
    seen: dict[str, object] = {}

    def watch() -> None:
        # A timer on the GUI thread: it runs while the save waits, or the window froze.
        if waiting_for_a_lock(postgres_server, window_database):
            seen["ran while the save waited"] = True
        box = next(
            (
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QMessageBox) and widget.isVisible()
            ),
            None,
        )
        if box is None:
            return
        timer.stop()
        seen["message"] = box.text()
        buttons = {button.text(): button for button in box.buttons()}
        seen["buttons"] = sorted(buttons)
        colleague.release()  # the colleague is done: trying again saves
        buttons["Opnieuw proberen"].click()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(50)
    with qtbot.captureExceptions() as exceptions:
        assert form.save()
    timer.stop()
    assert exceptions == []
    assert seen.get("ran while the save waited") is True
    message = str(seen["message"])
    assert "was even bezet door het werk van een collega" in message
    assert "Er is niets opgeslagen; probeer het opnieuw" in message
    assert "Opnieuw proberen" in seen["buttons"]  # type: ignore[operator]
    with window.workspace.reading() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None and trip.notes == "Mijn aantekening"
    assert window.workspace.undo_stack.count() == 1


# --- a COMMIT cut off -------------------------------------------------------------------------
@pytest.fixture
def breaker(
    window: MainWindow, window_database: ServerAddress, postgres_server: TestServer
) -> Iterator[CommitBreaker]:
    """The window's team database reopened through the proxy that breaks COMMITs."""
    proxy = CommitBreaker(postgres_server.url)
    window.workspace.set_database(open_database(proxy.address(window_database.database_name)))
    yield proxy
    proxy.refuse_after_break = False
    for form in window.findChildren(RecordForm):
        form.close_without_asking()
    window.workspace.set_database(None)
    proxy.close()


def edited_trip(qtbot, window: MainWindow, notes: str) -> RecordForm:  # noqa: ANN001
    with window.workspace.reading() as session:
        trip_id = session.query(Trip.id).order_by(Trip.id).first()[0]
    form = window.open_record("trips", trip_id)
    assert isinstance(form, RecordForm)
    form.notes.setPlainText(notes)
    qtbot.waitUntil(lambda: not form.checking and form.save_button.isEnabled(), timeout=10000)
    return form


def test_a_save_whose_answer_is_lost_on_the_way_is_kept_as_saved(
    qtbot,
    window: MainWindow,
    breaker: CommitBreaker,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    form = edited_trip(qtbot, window, "Vastgelegd ondanks de storing")
    trip_id = form.record_id
    breaker.arm(Break.AFTER_COMMIT)
    assert form.save()
    assert breaker.broken.is_set() and shown == []  # saved, and not told otherwise
    with window.workspace.reading() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None and trip.notes == "Vastgelegd ondanks de storing"
    # Editing on is no conflict with oneself.
    again = edited_trip(qtbot, window, "En daarna verder")
    assert again.save() and shown == []


def test_a_save_whose_outcome_cannot_be_known_says_so_and_keeps_the_input(
    qtbot,
    window: MainWindow,
    breaker: CommitBreaker,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    form = edited_trip(qtbot, window, "Misschien opgeslagen")
    breaker.arm(Break.AFTER_COMMIT, refuse_after_break=True)
    assert not form.save()
    [(title, text)] = shown
    assert title == "Opgeslagen of niet?"
    assert "Of de wijziging is opgeslagen, is daardoor niet bekend" in text
    assert "niets opgeslagen" not in text
    assert form.isVisible() and form.notes.toPlainText() == "Misschien opgeslagen"


def test_an_undo_behind_a_colleagues_lock_waits_off_the_gui_thread_and_says_busy(
    qtbot,
    window: MainWindow,
    trip_form: RecordForm,  # noqa: ANN001
    postgres_server: TestServer,
    window_database: ServerAddress,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = trip_form
    trip_id = form.record_id
    assert trip_id is not None
    form.notes.setPlainText("Bewaard")
    qtbot.waitUntil(lambda: not form.checking and form.save_button.isEnabled(), timeout=10000)
    assert form.save()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    ran_while_waiting: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(
        lambda: ran_while_waiting.append(waiting_for_a_lock(postgres_server, window_database))
    )
    holder = Colleague(window_database, trip_id)
    try:
        timer.start(50)
        window.workspace.undo_stack.undo()
        timer.stop()
    finally:
        holder.release()
    assert any(ran_while_waiting)  # the GUI thread ran while the undo waited
    [message] = shown
    assert message.startswith("Niet ongedaan gemaakt: ") and "was even bezet" in message
    with window.workspace.reading() as session:
        trip = session.get(Trip, trip_id)
        assert trip is not None and trip.notes == "Bewaard"  # the undo wrote nothing

"""What the window opens at start: the file asked for, the last one, or the welcome."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from intzaken.store.errors import DatabaseDamagedError
from intzaken.store.rotation import DAILY, make_backup
from intzaken.ui import app as app_module
from intzaken.ui import recovery
from intzaken.ui.first_paint import after_next_paint
from intzaken.ui.main_window import MainWindow
from intzaken.ui.settings import Settings
from intzaken.ui.welcome import WelcomeDialog
from intzaken.ui.workspace import Workspace

from .conftest import damage


@pytest.fixture
def welcomed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(WelcomeDialog, "open", lambda dialog: messages.append(dialog.message))
    return messages


def test_the_file_asked_for_is_opened(
    empty_window: MainWindow, welcomed: list[str], demo_copy: Callable[[str], Path]
) -> None:
    path = demo_copy("rotterdam")
    app_module.open_first_file(empty_window, path, empty_window.settings)
    assert empty_window.workspace.path == path.resolve() and welcomed == []


def test_without_a_usable_file_the_welcome_says_why(
    empty_window: MainWindow, welcomed: list[str], tmp_path: Path
) -> None:
    not_ours = tmp_path / "brief.sqlite"
    not_ours.write_text("Geachte raad,")
    app_module.open_first_file(empty_window, not_ours, empty_window.settings)
    assert empty_window.workspace.database is None
    assert len(welcomed) == 1 and "brief.sqlite" in welcomed[0]


def test_a_damaged_file_at_start_gets_its_backup_offered(
    empty_window: MainWindow,
    welcomed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_copy: Callable[[str], Path],
) -> None:
    path = demo_copy("rotterdam")
    make_backup(path, DAILY)
    damage(path)
    offered: list[Path] = []
    monkeypatch.setattr(
        recovery,
        "offer_recovery",
        lambda _window, damaged, _message: offered.append(damaged) or True,
    )
    app_module.open_first_file(empty_window, path, empty_window.settings)
    assert offered == [path.resolve()] and welcomed == []


def test_damage_found_after_the_file_is_shown_closes_it_and_offers_the_backup(
    qtbot,
    empty_window: MainWindow,
    welcomed: list[str],  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    demo_copy: Callable[[str], Path],
) -> None:
    # The schema reads fine, so the file opens at once; the integrity check running
    # behind it finds the damage, and nothing can be written meanwhile.
    path = demo_copy("rotterdam")
    make_backup(path, DAILY)
    damaged = damage(path, last=8)
    offered: list[str] = []
    monkeypatch.setattr(
        recovery, "offer_recovery", lambda _window, _path, message: offered.append(message) or False
    )
    workspace = empty_window.workspace
    with qtbot.waitSignal(workspace.damaged, timeout=10000):
        app_module.open_first_file(empty_window, path, empty_window.settings)
        assert workspace.path == path.resolve()
        with pytest.raises(DatabaseDamagedError), workspace.writing("trips"):
            pass
    assert workspace.database is None
    assert len(offered) == 1 and "beschadigd" in offered[0]
    assert welcomed == offered  # no backup restored: the welcome says why
    assert path.read_bytes() == damaged


def test_work_after_the_first_paint_runs_once(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_next_paint(widget, lambda: calls.append(widget.isVisible()))
    widget.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    widget.update()
    qtbot.wait(1200)  # past the fallback timer, and another paint
    assert calls == [True]


def test_the_pages_come_after_the_frame_the_page_in_view_first(
    qtbot, tmp_path: Path, demo_copy: Callable[[str], Path]
) -> None:  # noqa: ANN001
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_current_page(1)  # the trips
    window = MainWindow(Workspace(), settings, build_pages=False)
    try:
        assert window.pages == {} and window.navigation.count() == 12
        assert window.current_register_page() is None  # actions cope with no pages yet
        window.update_actions()
        window.open_path(demo_copy("rotterdam"))
        window.build_pages(one_by_one=True)
        assert list(window.pages) == ["trips"]  # the rest waits for its list
        trips = window.register_pages["trips"]
        qtbot.waitUntil(lambda: len(window.pages) == 12, timeout=10000)
        assert trips.model.total_count == 40
        assert [window.stack.widget(i) for i in range(12)] == [
            window.pages[name] for name in window.page_names()
        ]  # navigation order
        assert window.stack.currentWidget() is trips
        assert window.show_page("reports") is window.stack.currentWidget()
    finally:
        window.close()
        window.deleteLater()
        window.workspace.close()


def test_a_page_asked_for_before_its_turn_is_made_at_once(
    qtbot, tmp_path: Path, demo_copy: Callable[[str], Path]
) -> None:  # noqa: ANN001
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(), settings, build_pages=False)
    try:
        window.open_path(demo_copy("rotterdam"))
        window.build_pages(one_by_one=True)
        reports = window.show_page("reports")  # Ctrl+P in the first moment
        assert window.stack.currentWidget() is reports
        qtbot.waitUntil(lambda: len(window.pages) == 12, timeout=10000)
        assert window.stack.count() == 12  # made once, not again in its turn
    finally:
        window.close()
        window.deleteLater()
        window.workspace.close()


def test_the_screen_readers_names_come_just_after_the_first_paint(
    qtbot, tmp_path: Path, fresh_namer
) -> None:  # noqa: ANN001
    # The app installs the application-wide namer after its first paint (ui/app.py); what
    # is on screen by then is named when it is installed, what is shown later on showing.
    from PySide6.QtWidgets import QLineEdit

    from intzaken.ui import accessibility

    app = fresh_namer
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(), settings, build_pages=False, accessible=False)
    try:
        before = QLineEdit(placeholderText="On screen at the paint")
        window.statusBar().addWidget(before)
        window.show()
        qtbot.waitExposed(window)
        named_before = accessibility.spoken_name(before)
        accessibility.make_accessible(app)
        assert named_before == ""  # Qt names a line edit by its label only; it has none
        assert accessibility.spoken_name(before) == "On screen at the paint"
        later = QLineEdit(placeholderText="Shown after the paint")
        window.statusBar().addWidget(later)
        later.show()
        assert accessibility.spoken_name(later) == "Shown after the paint"
        # The tab order is set once the event loop is back (an error there fails the test).
        qtbot.waitUntil(lambda: not accessibility._installed[0]._pending, timeout=2000)
    finally:
        window.close()
        window.deleteLater()
        window.workspace.close()

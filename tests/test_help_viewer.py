"""Help → Handleiding (F1): the Dutch user guide opens from the window, offline, and its
links lead from page to page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from intzaken.resources import docs_path
from intzaken.ui import help_viewer
from intzaken.ui.help_viewer import HelpViewer
from intzaken.ui.main_window import MainWindow


def _help_action(window: QMainWindow, text: str):  # noqa: ANN202
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    return next(a for a in menus["&Help"].actions() if a.text() == text)


def test_help_menu_opens_the_dutch_start_page_and_a_link_leads_to_another_page(
    qtbot, dutch, empty_window: MainWindow
) -> None:  # noqa: ANN001
    action = _help_action(empty_window, "&Handleiding")
    assert action.shortcut().toString() == "F1"

    action.trigger()

    viewer = empty_window.findChild(HelpViewer)
    assert viewer is not None and viewer.isVisible()
    assert viewer.windowTitle() == "Handleiding"
    assert viewer.page() == "index.md"
    assert viewer.browser.toPlainText().startswith("Handleiding Intzaken")
    # The first link of the start page, reached and followed with the keyboard as a
    # user would: Tab selects it, Enter opens it.
    viewer.browser.setFocus()
    qtbot.keyClick(viewer.browser, Qt.Key.Key_Tab)
    assert viewer.browser.textCursor().selectedText() == "Aan de slag"
    qtbot.keyClick(viewer.browser, Qt.Key.Key_Return)
    assert viewer.page() == "aan-de-slag.md"
    assert viewer.browser.toPlainText().startswith("Aan de slag")
    # Back returns to the start page; a second F1 shows the same viewer again.
    viewer.browser.backward()
    assert viewer.page() == "index.md"
    action.trigger()
    assert empty_window.findChildren(HelpViewer) == [viewer]


def test_in_english_the_guide_says_it_is_dutch(qtbot, empty_window: MainWindow) -> None:  # noqa: ANN001
    _help_action(empty_window, "&User guide").trigger()
    viewer = empty_window.findChild(HelpViewer)
    assert viewer.windowTitle() == "User guide (in Dutch)"
    assert viewer.browser.toPlainText().startswith("Handleiding Intzaken")


def test_find_in_the_page_goes_round_from_the_top(qtbot) -> None:  # noqa: ANN001
    viewer = HelpViewer(docs_path())
    qtbot.addWidget(viewer)
    # Found regardless of case, as QTextBrowser.find does by default.
    matches = viewer.browser.toPlainText().lower().count("programma")
    assert matches >= 3
    viewer.find_box.setText("programma")
    positions = []
    for _ in range(matches + 1):  # every match, then the first one again
        viewer.find_next()
        assert viewer.browser.textCursor().selectedText().lower() == "programma"
        positions.append(viewer.browser.textCursor().position())
    assert positions[:-1] == sorted(set(positions[:-1]))  # each match once, in order
    assert positions[-1] == positions[0]


def test_without_the_guide_installed_the_user_is_told_so(
    qtbot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    def missing() -> Path:
        raise FileNotFoundError("no docs folder")

    monkeypatch.setattr(help_viewer, "docs_path", missing)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    _help_action(empty_window, "&User guide").trigger()
    assert empty_window.findChild(HelpViewer) is None
    assert warnings == [
        "The user guide is not installed with this program. Ask whoever "
        "installed Intzaken to install it again."
    ]

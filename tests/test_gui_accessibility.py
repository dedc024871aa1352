"""For everyone: every control a screen reader can name, the Tab key following the
layout, and nothing said by colour alone.

The walk of test_gui_english.py, over the Rotterdam demo: every page, the form of a new
and of existing records of each register with every tab, and the dialogs the menus reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from intzaken.ui.accessibility import FocusRing, spoken_description
from intzaken.ui.dashboard_panels import ListPanel, Row
from intzaken.ui.first_steps.organisation_dialog import OrganisationDialog
from intzaken.ui.first_steps.wizard import FirstStepsWizard
from intzaken.ui.widgets.rows_editor import RowsEditor
from intzaken.ui.widgets.rows_model import Column

from .a11y_walk import (
    cut_labels,
    out_of_layout_order,
    shown,
    silent_marks,
    tab_traps,
    unnamed,
    unreached,
)
from .test_gui_english import Dialogs, _record_ids


class AccessibilityWalk:
    """What a screen reader or keyboard user would miss, per window part visited. Reads
    widgets as the English walk's Walk does, so its Dialogs can show it every dialog."""

    def __init__(self) -> None:
        self.missing: list[str] = []

    def read(self, widget: QWidget, where: str, *, order: bool = True) -> None:
        hidden = not widget.window().isVisible()
        shown(widget.window())
        self._read(widget, where, order=order)
        if hidden:  # a dialog read instead of run: as it was
            widget.window().hide()

    def _read(self, widget: QWidget, where: str, *, order: bool) -> None:
        for tabs in [*widget.findChildren(QTabWidget)] or [None]:
            for tab in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None and tab is not None:
                    tabs.setCurrentIndex(tab)
                    shown(tabs)
                    page = f"{where} tab {tabs.tabText(tab)!r}"
                else:
                    page = where
                self.missing += [f"{page}: no name: {w}" for w in unnamed(widget)]
                self.missing += [f"{page}: Tab is typed in {w}" for w in tab_traps(widget)]
                self.missing += [f"{page}: colour without words: {w}" for w in silent_marks(widget)]
                self.missing += [f"{page}: label cut: {c}" for c in cut_labels(widget)]
                if order:
                    self.missing += [
                        f"{page}: Tab goes {pair}"
                        for pair in out_of_layout_order(widget.window(), widget)
                    ]
                    self.missing += [
                        f"{page}: Tab never reaches {w}" for w in unreached(widget.window(), widget)
                    ]

    def text(self, where: str, shown_text: str) -> None:
        """A message box's text: Qt's QMessageBox names its own buttons."""

    def check(self) -> None:
        listed = "\n".join(self.missing)
        assert not self.missing, f"{len(self.missing)} found:\n{listed}"


def test_every_page_names_its_controls_and_tabs_in_layout_order(window) -> None:  # noqa: ANN001
    window.resize(1280, 800)  # the offscreen screen is smaller than the window's minimum
    walk = AccessibilityWalk()
    for name in window.page_names():
        page = window.show_page(name)
        walk.read(page, name)
    walk.read(window, "window")
    walk.check()


def test_every_form_names_its_controls_and_tabs_in_layout_order(window) -> None:  # noqa: ANN001
    walk = AccessibilityWalk()
    for register in window.register_pages:
        ids = _record_ids(window, register)
        for record_id in (None, ids[0]):
            form = window.open_record(register, record_id)
            walk.read(form, f"{register} form {record_id}")
            form.close_without_asking()
    walk.check()


def test_the_dialogs_the_menus_reach_name_their_controls(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk = AccessibilityWalk()
    _open_menu_dialogs(window, walk, monkeypatch)
    walk.check()


def _open_menu_dialogs(window: Any, walk: AccessibilityWalk, monkeypatch: Any) -> None:
    """The main dialogs of the menus, each read by `walk` instead of shown."""
    dialogs = Dialogs(walk, monkeypatch)  # type: ignore[arg-type]
    actions = window.window_actions
    for action in (
        actions.open_team_action,
        actions.export_action,
        actions.restore_action,
        actions.country_facts_action,
        actions.overview_action,
    ):
        action.trigger()
    assert len(dialogs.shown) == 5, dialogs.shown
    actions.organisation_action.trigger()  # opened, not run: read as it is shown
    organisation = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    walk.read(organisation, "OrganisationDialog")
    organisation.done(0)
    # And those opened from a record or at the start.
    from intzaken.ui.forms.new_place import NewPlaceDialog
    from intzaken.ui.history_view import HistoryDialog
    from intzaken.ui.welcome import WelcomeDialog

    trip_id = _record_ids(window, "trips")[0]
    for name, dialog in (
        ("NewPlaceDialog", NewPlaceDialog(window, window.workspace)),
        ("HistoryDialog", HistoryDialog(window, window.workspace, "trips", trip_id)),
        ("WelcomeDialog", WelcomeDialog(window)),
    ):
        walk.read(dialog, name)
        dialog.close()
    wizard = FirstStepsWizard(window)  # a new database's first steps, each page
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        walk.read(wizard, f"FirstStepsWizard page {page_id}")
    wizard.hide()
    wizard.deleteLater()


def _mnemonic(text: str) -> str | None:
    """The letter Alt+letter chooses in a menu text ('&File' -> 'f'), or None."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    problems, taken = [], {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text, letter = action.text(), _mnemonic(action.text())
        place = f"{where} > {text!r}"
        if letter is None and action.shortcut().isEmpty():
            problems.append(f"{place}: neither a letter (&) nor a shortcut")
        if letter is not None and letter in taken:
            problems.append(f"{place}: Alt+{letter} is also {taken[letter]!r}")
        if letter is not None:
            taken[letter] = text
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), place)
    return problems


@pytest.mark.parametrize("window_language", ["nl", "en"])
def test_every_menu_command_is_reached_by_keyboard(window) -> None:  # noqa: ANN001
    """Each menu opens with Alt and its letter, and each command in it has its own letter
    or a shortcut; no two share a letter in one menu (Alt would pick the first)."""
    problems = _menu_problems(window.menuBar(), "menu bar")
    assert problems == [], "\n".join(problems)
    # The toolbar's buttons are in the menus too (its search field is Ctrl+K).
    buttons = [
        action
        for bar in window.findChildren(QToolBar)
        for action in bar.actions()
        if isinstance(bar.widgetForAction(action), QToolButton)
    ]
    in_menus = {id(a) for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    assert buttons
    assert [a.text() for a in buttons if id(a) not in in_menus] == []


def test_every_page_is_reached_by_its_shortcut(qtbot, window) -> None:  # noqa: ANN001
    """Ctrl+1 ... Ctrl+9 and Ctrl+0 show the first ten pages in the order of the
    navigation (the later ones have a letter in the Go menu: the keyboard test)."""
    window.activateWindow()
    for number, name in enumerate(window.page_names()[:10], start=1):
        key = Qt.Key(Qt.Key.Key_0 + number % 10)  # the tenth page (the map): Ctrl+0
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.page_list.current_page_name() == name


def test_problems_and_warnings_are_said_in_words_not_only_in_colour(window) -> None:  # noqa: ANN001
    """A bad value: its message is written at the field, as text a screen reader reads."""
    trips = window.register_pages["trips"]
    form = window.open_record("trips", trips.model.row_id(0))
    form.travel.setValue(Decimal("-5"))
    assert not form.validate()
    message = form.error_text("travel_and_stay")
    assert message
    assert message in spoken_description(form.travel)  # said when the field is reached
    walk = AccessibilityWalk()
    walk.read(form, "trip form with a problem")
    walk.check()
    form.close_without_asking()
    # A date field, otherwise described by its placeholder ("dd-mm-jjjj").
    new = window.open_record("trips", None)
    assert not new.validation.check_before_save()  # a save tried: every problem shows
    assert new.error_text("start_date")
    assert new.error_text("start_date") in spoken_description(new.start)
    new.close_without_asking()


def test_a_refused_cell_shows_a_sign_and_tells_its_message(qtbot) -> None:  # noqa: ANN001
    editor = RowsEditor([Column("name", "Name"), Column("cost", "Cost", "amount")])
    qtbot.addWidget(editor)
    editor.set_rows([{"name": "Dinner", "cost": Decimal(-1)}])
    editor.set_row_error(0, "cost", "Cost may not be negative")
    cell = editor.model.index(0, 1)
    assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Cost may not be negative"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Cost may not be negative"
    editor.clear_errors()
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None


def test_an_overdue_row_on_the_overview_shows_a_sign_beside_its_colour(qtbot) -> None:  # noqa: ANN001
    panel = ListPanel(
        "Follow-up actions", ["Due", "Action", "Trip"], "Follow-up actions", 1, visible_rows=5
    )
    qtbot.addWidget(panel)
    panel.set_rows(
        [
            Row(("3 days ago", "Send the minutes", "Visit to Lyon"), "trips", 1, warning=True),
            Row(("in 2 days", "Book the hotel", "Visit to Lyon"), "trips", 1),
        ],
        "Nothing due",
    )
    overdue, due = panel.tree.topLevelItem(0), panel.tree.topLevelItem(1)
    assert not overdue.icon(0).isNull()
    assert due.icon(0).isNull()


@pytest.fixture
def large_font() -> Iterator[None]:
    """The system's text made 150 % as large (its font size setting), before the window
    is made; the usual size again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = app.font()
    large = QFont(usual)
    large.setPointSizeF(usual.pointSizeF() * 1.5)
    app.setFont(large)
    yield
    app.setFont(usual)


def test_with_large_text_no_label_is_cut(  # noqa: ANN001
    large_font,  # noqa: ANN001, ARG001
    window,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 150 % text every page, every form of a new and an existing record with each of
    its tabs, and the menus' main dialogs show their labels whole; a form opens within
    the screen (what does not fit scrolls, so Save stays in reach)."""
    window.resize(1280, 800)
    room = window.screen().availableGeometry().size()
    navigation = window.navigation
    assert not navigation.horizontalScrollBar().isVisible()  # the page titles whole
    walk = AccessibilityWalk()
    for name in window.page_names():
        walk.read(window.show_page(name), name, order=False)
        # Fits a 1280x800 screen (what does not fit on a page scrolls).
        assert window.size() == QSize(1280, 800), name
    for register in window.register_pages:
        for record_id in (None, _record_ids(window, register)[0]):
            form = window.open_record(register, record_id)
            walk.read(form, f"{register} form {record_id}", order=False)
            if form.width() > room.width() or form.height() > room.height():
                walk.missing.append(f"{register} {record_id}: {form.size()} beyond {room}")
            form.close_without_asking()
    _open_menu_dialogs(window, walk, monkeypatch)
    walk.check()


def test_the_keyboard_focus_is_ringed_on_every_kind_of_control(qtbot, window) -> None:  # noqa: ANN001
    """Tab to a register's list, or in a form to a field, a choice, a list, a button or
    the tabs: a ring in the highlight colour goes round it, and leaves the one the focus
    left."""
    window.activateWindow()
    trips = window.register_pages["trips"]
    window.show_page("trips")
    _ringed(qtbot, trips.table)
    form = window.open_record("trips", trips.model.row_id(0))
    qtbot.waitExposed(form)
    form.activateWindow()
    previous = None
    for kind in (QLineEdit, QComboBox, QAbstractItemView, QPushButton, QTabBar):
        control = next(w for w in form.findChildren(kind) if w.isVisible() and w.isEnabled())
        focused = _ringed(qtbot, control)
        if previous is not None:
            ring = previous.findChild(FocusRing)
            assert ring is None or not ring.isVisible()
        previous = focused
    form.close_without_asking()


def _ringed(qtbot, control: QWidget) -> QWidget:  # noqa: ANN001
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    focused = QApplication.focusWidget()  # an editable combo's: its text field
    ring = focused.findChild(FocusRing)
    assert ring is not None, type(control).__name__
    assert ring.isVisible(), type(control).__name__
    assert ring.geometry() == focused.rect()
    return focused

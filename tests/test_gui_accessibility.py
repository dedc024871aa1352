"""For everyone: every control a screen reader can name, the Tab key following the
layout, and nothing said by colour alone.

The walk of test_gui_english.py, over the Rotterdam demo: every page, the form of a new
and of existing records of each register with every tab, and the dialogs the menus reach.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from .a11y_walk import out_of_layout_order, shown, tab_traps, unnamed
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
                if order:
                    self.missing += [
                        f"{page}: Tab goes {pair}"
                        for pair in out_of_layout_order(widget.window(), widget)
                    ]

    def text(self, where: str, shown_text: str) -> None:
        """A message box's text: Qt's QMessageBox names its own buttons."""

    def check(self) -> None:
        listed = "\n".join(self.missing)
        assert not self.missing, f"{len(self.missing)} found:\n{listed}"


def test_every_control_of_every_page_has_a_name(window) -> None:  # noqa: ANN001
    walk = AccessibilityWalk()
    for name in window.page_names():
        page = window.show_page(name)
        walk.read(page, name, order=False)
    walk.read(window, "window", order=False)
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
    dialogs = Dialogs(walk, monkeypatch)  # type: ignore[arg-type]
    actions = window.window_actions
    for action in (
        actions.open_team_action,
        actions.export_action,
        actions.restore_action,
        actions.country_facts_action,
        actions.overview_action,
        actions.organisation_action,
    ):
        action.trigger()
    assert dialogs.shown
    walk.check()


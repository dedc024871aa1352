"""The trip form's Programme tab: the list of days and items beside the selected item's
details, with the planning actions a policy officer needs (add after, duplicate, move by
keys or by dragging, copy a day, sort a day by time, delete).

Deleting needs no question: like every edit in the form it is undone by closing the form
without saving. `changed` tells the form's validation; a problem the services report at
`programme[i].field` selects item i and marks the field.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.data import ProgrammeItemData
from ...services.errors import Problem
from . import operations
from .copy_day_dialog import CopyDayDialog
from .day_list import ProgrammeListModel, ProgrammeListView
from .item_detail import ProgrammeItemDetail

PROBLEM_FIELD = re.compile(r"^programme\[(\d+)\](?:\.(\w+))?")


class ProgrammeEditor(QWidget):
    changed = Signal()
    new_contact_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ProgrammeItemData] = []
        self.trip_days: list[dt.date] = []
        self.problems: dict[int, dict[str, str]] = {}
        self._rebuilding = False
        self.model = ProgrammeListModel(self.items, self)
        self.model.texts = {
            "no_day": self.tr("No day yet"),
            "no_activity": self.tr("(no activity yet)"),
            "no_points": self.tr("⚠ no talking points"),
            "problem": self.tr("⚠ to correct"),
        }
        self.list = ProgrammeListView(self.model)
        self.list.setAccessibleName(self.tr("Programme by day"))
        self.detail = ProgrammeItemDetail()
        self._build()
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.list.dropped.connect(self.drop)
        self.list.key_action.connect(self._key_action)
        self.detail.edited.connect(self._detail_edited)
        self.detail.day_settled.connect(self._regroup_current)
        self.detail.new_contact_wanted.connect(self.new_contact_wanted)

    def _build(self) -> None:
        self.add_button = self._button(
            self.tr("Add"), self.tr("Add an item after the selected one (Insert)")
        )
        self.duplicate_button = self._button(
            self.tr("Duplicate"), self.tr("Duplicate the item (Ctrl+D)")
        )
        self.remove_button = self._button(self.tr("Delete"), self.tr("Delete the item (Delete)"))
        self.up_button = self._button(
            self.tr("Up"), self.tr("Move up; from a day's first item to the day before (Alt+Up)")
        )
        self.down_button = self._button(
            self.tr("Down"), self.tr("Move down; from a day's last item to the next day (Alt+Down)")
        )
        self.sort_button = self._button(
            self.tr("Sort day by time"), self.tr("Order the selected item's day by start time")
        )
        self.copy_day_button = self._button(
            self.tr("Copy day…"), self.tr("Copy the selected item's day to another date")
        )
        self.add_button.clicked.connect(self.add_after)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.sort_button.clicked.connect(self.sort_day)
        self.copy_day_button.clicked.connect(self.ask_copy_day)
        duplicate = QAction(self.tr("Duplicate item"), self)
        duplicate.setShortcut(QKeySequence("Ctrl+D"))
        duplicate.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        duplicate.triggered.connect(self.duplicate)
        self.addAction(duplicate)

        first_row = QHBoxLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            first_row.addWidget(button)
        first_row.addStretch()
        second_row = QHBoxLayout()
        second_row.addWidget(self.sort_button)
        second_row.addWidget(self.copy_day_button)
        second_row.addStretch()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(first_row)
        column.addLayout(second_row)
        column.addWidget(self.list, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        return button

    # --- the API for the form --------------------------------------------------------------------
    def set_items(self, items: list[ProgrammeItemData]) -> None:
        self.items[:] = items
        operations.regroup(self.items)
        self.problems = {}
        self._refresh(0 if self.items else None)

    def values(self) -> list[ProgrammeItemData]:
        """Copies: the form compares them with what it loaded, and edits go on here."""
        return copy.deepcopy(self.items)

    def set_trip_days(self, first: dt.date | None, last: dt.date | None) -> None:
        """The trip's days: where a new item goes and where moving past a day can lead."""
        if first is None or last is None or last < first or (last - first).days > 366:
            self.trip_days = [first] if first is not None else []
            return
        self.trip_days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    def set_contact_choices(self, options: list[tuple[Any, str]]) -> None:
        self.model.contact_names = {key: text.split(" — ")[0] for key, text in options}
        self.detail.set_contact_choices(options)
        self.list.viewport().update()

    def set_travellers(self, travellers: list[tuple[int, str]]) -> None:
        self.detail.set_travellers(travellers)

    def add_contact_to_current(self, contact_id: int) -> None:
        index = self.current()
        if index is None:
            return
        item = self.items[index]
        if contact_id not in item.contact_ids:
            item.contact_ids = [*item.contact_ids, contact_id]
        self._refresh(index)
        self.changed.emit()

    def error(self) -> str:
        return self.detail.error()

    def mark_problems(self, problems: list[Problem]) -> None:
        """The services' problems with items, at the item (marker) and its fields."""
        self.problems = {}
        for problem in problems:
            match = PROBLEM_FIELD.match(problem.field)
            if match is None:
                continue
            fields = self.problems.setdefault(int(match.group(1)), {})
            fields.setdefault(match.group(2) or "activity", problem.message)
        self.model.problem_items = set(self.problems)
        self.list.viewport().update()
        current = self.current()
        self.detail.mark(self.problems.get(current, {}) if current is not None else {})

    def focus_problem(self, problem: Problem) -> bool:
        return self.focus_problem_field(problem.field)

    def focus_problem_field(self, field: str) -> bool:
        """Select the item `programme[i].field` names and put the cursor in the field;
        for the programme as a whole ("programme"), the list."""
        match = PROBLEM_FIELD.match(field)
        if match is None or int(match.group(1)) >= len(self.items):
            self.go_to(self.current())
            return False
        self.go_to(int(match.group(1)), match.group(2) or "activity")
        return True

    def go_to(self, index: int | None, field: str = "") -> None:
        """Select item `index` and put the cursor in its `field`."""
        if index is not None and 0 <= index < len(self.items):
            self.list.select_item(index)
        if field:
            self.detail.focus_field(field)
        else:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> int | None:
        return self.list.current_item()

    # --- actions ---------------------------------------------------------------------------------
    def add_after(self) -> None:
        first_day = self.trip_days[0] if self.trip_days else None
        index = operations.new_item_after(self.items, self.current(), first_day)
        self._changed(index)
        self.detail.focus_field("time")  # selected: type over the proposed start, or Tab on

    def duplicate(self) -> None:
        if (index := self.current()) is not None:
            self._changed(operations.duplicate(self.items, index))

    def remove(self) -> None:
        if (index := self.current()) is not None:
            self._changed(operations.remove(self.items, index))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_item(self, step: int) -> None:
        if (index := self.current()) is not None:
            self._changed(operations.move(self.items, index, step, self.trip_days))

    def drop(self, index: int, day: dt.date | None, position: int) -> None:
        if 0 <= index < len(self.items):
            self._changed(operations.move_to(self.items, index, day, position))

    def sort_day(self) -> None:
        if (index := self.current()) is None:
            return
        item = self.items[index]
        operations.sort_day(self.items, item.day)
        self._changed(next(i for i, other in enumerate(self.items) if other is item))

    def copy_day(self, day: dt.date | None, to_day: dt.date) -> None:
        self._changed(operations.copy_day(self.items, day, to_day))

    def ask_copy_day(self) -> None:
        if (index := self.current()) is None:
            return
        day = self.items[index].day
        dialog = CopyDayDialog(self, day)
        if dialog.exec() == QDialog.DialogCode.Accepted and (to_day := dialog.chosen()):
            self.copy_day(day, to_day)

    def _key_action(self, action: str) -> None:
        {
            "up": lambda: self.move_item(-1),
            "down": lambda: self.move_item(1),
            "insert": self.add_after,
            "delete": self.remove,
            "duplicate": self.duplicate,
        }[action]()

    # --- keeping list and detail in step ---------------------------------------------------------
    def _changed(self, select: int | None) -> None:
        self.problems = {}  # they named items by their old places; the next check says anew
        self.model.problem_items = set()
        self._refresh(select)
        self.changed.emit()

    def _refresh(self, select: int | None) -> None:
        self._rebuilding = True
        try:
            self.model.rebuild()
            self.list.select_item(select)
        finally:
            self._rebuilding = False
        self._show_current()

    def _show_current(self) -> None:
        if self._rebuilding:
            return  # the list is being rebuilt; the selection comes back right after
        index = self.current()
        item = self.items[index] if index is not None else None
        if item is not self.detail.item:
            self.detail.show_item(item, self.problems.get(index, {}) if index is not None else {})
        has = index is not None
        for button in (
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.sort_button,
            self.copy_day_button,
        ):
            button.setEnabled(has)

    def _detail_edited(self, field: str) -> None:
        index = self.current()
        if index is None:
            return
        if field == "day" and not self.detail.day.hasFocus():
            self._regroup_current()  # picked from the calendar or set at once
        else:
            self.model.item_changed(index)
        self.changed.emit()

    def _regroup_current(self) -> None:
        """The current item among the items of its (new) day, by its time."""
        index = self.current()
        if index is None:
            return
        item = self.items[index]
        if operations.is_in_place(self.items, index):
            self.model.item_changed(index)
            return
        new_index = operations.change_day(self.items, index, item.day)
        self._rebuilding = True
        try:
            self.model.rebuild()
            self.list.select_item(new_index)
        finally:
            self._rebuilding = False

"""The window's pages and the navigation between them: which exist, which is in view,
and making them (at once, or one by one after the first paint at start)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ... import house_style
from ...register_keys import RegisterKey
from ..first_paint import after_next_paint
from ..icons import page_icon
from ..register_titles import register_titles

if TYPE_CHECKING:
    from ..register_page import RegisterPage
    from ..registers import RegisterPageSpec
    from ..settings import Settings
    from ..workspace import Workspace

# Each navigation item holds its page's name in Qt.ItemDataRole.UserRole, written as its
# number: the frame names nothing of the `Qt` namespace before its first paint, because
# PySide makes all 93 of its enum classes the first time it is named (about 20 ms of a
# start the installed app's benchmark compares with a bare window; issue 22).
NAME_ROLE = 0x0100

LIST_FIRST_MS = 5000  # the other pages wait at most this long for the list in view
# Pages whose modules take a noticeable time to import (the overview's figures and
# checks, the reports, the calendar, the map's outlines): 160-260 ms each on the GUI
# thread as the window started (issue 22, item 4). At start they are imported on a
# worker first, so the GUI thread only makes their widgets and keeps answering.
PAGE_MODULES = {
    "dashboard": "..dashboard",
    "reports": "..reports_page",
    "calendar": "..calendar.page",
    "map": "..world_map.page",
}


def _after_loaded(page: RegisterPage, then: Callable[[], None]) -> None:
    """`then()` once: when `page` has loaded and painted its rows, or after
    LIST_FIRST_MS at the latest."""
    pending = True

    def go() -> None:
        nonlocal pending
        if pending:
            pending = False
            page.loaded.disconnect(go)
            after_next_paint(page.table.viewport(), then)  # the rows on screen first

    page.loaded.connect(go)
    QTimer.singleShot(LIST_FIRST_MS, page, go)


class Pages(QObject):
    """The navigation list and the stack of pages it chooses from."""

    page_built = Signal(str)  # a page was made (benchmarks/probe.py times them)
    open_requested = Signal(str, int)  # register, record id: a page asks for its form
    show_requested = Signal(str, int)  # a record to show on its page, with its form
    selection_changed = Signal()  # the selected record on a register page
    status_changed = Signal()  # another page in view, a list (re)loaded or its count changed
    all_built = Signal()

    def __init__(self, parent: QWidget, workspace: Workspace, settings: Settings) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        # The chosen page in the house style's quiet blue, as the reports' headings.
        self.navigation.setStyleSheet(
            "QListWidget::item { padding: 3px 4px; }"
            "QListWidget::item:selected {"
            f" background: {house_style.HEADER_FILL}; color: {house_style.ACCENT};"
            f" border-left: 3px solid {house_style.ACCENT}; }}"
        )
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._imports_tried: set[str] = set()  # pages whose module a worker imported
        self.register_pages: dict[str, RegisterPage] = {}
        self._specs: dict[str, RegisterPageSpec] | None = None
        self.register_titles: dict[RegisterKey, str] = register_titles()
        self._add_navigation()
        # Its titles whole at any text size (the system's font size setting): as wide as
        # the widest, the splitter never narrower.
        navigation = self.navigation
        navigation.setMinimumWidth(
            navigation.sizeHintForColumn(0)
            + 2 * (navigation.frameWidth() + navigation.spacing())
            + navigation.verticalScrollBar().sizeHint().width()
        )
        self.navigation.currentRowChanged.connect(self._page_changed)

    def _add_navigation(self) -> None:
        # The strategy's registers (issue 23) come after the map, so the pages before
        # keep their Ctrl+1 … Ctrl+9 and Ctrl+0; they are reached by Go's letters.
        later = ("policies", "projects")
        registers = self.register_titles
        titles: dict[str, str] = {
            "dashboard": self.tr("Overview"),
            **{name: title for name, title in registers.items() if name not in later},
            "reports": self.tr("Reports"),
            "calendar": self.tr("Calendar"),  # Ctrl+9
            "map": self.tr("Map"),  # Ctrl+0
            **{name: title for name, title in registers.items() if name in later},
        }
        for name, title in titles.items():
            item = QListWidgetItem(page_icon(name), title)
            item.setData(NAME_ROLE, name)
            self.navigation.addItem(item)

    @property
    def specs(self) -> dict[str, RegisterPageSpec]:
        """What each register page shows: made when the first page is (ui/registers.py
        and its imports are not needed for the frame's first paint)."""
        if self._specs is None:
            from ..registers import register_specs

            self._specs = {spec.name: spec for spec in register_specs()}
        return self._specs

    def page_names(self) -> list[str]:
        """Every page in navigation order, built or not."""
        return [self.navigation.item(row).data(NAME_ROLE) for row in range(self.navigation.count())]

    def build_pages(self, *, one_by_one: bool = False) -> None:
        """Make the pages. With `one_by_one` (the app at start), the page in view first;
        when that is a list, the others wait until it has loaded (they would compete
        with it for the interpreter), then come one per pass of the event loop, so the
        window keeps answering. Pages made while a file is open load it at once."""
        current = self.navigation.currentItem()
        first = current.data(NAME_ROLE) if current is not None else None
        order = [n for n in self.page_names() if n == first] + [
            n for n in self.page_names() if n != first
        ]

        def build_next() -> None:
            while order:
                name = order.pop(0)
                if one_by_one and self._import_first(name, then=build_next):
                    order.insert(0, name)
                    return
                self.build_page(name)
                if not (one_by_one and order):
                    continue
                page = self.register_pages.get(name)
                if name == first and page is not None and page.loading:
                    _after_loaded(page, build_next)
                else:
                    QTimer.singleShot(0, build_next)
                return
            self.all_built.emit()

        build_next()

    def _import_first(self, name: str, then: Callable[[], None]) -> bool:
        """True when `name`'s module is being imported on a worker; `then()` follows
        on the GUI thread once it is (or once it failed: the page's own import then
        raises where it always did)."""
        module = PAGE_MODULES.get(name)
        if name in self.pages or module is None or name in self._imports_tried:
            return False
        absolute = importlib.util.resolve_name(module, __package__)
        if absolute in sys.modules:
            return False
        self._imports_tried.add(name)
        from ..background import Task, queue

        task = Task(lambda _progress: importlib.import_module(absolute), pool=queue("imports"))
        task.finished.connect(then)
        task.start()
        return True

    def build_page(self, name: str) -> None:
        if name in self.pages:
            return  # asked for (show_page) before its turn came
        from ..accessibility import unwatched_while_made

        made: list[QWidget] = []
        with unwatched_while_made(made):  # thousands of events, none for that filter
            made.append(self._make_page(name))

    def _make_page(self, name: str) -> QWidget:
        page: QWidget
        if name == "dashboard":
            from ..dashboard import DashboardPage  # its chart pulls in matplotlib when drawn

            page = DashboardPage(self.workspace, settings=self.settings)
            page.open_record.connect(self.open_requested)
        elif name == "calendar":
            from ..calendar.page import CalendarPage

            page = CalendarPage(self.workspace)
            page.open_record.connect(self.open_requested)
        elif name == "map":
            from ..world_map.page import MapPage

            page = MapPage(self.workspace)
            page.open_record.connect(self.open_requested)
        elif name == "reports":
            from ..reports_page import ReportsPage

            page = reports_page = ReportsPage(self.workspace)
            reports_page.show_requested.connect(self.show_requested)
        else:
            from ..register_page import RegisterPage

            page = register_page = RegisterPage(self.specs[name], self.workspace)
            register_page.open_requested.connect(self.open_requested)
            register_page.selection_changed.connect(self.selection_changed)
            register_page.loaded.connect(self.status_changed)
            register_page.count_changed.connect(self.status_changed)
            self.register_pages[name] = register_page
            if name == RegisterKey.OFFICIALS:
                self._add_handover_button(register_page)
            header = self.settings.header_state(name)  # the user's widths, before any rows
            if header is not None:
                restored = register_page.table.horizontalHeader().restoreState(header)
                # Widths saved without the user having set them were the fitted ones of
                # another window size: fitted again.
                register_page.widths_chosen = restored and self.settings.widths_chosen(name)
        self.pages[name] = page
        # In navigation order, whatever order the pages are made in.
        names = self.page_names()
        before = sum(1 for n in names[: names.index(name)] if n in self.pages)
        self.stack.insertWidget(before, page)
        if names.index(name) == self.navigation.currentRow():
            self.stack.setCurrentWidget(page)
        self.page_built.emit(name)
        return page

    def _add_handover_button(self, page: RegisterPage) -> None:
        """After an election: the responsibilities of those who left, to their successors."""
        from PySide6.QtWidgets import QPushButton

        button = QPushButton(self.tr("&Handover…"))
        button.setToolTip(
            self.tr("Give the networks and relations of officials who left to their successors")
        )

        def show() -> None:
            from ..handover_dialog import show_handover

            show_handover(page, self.workspace)

        button.clicked.connect(show)
        page.bar.addWidget(button)

    def show_page(self, name: str) -> QWidget:
        self.build_page(name)  # the pages are still being made in the first moments
        self.navigation.setCurrentRow(self.page_names().index(name))
        return self.pages[name]

    def current_register_page(self) -> RegisterPage | None:
        name = self.current_page_name()
        return self.register_pages.get(name) if name is not None else None

    def current_page_name(self) -> str | None:
        """The page chosen in the navigation, if it has been built."""
        row = self.navigation.currentRow()
        if row < 0:
            return None
        name = self.navigation.item(row).data(NAME_ROLE)
        return name if name in self.pages else None

    def _page_changed(self, _index: int) -> None:
        name = self.current_page_name()
        if name is not None:  # a page not built yet is shown by build_page when it is
            self.stack.setCurrentWidget(self.pages[name])
        self.selection_changed.emit()
        self.status_changed.emit()

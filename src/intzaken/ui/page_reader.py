"""How a page that shows what the file holds (the overview, the calendar) keeps up with
it: it reads in one session off the GUI thread, again after every change to the file
(once per burst of saves: an import or an undo of several steps redraws once), and a
page out of view only notes that it is out of date and catches up when shown. An
answer overtaken by a newer reading is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.orm import Session

from ..store.server_limits import allow_long_work
from .background import Progress, Task
from .workspace import Workspace

REFRESH_DELAY_MS = 150


class ReadingPage(Protocol):
    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)

    def refresh(self) -> None: ...


class PageReader(QObject):
    """`prepare()` runs on the GUI thread and returns the reading to do on the worker
    (with what it needs from the widgets bound in); `show(result)` gets its plain values
    back on the GUI thread."""

    def __init__(
        self,
        page: ReadingPage,
        workspace: Workspace,
        prepare: Callable[[], Callable[[Session], Any]],
        show: Callable[[Any], None],
    ) -> None:
        super().__init__(page if isinstance(page, QObject) else None)
        self.page = page
        self.workspace = workspace
        self._prepare = prepare
        self._show = show
        self.stale = True
        self._task: Task | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_when_shown)
        # Every register may feed the page, so any change counts; the timer restarts on
        # each signal and fires once the burst is over.
        workspace.changed.connect(self.schedule)

    def schedule(self, _register: str = "") -> None:
        self._timer.start()

    def _refresh_when_shown(self) -> None:
        if self.page.isVisible():
            self.page.refresh()  # the page's own: it also shows whether a file is open
        else:
            self.stale = True

    def read(self) -> bool:
        """Start reading again; False when no file is open (there is nothing to read)."""
        self._timer.stop()
        self.stale = False
        if self._task is not None:
            self._task.cancel()
            self._task = None
        database = self.workspace.database
        if database is None:
            return False
        reading = self._prepare()

        def work(progress: Progress) -> Any:
            # Plain values only: they cross to the GUI thread after the session is gone.
            with allow_long_work(database.sessions()) as session:
                try:
                    return reading(session)
                finally:
                    session.rollback()

        task = self._task = Task(work)
        # To a method of this object, not a lambda: a page closed meanwhile takes the
        # connection with it, and no answer reaches its deleted widgets.
        task.succeeded.connect(self._answered)
        task.start()
        return True

    def _answered(self, result: Any) -> None:
        if self.sender() is not self._task:
            return  # overtaken by a newer reading
        self._task = None
        self._show(result)

"""Work off the GUI thread: loading large lists, writing reports, importing.

A Task runs a plain function in Qt's thread pool and reports back through signals, which
Qt delivers on the GUI thread. The function gets a `Progress` to report how far it is and
to ask whether the user cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .. import lock_sharing
from . import import_hook

log = logging.getLogger(__name__)
# Workers import modules while the GUI thread runs: PySide6's import hook may not read
# their sources then (ui/import_hook.py). Done here too, for whatever starts a Task
# without ui/app.run_gui (the tests, the guide).
import_hook.quiet_pyside_import_hook()


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    """Handed to the task function: `report(done, total)` and `check()` for cancellation."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.check()
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled


_RUNNING: set[Task] = set()
_QUEUES: dict[str, QThreadPool] = {}


def any_running() -> bool:
    """Whether a task has been started and has not reported yet."""
    return bool(_RUNNING)


def queue(name: str) -> QThreadPool:
    """A pool that runs its tasks one after the other, in the order started.

    For work that is Python almost throughout: two such tasks at once do not go faster
    (they share one interpreter lock), and one that mostly waits on SQLite (reading
    100,000 rows hands the lock back and forth per row) is starved by the other. Loading
    the lists one at a time, trips first, shows the trips soonest. And the window gets
    the lock back soonest from one worker: each worker steps away from it now and then
    (lock_sharing.py), but while two run, the lock goes from one to the other as often
    as to the window.
    """
    pool = _QUEUES.get(name)
    if pool is None:
        pool = _QUEUES[name] = QThreadPool()
        pool.setMaxThreadCount(1)
    return pool


class Task(QObject):
    """One background job. Connect to the signals, then call start().

    Give it no Qt parent: the worker holds it until it has reported, so a page that is
    closed meanwhile cannot pull it away from under the worker.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(
        self,
        function: Callable[[Progress], Any],
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        expected: tuple[type[Exception], ...] = (),
    ) -> None:
        """`expected`: errors that answer the request (a refused report), logged as
        information without a traceback; any other is logged as an error."""
        super().__init__(parent)
        self._function = function
        self._pool = pool
        self.expected = expected
        self.progress = Progress(self.progressed.emit)

    def start(self) -> None:
        # Held here until it has reported: a caller that drops a cancelled or finished
        # task must not let Python delete it while the worker still signals through it.
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))
        (self._pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self.progress.cancel()

    def work(self) -> Any:
        """The job itself, on the worker's thread (_Runner reports its outcome)."""
        return self._function(self.progress)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            # The window waits for the interpreter lock meanwhile (lock_sharing.py).
            with lock_sharing.sharing_the_lock():
                result = task.work()
        except Cancelled:
            outcome, value = task.cancelled, None
        except task.expected as exc:  # an answer for the GUI to show, no fault
            log.info("background task refused: %s", exc)
            outcome, value = task.failed, exc
        except Exception as exc:  # reported to the GUI, which shows it
            log.exception("background task failed")
            outcome, value = task.failed, exc
        else:
            outcome, value = task.succeeded, result
        try:
            if value is None and outcome is task.cancelled:
                outcome.emit()
            else:
                outcome.emit(value)
            task.finished.emit()
        except RuntimeError:
            # The window that asked for this closed meanwhile; nobody is waiting for it.
            log.debug("background task finished after its receiver was deleted")

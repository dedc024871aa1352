"""The window's full garbage collections, made while nobody waits for it (issue 22, item 4).

A full collection scans every object Python tracks, in one step that holds the
interpreter lock: with 100,000 trips open that is 200-290 ms in which the window cannot
run a line of Python. Python makes one whenever enough objects have survived the younger
collections, which after a job is at once: the import of 10,000 rows left about 130,000
objects in cycles (SQLAlchemy's records), and its full collection came on the GUI thread
just as the preview or the result was shown, the longest pause of the whole import.

So in the window Python makes none by itself (heap.hold_back_full_collections) and this
collector makes them instead, once a collection is due (enough middle collections since
the last full one, or an import ended: it makes no collections while it runs, and says
so, heap.left_in_oldest), no background task runs, and nobody has touched the mouse or
keys for IDLE_AFTER seconds. Someone who works without a break of that length for a long
time gets one anyway, after OVERDUE middle collections, as Python would have made it.

Noticing input takes an application-wide event filter, and a filter in Python is a call
into Python for every event of the window, which during a job waits for the interpreter
lock (lock_sharing.py). So the filter is there only while a collection is due and no
task runs, which is a few seconds after a job.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from .. import heap
from . import background

# Seconds without input before a due collection is made.
IDLE_AFTER = 2.0
# How often the collector looks, in milliseconds.
LOOK_EVERY_MS = 500
# Middle collections since the last full one that make a full one due: Python's own
# default threshold for the oldest generation.
DUE = 10
# Middle collections after which it is made even while someone is working (never while a
# task runs: those hold full collections back themselves, heap.frozen_heap). Python's
# default is 10; this many did not come round while the annual overview was written.
OVERDUE = 1000

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleCollector(QObject):
    """Made once by the window (ui/app.py), after its start; lives as long as `parent`.
    `clock`: the tests' own."""

    def __init__(
        self, parent: QObject | None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_input = clock()
        self._watching = False  # the event filter installed
        self.collections = 0  # made by this collector (for the tests and the benchmark)
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        """Collect if a collection is due and nobody waits, else watch for input."""
        middle_collections = gc.get_count()[2]
        due = middle_collections >= DUE or heap.left_in_oldest()
        if not due or background.any_running():
            self._watch(False)
            return
        if middle_collections >= OVERDUE:
            self._collect()
            return
        if not self._watching:  # due from now on: idle counts from here
            self._watch(True)
            self._last_input = self._clock()
            return
        if self._clock() - self._last_input >= IDLE_AFTER:
            self._collect()

    def _collect(self) -> None:
        self._watch(False)
        gc.collect()
        heap.full_collection_made()
        self.collections += 1

    def _watch(self, on: bool) -> None:
        if on == self._watching:
            return
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self._last_input = self._clock()
        return False

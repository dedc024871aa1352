"""A worker lets the window in: it steps away from the interpreter lock now and then.

The window runs Python at every call from Qt into the app (a timer, a cell's data, an
event filter), and each such call must first take the interpreter lock. While a worker
imports a workbook or copies a database, the window waited up to 1.9 s for it (issue 22,
item 4), although the switch interval is short (heap.py): Python's hand-over did not work.

Why: a thread waiting for the lock asks its holder to let go only when a whole switch
interval has passed *without the lock changing hands* (take_gil in CPython's
ceval_gil.h). The workers let go of the lock for every SQLite step and file read, for a
few microseconds, and take it back before the waiting window's thread has even woken;
each such change resets the window's wait, so it never asks and waits for as long as
the worker keeps reading. (py-spy showed the worker holding the lock in ordinary Python,
one lazy load after another, while the window waited.)

So a worker that has run for EVERY seconds sleeps for PAUSE seconds: long enough for a
waiting thread to wake and take the lock, short enough to cost a job about 3 %
(docs/dev/benchmark.md). Where: when Python has collected the young generation, which
happens every few hundred objects made, in the app's code and in the libraries it calls
alike (openpyxl, SQLAlchemy, reportlab), which have no place of their own to put it;
and before every SQL statement of the app's engines (store/engine.py), where reading
query after query makes too few lasting objects for young collections to come often. A
collection can come in the middle of a library's work; letting go of the lock there is
what a finalizer doing I/O does too, which extension code must already allow.

Only the standard library: imported by every start (ui/background.py).
"""

from __future__ import annotations

import _thread
import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Seconds a worker runs between two steps away, at most (between two young collections
# it may run longer). The window waits for its turn that long per call into Python.
EVERY = 0.008
# Seconds it steps away: a waiting thread wakes in some tens of microseconds.
PAUSE = 0.0002

# Looked up at each call, so that the tests can put a clock of their own in.
_clock = time.perf_counter
_sleep = time.sleep
# The threads that step away, with when each did last (_clock).
_stepped_away: dict[int, float] = {}
_installed = False


def _after_collection(phase: str, info: dict[str, int]) -> None:
    if phase == "stop":
        step_away_if_due()


def before_statement(*_arguments: object) -> None:
    """Before each SQL statement (an engine event, store/engine.py). Reading record
    after record one query each makes few objects that last, so young collections come
    seldom, while every query lets go of the lock and takes it back before the window
    wakes: the import's read-and-check of 100,000 trips kept the window waiting 150-430
    ms at a time on a quiet machine (issue 22, item 4)."""
    step_away_if_due()


def step_away_if_due() -> None:
    """On a thread in a job that has run EVERY seconds since it last stepped away: step
    away now. Elsewhere nothing."""
    thread = _thread.get_ident()
    last = _stepped_away.get(thread)
    if last is None:  # the window's thread, or one that does not share
        return
    if _clock() - last >= EVERY:
        _sleep(PAUSE)
        _stepped_away[thread] = _clock()


@contextmanager
def sharing_the_lock() -> Iterator[None]:
    """Around a worker's job, on its thread: it steps away from the lock every EVERY
    seconds, at a young collection."""
    global _installed
    if not _installed:
        # Appending is atomic; two workers starting at once add it at most twice, which
        # only checks twice.
        _installed = True
        gc.callbacks.append(_after_collection)
    thread = _thread.get_ident()
    _stepped_away[thread] = _clock()
    try:
        yield
    finally:
        _stepped_away.pop(thread, None)

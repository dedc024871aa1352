"""The objects that exist before a report is written, a file imported, or a travel copy
taken or merged back are left out of garbage collection while that runs
(reports/registry.py, exchange/plan.py, operations/travel_copying.py and merging.py).

Python's full collections scan every tracked object. With a large database open the app
holds a few hundred thousand of them (modules, matplotlib, the session's records), and
writing the annual overview of a thousand trips triggers several full collections, which
cost it about half a second. None of those older objects becomes garbage because of the
report, so they are frozen (gc.freeze) for its duration: collections then look only at
what the report makes, and cyclic garbage is still collected as usual.

Full collections are also held back while it is written. What the report makes (the
story, its laid-out parts, the pages kept for "pagina x van y") lives until the document
is saved, yet every tenth collection of the middle generation scanned all of it again:
about 0.2 s of a 3 s annual overview that found nothing to free. The young generations
are collected as usual, so short-lived cycles are still freed at once; what survives them
waits for the first full collection after the report, when its story is gone.

An import is the same case: the workbook's rows, the checked records and their rows for
the bulk writes live until it is done, and a 10,000-trip file set off nine full
collections, a sixth of its time, that freed almost nothing. Its young collections freed
next to nothing as well (700 objects in 2,300 collections, 0.13 s), so an import runs
with none at all (`frozen_heap(young=False)`).

A travel copy too: every record read lives until the copy is written. Its full
collections ran on the worker holding the interpreter lock, up to 450 ms each, and the
window could not run a line of Python meanwhile (issue 22, item 4).

With 100,000 trips open even a thousand middle collections came round within one job:
the import of 10,000 rows still set off two full collections of 2.0 and 4.5 s (they
freed 5,403 and 2,297 objects of the millions the import holds), so while a job runs
none happens at all (NEVER).

What a job drops at its end is freed by reference counting, at once, if nothing in it
is part of a cycle; a cycle anywhere keeps all it reaches until the next full collection,
which then scans and frees it in one step holding the lock (a travel copy of 100,000
trips left 4.2 million objects so, a 2.9 s pause). Large structures are also let go of
piece by piece (`release`): freeing a million objects by reference counting is one
step of the interpreter as well.
"""

from __future__ import annotations

import _thread
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# Not `from typing import TYPE_CHECKING`: `intzaken --version` imports this module, and
# typing is for the type checker only (tests/test_cli_startup.py); mypy reads any
# TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def switch_interval(platform: str) -> float:
    """Seconds a thread may hold the interpreter lock while another waits for it, in the
    window (Python's default is 0.005). A paint of a list calls into Python once per cell
    shown (about 320 for a screenful), each call waiting up to this long while a worker
    loads a list: at 1 ms, opening a 100,000-trip file with a migration kept the window
    from answering 77-140 ms at a time on Linux, and restoring a backup 102-117 ms; at
    0.1 ms 57-79 ms and 24-27 ms, the jobs as fast (docs/dev/benchmark.md, 2026-12-07).
    Not on Windows: CPython waits for the lock there in whole milliseconds (us / 1000 in
    Python/condvar.h), so anything under 1 ms is no wait at all, and two busy threads
    would hand the lock to each other every few bytecodes."""
    return 0.001 if platform == "win32" else 0.0001


SWITCH_INTERVAL = switch_interval(sys.platform)

# While a job runs: no full collection at all (the count of middle collections never
# gets there).
NEVER = 1 << 30
# Items let go of per step of `release`: each step frees what they alone hold, and the
# interpreter may switch threads between steps.
RELEASE_STEP = 1000


def hold_back_full_collections() -> None:
    """For the window, at start: no full collection made by Python itself; the window
    makes them when nobody waits for it (ui/idle_collection.py). Workers read lists,
    copies and merges beside the GUI thread, and a full collection runs in whichever
    thread allocates, holding the interpreter lock: with 5,000 trips open each took
    100-450 ms, with 100,000 one after an import 200-290 ms, and the window could not run
    a line of Python meanwhile (issue 22 item 4). The young generations are still
    collected as usual. Also the interpreter lock's switch interval, shorter
    (SWITCH_INTERVAL): the same waits, for the lock."""
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER)
    # The GUI thread waits for the interpreter lock at each call from Qt into Python (a
    # cell's data, a timer): with a worker busy in Python that was up to the switch
    # interval, 5 ms by default, per call, and a repaint of a list makes hundreds.
    sys.setswitchinterval(SWITCH_INTERVAL)


@contextmanager
def no_collections_while_starting() -> Iterator[None]:
    """Around a process's start (intzaken/__main__.py), from before the imports: no
    collection until `collect_from_here_on`, and collection on again however the block
    ends (`--version` leaves through argparse's SystemExit; the tests call main() in their
    own process). Starting makes modules, classes and widgets that live as long as the
    process, hardly garbage: a run of `intzaken check` on the demo made 130 collections,
    one of them full, freeing about 900 objects in 30 ms of its 240 ms CPU; the window
    45 collections, 6 ms, 165 objects, before its first paint (issue 22; counted with
    gc.callbacks)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def collect_from_here_on() -> None:
    """Once started (the window just after its first paint, a command once its module
    is imported): what exists now is left out of every later collection (gc.freeze), as
    it stays anyway, and collection is on again. Only where no_collections_while_starting
    turned it off: a process that collects (the tests) is left as it is."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


# threading's Lock itself, without importing threading (every start imports this module).
_lock = _thread.allocate_lock()
_writing = 0  # reports being written now (each in a worker thread of its own)
_quiet = 0  # of them, those that hold back the young collections too
_threshold: tuple[int, int, int] = gc.get_threshold()  # as it was before the first of them
# A job without young collections left what it made in the oldest generation without the
# middle collections by which the window's collector sees a full one due
# (ui/idle_collection.py): it says so here instead.
_left_in_oldest = False


@contextmanager
def frozen_heap(*, young: bool = True) -> Iterator[None]:
    """The heap frozen and full collections held back while the block runs (see the
    module); with `young=False` no collection at all, for a job whose young collections
    were measured to find next to nothing: an import of 10,000 trips made 2,300 of
    them, 0.13 s of its 2.5 s, and they freed 700 objects of the millions it makes."""
    global _writing, _quiet, _threshold, _left_in_oldest
    with _lock:
        if not _writing:
            _threshold = gc.get_threshold()
        _writing += 1
        _quiet += not young
        _hold_back()
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _writing -= 1
            _quiet -= not young
            if not young:
                # What the job made and still holds was never collected. Left in the
                # young generation, all of it would be scanned by the next collection, in
                # one step of whichever thread allocates next (194 ms in the window after
                # an import of 10,000 trips, freeing objects that reference counting
                # frees anyway); frozen, it goes into the oldest generation with the
                # rest, for the next full collection (ui/idle_collection.py).
                gc.freeze()
                _left_in_oldest = True
            if not _writing:
                # The thresholds as they were, and the frozen objects back into the
                # oldest generation: collected again as before.
                gc.set_threshold(*_threshold)
                gc.unfreeze()
            else:
                _hold_back()


def left_in_oldest() -> bool:
    """Whether a job without young collections ended since the last full collection: what
    it made and dropped since (an import's records, cycles each) waits for one."""
    return _left_in_oldest


def full_collection_made() -> None:
    global _left_in_oldest
    _left_in_oldest = False


def _hold_back() -> None:
    young, middle, _old = _threshold
    # A first threshold of 0 turns automatic collection off (gc.set_threshold).
    gc.set_threshold(0 if _quiet else young, middle, NEVER)


def release(items: list[Any]) -> None:
    """Empty `items` a slice at a time from its end, so that freeing what they hold is
    spread over many steps of the interpreter instead of one that holds the lock for as
    long as a million objects take to free."""
    while items:
        del items[-RELEASE_STEP:]

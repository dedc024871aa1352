"""The window's answering, measured from inside its process (run by probe.py).

A timer that should fire every TICK_MS on the GUI thread is late by as long as the event
loop was busy elsewhere: the longest lateness is the longest moment the window did not
answer a click or repaint. Only the standard library at the top, as in probe.py.
"""

from __future__ import annotations

import time

TICK_MS = 10


class LatenessMonitor:
    """Started on the GUI thread; `longest_ms` and when it happened (`worst_at`)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest_ms = 0.0
        self.worst_at = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._stalls = False  # INTZAKEN_BENCH_STALLS: each pause over 50 ms printed too
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()
        import os

        stalls = os.environ.get("INTZAKEN_BENCH_STALLS")
        if stalls:
            self._stalls = True
            if stalls == "late":
                # Only the LATE and COLLECTION lines: the stack sampler's thread takes the
                # interpreter lock every 20 ms while the window waits, and so makes the
                # pauses it is looking at longer.
                self._watch_collections()
            else:
                self._watch_stalls()

    def _watch_stalls(self) -> None:
        """For finding a stall (not part of a measurement): prints what the GUI thread is
        doing whenever it is more than 50 ms late, and the innermost frames of every other
        thread (WORKER lines), to standard error."""
        import sys
        import threading
        import traceback

        gui = threading.get_ident()

        def watch() -> None:
            while True:
                time.sleep(0.02)
                if (time.perf_counter() - self._last) * 1000 > 50:
                    frame = sys._current_frames().get(gui)
                    if frame is not None:
                        # The innermost frames, and the app's own frames that led there.
                        stack = traceback.format_stack(frame)
                        ours = [f for f in stack[:-4] if "/intzaken/" in f][-6:]
                        text = "".join(ours + ["  ...\n"] + stack[-4:])
                        sys.stderr.write("STALL " + text.replace("\n", " | ") + "\n")
                    # And where each other thread is: the one holding the lock, if any.
                    for thread, other in sys._current_frames().items():
                        if thread not in (gui, threading.get_ident()):
                            inner = traceback.format_stack(other)[-3:]
                            text = "".join(inner).replace("\n", " | ")
                            sys.stderr.write(f"WORKER {thread} {text}\n")

        threading.Thread(target=watch, daemon=True).start()
        self._watch_collections()

    def _watch_collections(self) -> None:
        """Every garbage collection over 30 ms, with its thread and the time it ended
        (perf_counter, as the LATE lines): a pause of the window with no Python frame on
        the GUI thread is either a collection (in whichever thread allocated) or the wait
        for the interpreter lock, and these lines tell the two apart."""
        import gc
        import sys
        import threading

        began: dict[int, float] = {}

        def timed(phase: str, info: dict) -> None:
            thread = threading.get_ident()
            if phase == "start":
                began[thread] = time.perf_counter()
                return
            took = (time.perf_counter() - began.pop(thread, time.perf_counter())) * 1000
            if took > 30:
                sys.stderr.write(
                    f"COLLECTION generation {info['generation']} {took:.0f} ms, "
                    f"{info['collected']} freed, {threading.current_thread().name}, "
                    f"ended at {time.perf_counter():.2f}\n"
                )

        gc.callbacks.append(timed)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - TICK_MS
        self.ticks += 1
        if late > 50 and self._stalls:
            import sys

            sys.stderr.write(f"LATE {late:.0f} ms, ended at {now:.2f}\n")
        if late > self.longest_ms:
            self.longest_ms, self.worst_at = late, now
        self._last = now


def open_pending(database: str, limit: float, finish) -> None:
    """The app started on `database`, whose schema is behind (a migration is pending):
    the longest lateness from the window's first show until the file is open, migrated,
    every page made and every list on them loaded (the pages are made after the trips
    list has loaded, one per pass of the event loop: part of opening the file)."""
    import sys

    from PySide6.QtCore import QTimer

    from intzaken.ui import main_window

    marks: dict[str, float] = {}
    original = main_window.MainWindow.show

    def show(self) -> None:
        main_window.MainWindow.show = original
        original(self)
        watch = LatenessMonitor()
        watch.start()
        marks["shown"] = time.time()

        def built(name: str) -> None:
            page = self.register_pages.get(name)
            if page is not None and name == "trips":
                page.loaded.connect(lambda: marks.setdefault("trips", time.time()))

        def all_built() -> None:
            marks["built"] = time.time()
            wait_for_lists()

        def wait_for_lists() -> None:
            if any(page.loading for page in self.register_pages.values()):
                QTimer.singleShot(20, wait_for_lists)
                return
            watch.stop()
            shown = marks["shown"]
            finish(
                longest_ms=watch.longest_ms,
                worst_after=watch.worst_at - started,
                ticks=watch.ticks,
                trips_loaded=marks.get("trips", shown) - shown,
                pages_built=marks["built"] - shown,
                seconds=time.time() - shown,
                opened=self.workspace.database is not None,
            )

        started = time.perf_counter()
        self.page_list.page_built.connect(built)
        self.page_list.all_built.connect(all_built)
        QTimer.singleShot(int(limit * 1000), lambda: finish(error="timeout"))

    main_window.MainWindow.show = show
    from intzaken.__main__ import main

    sys.argv = ["intzaken", "--db", database]
    main()
    finish(error="the app stopped before every page was made and loaded")

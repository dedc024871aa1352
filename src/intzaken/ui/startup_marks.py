"""Start-up moments for a benchmark outside the process (benchmarks/bundle.py): the
installed app cannot be timed from inside by a probe script, so when
INTZAKEN_STARTUP_MARKS names a file the window appends a line per moment to it:
`<name> <wall clock seconds> <CPU seconds of the process>`. Without the variable
nothing happens; the lines are no part of any user-facing output."""

from __future__ import annotations

import os
import time

VARIABLE = "INTZAKEN_STARTUP_MARKS"


def mark(name: str) -> None:
    path = os.environ.get(VARIABLE)
    if not path:
        return
    wall = time.time()
    cpu = time.process_time()  # the bootloader runs in this process too (one-folder)
    try:
        with open(path, "a", encoding="utf-8") as marks:
            marks.write(f"{name} {wall:.6f} {cpu:.6f}\n")
    except OSError:
        pass  # a benchmark's file that cannot be written must not stop the window

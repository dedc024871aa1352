"""The real command line in a process of its own, paused at one step (see
test_writer_locks.py): `python -m tests.workers.paused_cli MODULE:NAME GO_FILE ARGS...`.

The function NAME in MODULE is wrapped: when the command reaches it, the worker prints
`paused` and waits until GO_FILE exists, then goes on. So a test knows for certain that
the command is in the middle of its work (holding what it holds) while it tries a second
command, without guessing at timings.
"""

from __future__ import annotations

import functools
import importlib
import sys
import time
from pathlib import Path
from typing import Any

from intzaken.cli.main import main

GIVE_UP_AFTER = 120  # seconds: a test that never says go has failed long before


def pause_at(target: str, go: Path) -> None:
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)

    @functools.wraps(original)
    def paused(*args: Any, **kwargs: Any) -> Any:
        print("paused", flush=True)
        deadline = time.monotonic() + GIVE_UP_AFTER
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return original(*args, **kwargs)

    setattr(module, name, paused)


if __name__ == "__main__":
    pause_at(sys.argv[1], Path(sys.argv[2]))
    sys.exit(main(sys.argv[3:]))

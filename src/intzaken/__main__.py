"""Composition root: `python -m intzaken` and the `intzaken` command start here."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from .mpl_cache import use_persistent_matplotlib_cache


def main() -> int:
    use_persistent_matplotlib_cache()  # before anything imports matplotlib
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from .cli.main import main as cli_main

    return cli_main(sys.argv[1:], start_gui=_start_gui)


def _start_gui(database: Path) -> int:
    # Imported only when the window is wanted: the command line never loads Qt.
    from .ui.app import run_gui

    return run_gui(database)


if __name__ == "__main__":
    sys.exit(main())

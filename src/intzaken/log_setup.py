"""Warnings of every layer on stderr, for the window and the commands alike.

Set up once something is to run (the window, a command), not at start: `logging`
costs `intzaken --version` and `--help` a third of what argparse does, and parsing
the command line logs nothing.
"""

from __future__ import annotations


def log_warnings_to_stderr() -> None:
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

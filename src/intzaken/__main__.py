"""Composition root: `python -m intzaken` and the `intzaken` command start here."""

from __future__ import annotations

import logging
import sys


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from .cli.main import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

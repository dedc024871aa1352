"""Where the user's database lives unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store.location import Location

APP_NAME = "Intzaken"
DATABASE_ENV = "INTZAKEN_DB"


def default_database() -> Location:
    """`INTZAKEN_DB` if set (a file, or a team database's postgresql:// address), else
    intzaken.sqlite in the user's data directory."""
    configured = os.environ.get(DATABASE_ENV)
    if configured and configured.strip():
        # Not at the top: the language file and matplotlib's cache are found through
        # this module before anything reads an address (or needs the translations).
        from .store.location import parse_location

        return parse_location(configured)
    return user_database_path()


def user_database_path() -> Path:
    """intzaken.sqlite in the user's data directory."""
    from platformdirs import user_data_path  # not before the window's first paint

    return user_data_path(APP_NAME, appauthor=False) / "intzaken.sqlite"

"""Where the user's database lives unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Intzaken"
DATABASE_ENV = "INTZAKEN_DB"


def default_database_path() -> Path:
    """`INTZAKEN_DB` if set, else intzaken.sqlite in the user's data directory."""
    configured = os.environ.get(DATABASE_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path  # not before the window's first paint

    return user_data_path(APP_NAME, appauthor=False) / "intzaken.sqlite"

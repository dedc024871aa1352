"""Where the user's database lives unless told otherwise."""

from __future__ import annotations

import os
import sys
from pathlib import Path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    from .store.location import Location

APP_NAME = "Intzaken"
DATABASE_ENV = "INTZAKEN_DB"
# The XDG base directories (Linux and the BSDs): the variable, and the folder under the
# home folder when it is unset or not an absolute path.
XDG_FOLDERS = {
    "config": ("XDG_CONFIG_HOME", "~/.config"),
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
}


def user_folder(kind: str) -> Path:
    """Intzaken's folder of `kind` ("config", "data" or "cache") for this user, where
    platformdirs puts it (tests/test_paths.py compares the two).

    On Linux the XDG variables are read here: importing platformdirs loads tempfile,
    shutil and the compression modules, which cost `intzaken --version` and every command
    more than argparse itself (measured with `python -X importtime`). Elsewhere the
    folders are not simple enough to be worth it.
    """
    if sys.platform.startswith("linux"):
        variable, default = XDG_FOLDERS[kind]
        base = os.environ.get(variable, "")
        return Path(base if os.path.isabs(base) else os.path.expanduser(default)) / APP_NAME
    import platformdirs

    found: Path = getattr(platformdirs, f"user_{kind}_path")(APP_NAME, appauthor=False)
    return found


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
    return user_folder("data") / "intzaken.sqlite"

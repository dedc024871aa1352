"""The language chosen in the window, kept where the command line can read it cheaply.

The window's other settings live in QSettings, whose store differs per platform (an INI
file on Linux, a property list on macOS, the registry on Windows) and which can only be
read through QtCore: importing it costs the command line more than the rest of a short
command. So the language is kept in a one-line text file in the user's configuration
folder as well, read here without Qt. The window writes it (ui/settings.py) whenever the
language is chosen, and once from QSettings for a language chosen before this file was
kept; the command line reads it and falls back to the window's settings only when there
is no file yet.
"""

from __future__ import annotations

from pathlib import Path

from .paths import user_folder

LANGUAGES = ("nl", "en")  # as intzaken.i18n, without importing Babel for it
FILE_NAME = "language"


def language_file() -> Path:
    """`language` in the user's configuration folder (~/.config/Intzaken on Linux)."""
    return user_folder("config") / FILE_NAME


def read_language(path: Path) -> str | None:
    """The language in `path`, or None when there is no file or it holds something else
    (edited by hand, cut short)."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in LANGUAGES else None


def write_language(path: Path, language: str) -> None:
    """Keep `language` in `path`. A folder that cannot be written (a locked-down
    profile) is no reason to refuse the choice: the window still has it in QSettings,
    and the command line falls back to reading that."""
    assert language in LANGUAGES
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(language + "\n", encoding="utf-8")
    except OSError:
        pass

"""SQLite's text functions in Python, for rules that compare names in SQL and must give
the same answer when an import compares them in memory (exchange/names.py)."""

from __future__ import annotations

import string

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def sqlite_lower(text: str) -> str:
    """What SQLite's built-in lower(text) gives: ASCII letters folded to lower case, every
    other character as it is ("ŁÓDŹ" -> "ŁÓdŹ"); the app's SQLite has no ICU."""
    return text.translate(_ASCII_LOWER)

"""Find anything: one search across the registers, their programmes, contacts and notes
(`search`), results grouped by register with why each matched. No Qt: the window's
search popup and `intzaken search` call the same function."""

from __future__ import annotations

from .query import DEFAULT_LIMIT, search, warm_up
from .results import Hit, SearchGroup, SearchOutcome, SearchResult

__all__ = [
    "DEFAULT_LIMIT",
    "Hit",
    "SearchGroup",
    "SearchOutcome",
    "SearchResult",
    "search",
    "warm_up",
]

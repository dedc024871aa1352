"""Find anything: one search across the registers, their programmes, contacts and notes
(`search`), results grouped by register with why each matched. No Qt: the window's
search popup and `intzaken search` call the same function.

The names below are imported when first used (lazy_exports.py): the command line's
parser reads DEFAULT_LIMIT without loading the queries and SQLAlchemy."""

from __future__ import annotations

from ...lazy_exports import lazy_exports
from .limits import DEFAULT_LIMIT

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    from .query import search, warm_up
    from .results import Hit, SearchGroup, SearchOutcome, SearchResult

__getattr__ = lazy_exports(
    __name__,
    {
        "search": "query",
        "warm_up": "query",
        "Hit": "results",
        "SearchGroup": "results",
        "SearchOutcome": "results",
        "SearchResult": "results",
    },
)

__all__ = [
    "DEFAULT_LIMIT",
    "Hit",
    "SearchGroup",
    "SearchOutcome",
    "SearchResult",
    "search",
    "warm_up",
]

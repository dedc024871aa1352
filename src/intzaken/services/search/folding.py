"""Text compared without case and accents ("Zürich" = "zurich", "Łódź" = "lodz"), the same
in Python and in SQL on SQLite and PostgreSQL.

`fold` is the one definition. SQLite runs it itself (a function registered on the
connection); PostgreSQL gets an SQL expression generated from it for the Latin, Greek
and Cyrillic letters (`translate` for one letter to one, `replace` for one to several,
such as ß -> ss), and its own lower() for the rest. Both only fold texts that are not
plain ASCII: an ASCII text matches a folded word exactly when the database's own
case-insensitive LIKE says so, which costs no Python call per row.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy import LargeBinary, and_, cast, func, literal, or_

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

# Letters that carry their difference in the letter itself, not in an accent mark that
# Unicode decomposition removes: typed without it on a Dutch keyboard all the same.
_LETTERS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "ŀ": "l",
    }
)
# Where the generated SQL folds each letter itself (elsewhere the database's lower()).
_SQL_RANGES = ((0x00C0, 0x024F), (0x0300, 0x036F), (0x0370, 0x04FF), (0x1E00, 0x1EFF))
_SQL_EXTRA = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u1e9e"  # ligatures, capital ß
SQLITE_FUNCTION = "intz_fold"
ESCAPE = "\\"


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Once more: a decomposition may bring a capital back (ϒ -> Υ).
    return kept.casefold().translate(_LETTERS)


def fold(text: str) -> str:
    """`text` in lower case without accents: the form every comparison uses."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold(text) and, for each of its characters, the index in `text` it came from (to
    mark a match found in the folded text in the text as written)."""
    parts, offsets = [], []
    for index, char in enumerate(text):
        folded = char.lower() if char.isascii() else _fold_char(char)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(parts), offsets


def search_words(query: str, *, shortest: int = 2) -> list[str]:
    """The folded words of a query, without surrounding punctuation, each once; words
    shorter than `shortest` characters are left out (they match nearly everything)."""
    words: list[str] = []
    for part in fold(query).split():
        word = _strip_edges(part)
        if len(word) >= shortest and word not in words:
            words.append(word)
    return words


def _strip_edges(word: str) -> str:
    start, end = 0, len(word)
    while start < end and not word[start].isalnum():
        start += 1
    while end > start and not word[end - 1].isalnum():
        end -= 1
    return word[start:end]


def like_pattern(word: str) -> str:
    escaped = word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def contains(
    dialect: str, text: ColumnElement[str], pattern: ColumnElement[str]
) -> ColumnElement[bool]:
    """SQL: the folded `text` contains the folded word whose LIKE `pattern` (like_pattern)
    is bound to `pattern`."""
    if dialect == "sqlite":
        # LIKE is case-insensitive for ASCII letters in SQLite; the rest is folded by
        # `fold` itself, called only for texts that are not plain ASCII.
        return or_(
            text.like(pattern, escape=ESCAPE),
            and_(
                # More bytes than characters: not plain ASCII (cheaper than a GLOB).
                func.length(cast(text, LargeBinary)) != func.length(text),
                getattr(func, SQLITE_FUNCTION)(text).like(pattern, escape=ESCAPE),
            ),
        )
    if dialect == "postgresql":
        return or_(
            text.ilike(pattern, escape=ESCAPE),
            and_(
                func.octet_length(text) != func.char_length(text),
                postgresql_fold(text).like(pattern, escape=ESCAPE),
            ),
        )
    raise ValueError(f"no text search for the {dialect} dialect")


def postgresql_fold(text: ColumnElement[str]) -> ColumnElement[str]:
    """`fold` as a PostgreSQL expression (exact for the letters in _SQL_RANGES)."""
    several, source, target = _postgresql_tables()
    for char, folded in several:
        text = func.replace(text, literal(char), literal(folded))
    return func.lower(func.translate(text, literal(source), literal(target)))


@functools.cache
def _postgresql_tables() -> tuple[tuple[tuple[str, str], ...], str, str]:
    """(letter, its fold) for folds of several letters; then translate()'s two strings:
    one letter to one, followed by the letters that fold to nothing (accent marks),
    which translate() drops because the second string is shorter."""
    chars = [chr(c) for first, last in _SQL_RANGES for c in range(first, last + 1)]
    chars += list(_SQL_EXTRA)
    several: list[tuple[str, str]] = []
    one_from, one_to, dropped = [], [], []
    for char in chars:
        if unicodedata.category(char) == "Cn":
            continue  # not assigned
        folded = _fold_char(char)
        if folded == char:
            continue
        if not folded:
            dropped.append(char)
        elif len(folded) == 1:
            one_from.append(char)
            one_to.append(folded)
        else:
            several.append((char, folded))
    return tuple(several), "".join(one_from + dropped), "".join(one_to)


def register_sqlite_fold(driver_connection: object) -> None:
    """Make `intz_fold` known to an sqlite3 connection (again is harmless)."""
    driver_connection.create_function(  # type: ignore[attr-defined]
        SQLITE_FUNCTION, 1, _sqlite_fold, deterministic=True
    )


def _sqlite_fold(text: object) -> str | None:
    return fold(text) if isinstance(text, str) else None

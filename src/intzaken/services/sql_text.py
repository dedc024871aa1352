"""The database's text functions in Python, for rules that compare names in SQL and must
give the same answer when an import compares them in memory (exchange/names.py,
exchange/twins.py)."""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sqlalchemy import Connection

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def sqlite_lower(text: str) -> str:
    """What SQLite's built-in lower(text) gives: ASCII letters folded to lower case, every
    other character as it is ("ŁÓDŹ" -> "ŁÓdŹ"); the app's SQLite has no ICU."""
    return text.translate(_ASCII_LOWER)


def database_lower(connection: Connection) -> Callable[[str], str]:
    """The database's own lower() as a function of a text. SQLite's is computed here;
    PostgreSQL's follows the database's locale ("ŁÓDŹ" -> "łódź", "İ" -> "i" where Python
    gives "i̇"), so the server is asked, once per text (an import asks for its new names
    only: what is stored is read with lower() in the query itself)."""
    if connection.dialect.name == "sqlite":
        return sqlite_lower
    from sqlalchemy import func, literal, select

    known: dict[str, str] = {}

    def lower(text: str) -> str:
        if text not in known:
            # lower() of a text that is not NULL is not NULL
            known[text] = cast(str, connection.scalar(select(func.lower(literal(text)))))
        return known[text]

    return lower


def database_lowers(connection: Connection, texts: Sequence[str]) -> dict[str, str]:
    """`database_lower` of each of `texts`, on PostgreSQL in one question to the server for
    them all (an import's new names: hundreds of questions otherwise). The texts must be
    ones PostgreSQL takes (no NUL): one it refuses fails the transaction."""
    if connection.dialect.name == "sqlite":
        return {text: sqlite_lower(text) for text in texts}
    from sqlalchemy import String, bindparam, func, select
    from sqlalchemy.dialects.postgresql import ARRAY

    given = func.unnest(bindparam("texts", list(texts), type_=ARRAY(String))).table_valued("text")
    return {
        text: cast(str, lowered)
        for text, lowered in connection.execute(select(given.c.text, func.lower(given.c.text)))
    }

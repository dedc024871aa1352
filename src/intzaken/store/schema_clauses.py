"""The rules in a CREATE TABLE statement that SQLite's pragmas do not show.

`PRAGMA table_xinfo`, `foreign_key_list` and `index_list` describe columns, references
and indexes, but not CHECK constraints, conflict clauses (`UNIQUE ON CONFLICT REPLACE`
silently deletes the row it collides with), collations or AUTOINCREMENT. These are read
from the statement's tokens, each in a canonical form (words in lower case, quotes around
names dropped, one space between tokens): the same rule written with other whitespace,
quoting or constraint order, as a batch migration may leave it, reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TOKENS = re.compile(
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^']|'')*'?)
  | (?P<quoted>"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\[[^\]]*\]?)
  | (?P<number>\d[\w.]*)
  | (?P<word>[^\W\d][\w$]*)
  | (?P<other>\S)
""",
    re.DOTALL | re.VERBOSE,
)


def tokens(sql: str) -> Iterator[tuple[str, str]]:
    """(kind, canonical text) of each token of `sql`, comments and whitespace left out.
    A quoted name is a word: `"notes"` and `notes` are the same column."""
    for match in _TOKENS.finditer(sql):
        kind, text = match.lastgroup or "other", match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            kind, text = "word", _unquote(text)
        if kind == "word":
            text = text.lower()
        yield kind, text


def _unquote(text: str) -> str:
    opening, inner = text[0], text[1:]
    closing = {"[": "]"}.get(opening, opening)
    if inner.endswith(closing):
        inner = inner[:-1]
    return inner if opening == "[" else inner.replace(closing * 2, closing)


def hidden_rules(sql: str) -> list[str]:
    """The CHECK, ON CONFLICT, COLLATE and AUTOINCREMENT clauses of a CREATE TABLE
    statement, canonical and sorted (their order in the statement means nothing)."""
    found: list[str] = []
    words = list(tokens(sql))
    index = 0
    while index < len(words):
        kind, text = words[index]
        following = [t for _, t in words[index + 1 : index + 3]]
        if kind == "word" and text == "check" and following[:1] == ["("]:
            end = _closing_parenthesis(words, index + 1)
            found.append(" ".join(t for _, t in words[index : end + 1]))
            index = end + 1
            continue
        if kind == "word" and text == "on" and following[:1] == ["conflict"]:
            found.append(" ".join(["on", *following]))
            index += 3
            continue
        if kind == "word" and text == "collate":
            found.append(" ".join(["collate", *following[:1]]))
        elif kind == "word" and text == "autoincrement":
            found.append("autoincrement")
        index += 1
    return sorted(found)


def _closing_parenthesis(words: list[tuple[str, str]], opening: int) -> int:
    depth = 0
    for index in range(opening, len(words)):
        kind, text = words[index]
        if kind == "other" and text == "(":
            depth += 1
        elif kind == "other" and text == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(words) - 1  # SQLite stored it, so it is balanced; never read past the end

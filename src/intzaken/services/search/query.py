"""One search across every register: the records that hold every word of the query,
each word in any of the record's fields.

The matching runs in SQL, per register in one statement: per word, the ids of the
records with a field that holds it (a UNION over the fields), then the ids holding every
word (INTERSECT), ordered and cut to the first `limit` with their total count. Only those
few records are read into Python, with the fields that matched, to show why. So the
cost grows with the size of the archive inside the database's own scan, never with
Python objects per row: a search over 100,000 trips reads a few dozen rows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    String,
    and_,
    case,
    func,
    intersect,
    literal,
    or_,
    select,
    type_coerce,
    union,
    union_all,
)

from ...i18n import _
from ..trip_listing import dialect_name, driver_connection
from .describe import SEPARATOR, describe
from .fields import SEARCH_REGISTERS, Field, SearchRegister
from .folding import register_sqlite_fold, search_words
from .results import Hit, SearchGroup, SearchOutcome, SearchResult, marks_in, snippet

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_LIMIT = 20  # results shown per register; the group says how many more there are
MAX_WORDS = 8  # a longer query is cut: each word is a scan of every field
MAX_HITS = 3  # fields shown per result to say why it matched


def search(
    session: Session,
    query: str,
    *,
    limit: int = DEFAULT_LIMIT,
    registers: tuple[SearchRegister, ...] = SEARCH_REGISTERS,
) -> SearchOutcome:
    """The records of every register that hold every word of `query` (case and accents
    ignored), grouped by register: the first `limit` of each, and how many there are."""
    words = tuple(search_words(query)[:MAX_WORDS])
    if not words:
        return SearchOutcome(query, words)
    dialect = dialect_name(session)
    if dialect == "sqlite":
        register_sqlite_fold(driver_connection(session))
    groups = []
    for register in registers:
        ids, total = _matching_ids(session, dialect, register, words, limit)
        if ids:
            results = _results(session, dialect, register, words, ids)
            groups.append(SearchGroup(register.key, _(register.heading), results, total))
    return SearchOutcome(query, words, tuple(groups))


def _ids_holding(dialect: str, register: SearchRegister, word: str) -> CompoundSelect[int] | None:
    """SQL: the ids of the records with a field that holds `word`."""
    selects = []
    for field in register.fields:
        condition = field.matches(dialect, word)
        if condition is not None:
            key = field.key.label("key")
            selects.append(
                field.rows.with_only_columns(key, maintain_column_froms=True).where(condition)
            )
    return union(*selects) if selects else None


def _matching_ids(
    session: Session,
    dialect: str,
    register: SearchRegister,
    words: tuple[str, ...],
    limit: int,
) -> tuple[list[int], int]:
    """The first `limit` ids of the records holding every word, in the register's
    order, and the number of them all."""
    per_word = []
    for word in words:
        ids = _ids_holding(dialect, register, word)
        if ids is None:
            return [], 0  # a word no field of this register can hold
        per_word.append(ids)
    matched: Any = per_word[0]
    if len(per_word) > 1:
        # SQLite takes no parentheses around a compound inside a compound: each as a
        # subquery of its own.
        parts = [select(part.c.key) for part in (ids.subquery() for ids in per_word)]
        matched = intersect(*parts)
    statement = select(register.record_id, func.count().over())
    for table, on in register.joins:
        statement = statement.join(table, on)
    order: list[ColumnElement[Any]] = []
    if register.title_first:
        title = [register.title.matches(dialect, word) for word in words]
        in_title = and_(*(condition for condition in title if condition is not None))
        order.append(case((in_title, 0), else_=1))
    statement = (
        statement.where(register.record_id.in_(matched))
        .order_by(*order, *register.order)
        .limit(limit)
    )
    rows = session.execute(statement).all()
    return [row[0] for row in rows], (rows[0][1] if rows else 0)


def _field_rows(
    session: Session,
    dialect: str,
    register: SearchRegister,
    words: tuple[str, ...],
    ids: list[int],
) -> dict[int, list[tuple[int, str]]]:
    """Per record of `ids`: (field index, text) of each field value holding a word."""
    selects = []
    for index, field in enumerate(register.fields):
        conditions = [c for c in (field.matches(dialect, w) for w in words) if c is not None]
        if conditions:
            selects.append(
                field.rows.with_only_columns(
                    field.key,
                    type_coerce(field.text, String),  # a code, not its enum, for every field
                    literal(index),
                    maintain_column_froms=True,
                ).where(field.key.in_(ids), or_(*conditions))
            )
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for key, text, index in session.execute(union_all(*selects)):
        found[key].append((index, text))
    return found


def _results(
    session: Session,
    dialect: str,
    register: SearchRegister,
    words: tuple[str, ...],
    ids: list[int],
) -> tuple[SearchResult, ...]:
    rows = _field_rows(session, dialect, register, words, ids)
    described = describe(session, register.key, ids)
    results = []
    for record_id in ids:
        about = described.get(record_id)
        if about is None:
            continue  # deleted between the two statements
        hits = _why(register.fields, rows.get(record_id, []), words, about.detail)
        results.append(
            SearchResult(
                register=register.key,
                record_id=record_id,
                title=about.title,
                title_marks=marks_in(about.title, words),
                detail=about.detail,
                when=about.when,
                start_date=about.start_date,
                end_date=about.end_date,
                hits=hits,
                opens=about.opens,
            )
        )
    return tuple(results)


def _why(
    fields: tuple[Field, ...], rows: list[tuple[int, str]], words: tuple[str, ...], detail: str
) -> tuple[Hit, ...]:
    """The few fields that together hold the most words, in the order of the fields; a
    word in the title needs no other field (the title is shown with its words marked).
    Between fields holding as many words, one that says more than the result's detail
    line wins: a contact met in Shanghai shows where it was met, not its organisation
    "Shanghai Port" a second time."""
    shown_already = set(detail.split(SEPARATOR))
    covers = [
        (
            index,
            text,
            fields[index].holds(text, words),
            fields[index].shown(text) not in shown_already,
        )
        for index, text in rows
        if text
    ]
    remaining = set(words)
    for index, _text, covered, _new in covers:
        if index == 0:
            remaining -= covered
    chosen: list[Hit] = []
    while covers and remaining and len(chosen) < MAX_HITS:
        index, text, covered, _new = max(
            covers, key=lambda item: (len(item[2] & remaining), item[3], -item[0])
        )
        if not covered & remaining:
            break
        remaining -= covered
        passage = snippet(fields[index].shown(text), words)
        chosen.append(Hit(_(fields[index].label), passage.snippet, passage.marks))
    return tuple(chosen)

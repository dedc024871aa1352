"""One search across every register: the records that hold every word of the query,
each word in any of the record's fields.

The matching runs in SQL, per register in one statement: one pass over the register's
own table, keeping the records where each word is in one of their own columns or among
the ids whose linked rows hold it (a set the database looks up once per word), ordered
and cut to the first `limit` with their total count. Only those few records are read
into Python, with the fields that matched, to show why. So the cost grows with the size
of the archive inside the database's own scan, never with Python objects per row: a
search over 100,000 trips reads a few dozen rows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union,
    union_all,
)

from ...i18n import _
from ...registers import RegisterKey
from ..trip_listing import driver_connection
from .describe import SEPARATOR, describe
from .fields import SEARCH_REGISTERS, Field, SearchRegister
from .folding import register_sqlite_fold, search_words
from .limits import DEFAULT_LIMIT
from .results import Hit, SearchGroup, SearchOutcome, SearchResult, marks_in, snippet

if TYPE_CHECKING:
    from sqlalchemy import Dialect
    from sqlalchemy.orm import Session

_Statement = TypeVar("_Statement", bound="Select[Any, Any] | CompoundSelect[Any]")

MAX_WORDS = 8  # a longer query is cut: each word is a scan of every field
MAX_HITS = 3  # fields shown per result to say why it matched
NOTHING = "\x01\x01"  # a word no text holds (services/text_rules.py refuses control characters)


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
    dialect = session.get_bind().dialect
    if dialect.name == "sqlite":
        register_sqlite_fold(driver_connection(session))
    groups = []
    for register in registers:
        parameters = _parameters(register, words)
        statement = _matching(register, dialect, len(words))
        rows = session.connection().execute(statement.limit(limit), parameters).all()
        if rows:
            ids = [row[0] for row in rows]
            results = _results(session, dialect, register, words, ids)
            groups.append(SearchGroup(register.key, _(register.heading), results, rows[0][1]))
    return SearchOutcome(query, words, tuple(groups))


def warm_up(session: Session, most_words: int = 3) -> None:
    """Make and compile the statements of searches of up to `most_words` words (a few
    hundred milliseconds for all registers), so that the first keystrokes do not pay for
    it. Runs them with a word nothing holds: nothing is read."""
    dialect = session.get_bind().dialect
    if dialect.name == "sqlite":
        register_sqlite_fold(driver_connection(session))
    connection = session.connection()
    for count in range(1, most_words + 1):
        words = (NOTHING,) * count
        for register in SEARCH_REGISTERS:
            parameters = _parameters(register, words)
            connection.execute(_matching(register, dialect, count).limit(0), parameters).all()
            _field_rows(session, dialect, register, words, [])
            describe(session, register.key, [])


def _parameters(register: SearchRegister, words: tuple[str, ...]) -> dict[str, object]:
    """The bound values of a register's statements for `words`."""
    return {
        field.parameter(i, j): field.value(word)
        for i, field in enumerate(register.fields)
        for j, word in enumerate(words)
    }


# The statements are made once per register, dialect and number of words, with the words
# as bound parameters: making SQLAlchemy's expressions anew for every keystroke cost more
# than running them.
_MATCHING: dict[tuple[RegisterKey, str, int], Select[Any, Any]] = {}
_FIELD_ROWS: dict[tuple[RegisterKey, str, int], CompoundSelect[Any]] = {}


def _matching(register: SearchRegister, dialect: Dialect, count: int) -> Select[Any, Any]:
    """(record id, number of matches) of the records holding every word, in the
    register's order (`limit` it).

    One pass over the register's own table: per word, one of its own columns holds it,
    or the record is among those whose linked rows hold it (the ids of each word's
    linked fields are looked up once, as a set, by the database)."""
    key = (register.key, dialect.name, count)
    if key in _MATCHING:
        return _MATCHING[key]
    statement = select(register.record_id, func.count().over())
    for table, on in register.joins:
        statement = statement.join(table, on)
    own = str(select(register.record_id.label("key")))
    for word in range(count):
        passes = _passes(register, dialect.name, word)
        holding = [or_(*conditions) for ids, conditions in passes if str(ids) == own]
        elsewhere = [ids.where(or_(*conditions)) for ids, conditions in passes if str(ids) != own]
        if elsewhere:
            holding.append(register.record_id.in_(union(*elsewhere)))
        statement = statement.where(or_(*holding))
    order: list[ColumnElement[Any]] = []
    if register.title_first:
        title = register.title
        in_title = and_(*(title.matches(dialect.name, title.parameter(0, j)) for j in range(count)))
        order.append(case((in_title, 0), else_=1))
    statement = statement.order_by(*order, *register.order)
    _MATCHING[key] = _compiled_once(statement, dialect)
    return statement


def _passes(
    register: SearchRegister, dialect: str, word: int
) -> list[tuple[Select[Any], list[Any]]]:
    """Per table: (the ids of its records, the conditions that a field of it holds word
    number `word`), the fields of one table asked together in one pass."""
    passes: dict[str, tuple[Select[Any], list[Any]]] = {}
    for i, field in enumerate(register.fields):
        ids, condition = field.match_parts(dialect, field.parameter(i, word))
        passes.setdefault(str(ids), (ids, []))[1].append(condition)
    return list(passes.values())


def _field_rows(
    session: Session,
    dialect: Dialect,
    register: SearchRegister,
    words: tuple[str, ...],
    ids: list[int],
) -> dict[int, list[tuple[int, str]]]:
    """Per record of `ids`: (field index, text) of each field value holding a word."""
    key = (register.key, dialect.name, len(words))
    if key not in _FIELD_ROWS:
        statement: CompoundSelect[Any] = union_all(
            *(
                field.rows.with_only_columns(
                    field.key,
                    type_coerce(field.text, String),  # a code, not its enum, for every field
                    literal(i),
                    maintain_column_froms=True,
                ).where(
                    field.key.in_(bindparam("ids", expanding=True)),
                    or_(
                        *(
                            field.matches(dialect.name, field.parameter(i, j))
                            for j in range(len(words))
                        )
                    ),
                )
                for i, field in enumerate(register.fields)
            )
        )
        _FIELD_ROWS[key] = _compiled_once(statement, dialect)
    parameters = {**_parameters(register, words), "ids": ids}
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for record_id, text, index in session.connection().execute(_FIELD_ROWS[key], parameters):
        found[record_id].append((index, text))
    return found


def _compiled_once(statement: _Statement, dialect: Dialect) -> _Statement:
    """`statement`, compiled once for its shape. The first compilation marks the field
    queries inside it as ORM queries, which changes its cache key: without this, each new
    statement would be compiled twice, in the first two searches (a third of a second
    each for seven registers)."""
    statement.compile(dialect=dialect)
    return statement


def _results(
    session: Session,
    dialect: Dialect,
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

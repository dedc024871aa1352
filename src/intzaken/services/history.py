"""Writing the change history: who changed which record when, field by field.

The services call these inside the transaction of the change itself, so a change and its
history entries are saved together or not at all. services/tracking.py decides what to
write for a save; this module only writes it.

The history's texts (field labels, old and new values, titles, contexts) are stored in
Dutch whatever the language of the person saving: a team database and a travel copy hold
one history, which is read by people in either language and compared line by line
(travel/history_sift.py). Reading it translates what it can (history_query.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.enums import ChangeAction
from ..domain.identity import Tracked
from ..i18n import N_, dutch

AUTHOR_KEY = "author"  # Session.info key: who is making the changes in this session
CONTEXT_KEY = "change_context"  # Session.info key: where they come from, when not a form
HISTORY_LANGUAGE = "nl"
UNKNOWN_AUTHOR = dutch(N_("unknown"))
# changes.author is String(100): PostgreSQL refuses a longer value where SQLite stores it.
AUTHOR_LENGTH = 100
# Contexts the window gives the steps of its undo history: message ids, stored in Dutch.
UNDO_ID, REDO_ID = N_("undo"), N_("redo")
UNDO_CONTEXT = dutch(UNDO_ID)
REDO_CONTEXT = dutch(REDO_ID)
TITLE_LENGTH = 300  # the column widths of the changes table
FIELD_LENGTH = 60
CONTEXT_LENGTH = 300


def current_author(session: Session | None = None) -> str:
    """The login name of the person making changes, unless the session names someone."""
    if session is not None and session.info.get(AUTHOR_KEY):
        return str(session.info[AUTHOR_KEY])[:AUTHOR_LENGTH]
    return _login_name()[:AUTHOR_LENGTH]


@functools.cache
def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password file
        return UNKNOWN_AUTHOR


def current_context(session: Session | None = None) -> str:
    """Where the session's changes come from ("import x.xlsx", a merge), or ""."""
    if session is None:
        return ""
    return str(session.info.get(CONTEXT_KEY) or "")


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def log_created(
    session: Session, register: str, record: Tracked, title: str, *, context: str | None = None
) -> None:
    _insert(session, [_entry(session, register, record, title, ChangeAction.CREATED, context)])


def log_deleted(
    session: Session, register: str, record: Tracked, title: str, *, context: str | None = None
) -> None:
    _insert(session, [_entry(session, register, record, title, ChangeAction.DELETED, context)])


def log_changed(
    session: Session,
    register: str,
    record: Tracked,
    title: str,
    before: Mapping[str, str],
    after: Mapping[str, str],
    *,
    context: str | None = None,
) -> int:
    """One entry per field whose text differs between `before` and `after`; how many."""
    return log_fields(
        session,
        register,
        record,
        title,
        [
            (name, before.get(name, ""), after[name])
            for name in after
            if before.get(name, "") != after[name]
        ],
        context=context,
    )


def log_fields(
    session: Session,
    register: str,
    record: Tracked,
    title: str,
    fields: Sequence[tuple[str, str, str]],
    *,
    context: str | None = None,
) -> int:
    """One "changed" entry per (field label, old text, new text), all at one moment."""
    if fields:
        entry = _entry(session, register, record, title, ChangeAction.CHANGED, context)
        _insert(
            session,
            [
                entry | {"field": name[:FIELD_LENGTH], "old_value": old, "new_value": new}
                for name, old, new in fields
            ],
        )
    return len(fields)


def created_entries(
    register: str,
    records: Iterable[tuple[UUID, int, str]],
    *,
    author: str,
    context: str = "",
    at: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """History rows for records written in bulk (an import), for one executemany of
    `insert(Change)`: one "created" entry per (uuid, id, title)."""
    at = at or now_utc()
    return [
        {
            "at": at,
            "author": author,
            "register": register,
            "record_uuid": uuid,
            "record_id": record_id,
            "title": title[:TITLE_LENGTH],
            "action": ChangeAction.CREATED,
            "version": 1,
            "field": None,
            "old_value": "",
            "new_value": "",
            "context": context[:CONTEXT_LENGTH],
        }
        for uuid, record_id, title in records
    ]


def _entry(
    session: Session,
    register: str,
    record: Tracked,
    title: str,
    action: ChangeAction,
    context: str | None,
) -> dict[str, Any]:
    if record.uuid is None or getattr(record, "id", 0) is None:
        session.flush()  # a new record gets its uuid and number when it is written
    if context is None:
        context = current_context(session)
    return {
        "at": now_utc(),
        "author": current_author(session),
        "register": register,
        "record_uuid": record.uuid,
        "record_id": getattr(record, "id", None),
        "title": title[:TITLE_LENGTH],
        "action": action,
        "version": record.version,
        "field": None,
        "old_value": "",
        "new_value": "",
        "context": context[:CONTEXT_LENGTH],
    }


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    # A statement rather than Change objects: the services save records one by one (the
    # demo, an import's updates), and an object per entry costs the unit of work more
    # than the record's own save.
    session.execute(insert(Change), rows)

"""Writing the change history: who changed which record when, field by field.

The services call these inside the transaction of the change itself, so a change and its
history entries are saved together or not at all.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.enums import ChangeAction
from ..domain.identity import Tracked

AUTHOR_KEY = "author"  # Session.info key: who is making the changes in this session
UNKNOWN_AUTHOR = "onbekend"


def current_author(session: Session | None = None) -> str:
    """The login name of the person making changes, unless the session names someone."""
    if session is not None and session.info.get(AUTHOR_KEY):
        return str(session.info[AUTHOR_KEY])
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment or the password file
        return UNKNOWN_AUTHOR


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def log_created(session: Session, register: str, record: Tracked, title: str, *,
                context: str = "") -> None:
    session.add(_entry(session, register, record, title, ChangeAction.CREATED, context))


def log_deleted(session: Session, register: str, record: Tracked, title: str, *,
                context: str = "") -> None:
    session.add(_entry(session, register, record, title, ChangeAction.DELETED, context))


def log_changed(session: Session, register: str, record: Tracked, title: str,
                before: Mapping[str, str], after: Mapping[str, str], *,
                context: str = "") -> int:
    """One entry per field whose text differs between `before` and `after`; how many."""
    at, author = now_utc(), current_author(session)
    changed = [name for name in after if before.get(name, "") != after[name]]
    for name in changed:
        entry = _entry(session, register, record, title, ChangeAction.CHANGED, context,
                       at=at, author=author)
        entry.field, entry.old_value, entry.new_value = name, before.get(name, ""), after[name]
        session.add(entry)
    return len(changed)


def created_entries(register: str, records: Iterable[tuple[UUID, int, str]], *,
                    author: str, context: str = "",
                    at: dt.datetime | None = None) -> list[dict[str, Any]]:
    """History rows for records written in bulk (an import), for one executemany of
    `insert(Change)`: one "created" entry per (uuid, id, title)."""
    at = at or now_utc()
    return [{"at": at, "author": author, "register": register, "record_uuid": uuid,
             "record_id": record_id, "title": title[:300], "action": ChangeAction.CREATED,
             "version": 1, "field": None, "old_value": "", "new_value": "",
             "context": context[:300]}
            for uuid, record_id, title in records]


def _entry(session: Session, register: str, record: Tracked, title: str,
           action: ChangeAction, context: str, *, at: dt.datetime | None = None,
           author: str | None = None) -> Change:
    if record.uuid is None or getattr(record, "id", 0) is None:
        session.flush()  # a new record gets its uuid and number when it is written
    return Change(at=at or now_utc(), author=author or current_author(session),
                  register=register, record_uuid=record.uuid,
                  record_id=getattr(record, "id", None), title=title[:300], action=action,
                  version=record.version, old_value="", new_value="", context=context[:300])

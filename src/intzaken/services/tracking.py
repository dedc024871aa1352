"""What every create, update and delete service does besides the change itself: refuse
a change to a record someone else saved since it was read, count the new version, and
write the history, field by field.

    def update_trip(session, trip_id, data, *, expected_version=None):
        with editing(session, "trips", trip_id, expected_version) as trip:
            return _apply(session, trip, data)

`expected_version` is the version the user started from (the form read it); None skips
the check, for an import or a command that reads and saves in one transaction. Either
way SQLAlchemy's version check on the UPDATE refuses a save that races another one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.identity import Tracked, new_version
from ..i18n import language_scope
from .change_texts import Names, change_texts
from .conflicts import check_version, conflict_after_failed_write, deleted_error
from .errors import NotFoundError
from .fields import history_label
from .history import HISTORY_LANGUAGE, log_created, log_deleted, log_fields
from .history_query import last_deletion
from .tracked_records import REGISTERS, TrackedRegister

SQLITE_BUSY_SNAPSHOT = 517  # a write from a read snapshot another connection moved past


def new_record(session: Session, register: str, record_id: int | None = None) -> Any:
    """A new record of `register`, not yet added. With `record_id` (the undo of a
    deletion) it takes back the identity it had: the same uuid, so its history goes on,
    and the version after the one it was deleted at."""
    tracked = REGISTERS[register]
    model: Any = tracked.model  # a mapped model (the Tracked mixin has no constructor)
    record: Any = model(id=record_id)
    if record_id is not None:
        gone = last_deletion(session, register, record_id)
        if (
            gone is not None
            and session.scalar(select(model.id).where(model.uuid == gone.record_uuid)) is None
        ):
            record.uuid, record.version = gone.record_uuid, (gone.version or 0) + 1
    return record


def record_created(session: Session, register: str, record: Tracked) -> None:
    """The history entry of a record the service just wrote."""
    with language_scope(HISTORY_LANGUAGE):
        title = REGISTERS[register].title(record)
    log_created(session, register, record, title)


@contextmanager
def editing(
    session: Session, register: str, record_id: int, expected_version: int | None = None
) -> Iterator[Any]:
    """The record to change, after the version check; on leaving, the new version and the
    history entries of the fields that changed."""
    tracked = REGISTERS[register]
    record = _fetch(session, tracked, record_id, expected_version)
    check_version(session, tracked, record, expected_version)
    with tracked_update(session, register, record):
        yield record


@contextmanager
def tracked_update(session: Session, register: str, record: Tracked) -> Iterator[None]:
    """Count a new version of `record`, let the block change it, and write one history
    entry per field whose value changed. A save that changed nothing keeps the version."""
    tracked = REGISTERS[register]
    version = record.version
    before = tracked.state(record)
    new_version(record)
    with _write_refusals(session, tracked, record, version):
        yield
        session.flush()
    after = tracked.state(record)
    changed = [name for name, value in after.items() if before.get(name) != value]
    if not changed:
        record.version = version
        with _write_refusals(session, tracked, record, version + 1):
            session.flush()
        return
    names = Names(session)
    with language_scope(HISTORY_LANGUAGE):
        title = tracked.title(record)
        fields = [
            (history_label(name), *change_texts(name, before.get(name), after[name], names))
            for name in changed
        ]
    log_fields(session, register, record, title, fields)


@contextmanager
def deleting(
    session: Session, register: str, record_id: int, expected_version: int | None = None
) -> Iterator[Any]:
    """The record to delete, after the version check; the block deletes it (or refuses),
    and leaving writes the history entry."""
    tracked = REGISTERS[register]
    record = _fetch(session, tracked, record_id, expected_version, deleting=True)
    check_version(session, tracked, record, expected_version, deleting=True)
    with language_scope(HISTORY_LANGUAGE):
        title = tracked.title(record)
    with _write_refusals(session, tracked, record, record.version, deleting=True):
        yield record
        session.flush()
    log_deleted(session, register, record, title)


def _fetch(
    session: Session,
    tracked: TrackedRegister,
    record_id: int,
    expected_version: int | None,
    *,
    deleting: bool = False,
) -> Any:
    record = session.get(tracked.model, record_id)
    if record is None:
        if expected_version is not None:  # it was there when the user read it
            raise deleted_error(session, tracked, record_id, deleting)
        raise NotFoundError(tracked.what, record_id)
    return record


@contextmanager
def _write_refusals(
    session: Session, tracked: TrackedRegister, record: Any, since: int, *, deleting: bool = False
) -> Iterator[None]:
    """A write that finds the record saved by someone else since `since` becomes the
    same conflict as the check before it: SQLAlchemy's version check (no row with that
    version), or on SQLite a write from a snapshot another save has moved past."""
    record_id: int = record.id
    uuid: UUID = record.uuid
    title = REGISTERS[tracked.name].title(record)
    try:
        yield
    except StaleDataError as exc:
        raise conflict_after_failed_write(
            session, tracked, record_id, uuid, title, since, deleting=deleting
        ) from exc
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlite_errorcode", None) != SQLITE_BUSY_SNAPSHOT:
            raise
        raise conflict_after_failed_write(
            session, tracked, record_id, uuid, title, since, deleting=deleting
        ) from exc

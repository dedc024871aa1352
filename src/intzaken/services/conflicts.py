"""Refusing a change to a record that someone else saved or deleted after it was read
(optimistic locking), with a Dutch message saying what they did, from the history."""

from __future__ import annotations

from itertools import groupby
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ..domain.identity import Tracked
from ..domain.labels import label
from ..formatting import date_time
from ..registers import RegisterKey
from .errors import ChangeSummary, EditConflictError, RecordDeletedError
from .history_query import entries_since, last_deletion, local_time
from .tracked_records import TrackedRegister

MAX_LISTED = 12  # fields listed in a message; the rest are counted
MAX_VALUE = 80  # characters of a value in a message
# The field whose old value is the record's title, where the title is one field.
TITLE_FIELDS = {
    RegisterKey.TRIPS: "Titel",
    RegisterKey.AGREEMENTS: "Titel",
    RegisterKey.NETWORKS: "Naam",
    RegisterKey.OFFICIALS: "Naam",
    RegisterKey.CONTACTS: "Naam",
    RegisterKey.ORGANISATION: "Naam",
}


def check_version(
    session: Session,
    tracked: TrackedRegister,
    record: Tracked,
    expected_version: int | None,
    *,
    deleting: bool = False,
) -> None:
    """Refuse the change unless the file still holds `expected_version` of `record` (the
    version the user started from). None: no check (a load and save in one transaction)."""
    if expected_version is None:
        return
    model = tracked.model
    current = session.scalar(select(model.version).where(model.id == record.id))
    if current is None:
        raise deleted_error(session, tracked, record.id, deleting)
    if current != expected_version:
        raise conflict_error(
            session,
            tracked,
            record.id,
            record.uuid,
            tracked.title(record),
            expected_version,
            current,
            deleting=deleting,
        )
    if record.version != current:
        session.refresh(record)  # this session read the record before its last save


def conflict_error(
    session: Session,
    tracked: TrackedRegister,
    record_id: int,
    uuid: UUID,
    title: str,
    since: int,
    current: int | None,
    *,
    deleting: bool = False,
) -> EditConflictError:
    """The record changed after version `since`: what changed, and by whom."""
    found = entries_since(session, uuid, since)
    summaries = [
        ChangeSummary(
            author=e.author,
            at=date_time(local_time(e.at)),
            field=e.field or "",
            old=e.old_value,
            new=e.new_value,
        )
        for e in found
    ]
    # Called as the user knew it: before a rename among the changes.
    named = TITLE_FIELDS.get(tracked.name)
    title = next((e.old_value for e in found if named and e.field == named), title)
    lines = [
        f"{_capitalised(tracked.noun)} '{title}' is gewijzigd nadat u deze gegevens "
        f"opende. {_refused(deleting)}"
    ]
    if not found:
        lines.append(
            f"Wat er veranderde, staat niet in de geschiedenis (u opende versie "
            f"{since}, nu is het versie {current})."
        )
    listed = 0
    for (author, at, action, context), group in groupby(
        found, key=lambda e: (e.author, e.at, e.action, e.context)
    ):
        origin = f" ({context})" if context else ""
        lines.append("")
        lines.append(
            f"{_capitalised(label(action))} door {author} op {date_time(local_time(at))}{origin}:"
        )
        for entry in group:
            if entry.field is None:
                continue
            listed += 1
            if listed <= MAX_LISTED:
                lines.append(
                    f"• {entry.field}: {_shown(entry.old_value)} → {_shown(entry.new_value)}"
                )
    if listed > MAX_LISTED:
        lines.append(f"… en {listed - MAX_LISTED} andere wijzigingen (zie Geschiedenis).")
    return EditConflictError(
        "\n".join(lines),
        register=tracked.name,
        record_id=record_id,
        current_version=current,
        changes=summaries,
    )


def deleted_error(
    session: Session, tracked: TrackedRegister, record_id: int, deleting: bool = False
) -> RecordDeletedError:
    entry = last_deletion(session, tracked.name, record_id)
    if entry is None:
        head = f"{_capitalised(tracked.noun)} met nummer {record_id} bestaat niet meer."
    else:
        origin = f" ({entry.context})" if entry.context else ""
        head = (
            f"{_capitalised(tracked.noun)} '{entry.title}' is verwijderd door "
            f"{entry.author} op {date_time(local_time(entry.at))}{origin}."
        )
    tail = "" if deleting else " Uw wijziging is niet opgeslagen."
    return RecordDeletedError(head + tail, register=tracked.name, record_id=record_id)


def conflict_after_failed_write(
    session: Session,
    tracked: TrackedRegister,
    record_id: int,
    uuid: UUID,
    title: str,
    since: int,
    *,
    deleting: bool = False,
) -> EditConflictError | RecordDeletedError:
    """The same errors when the write itself found the record changed (saved by someone
    else between the check and the write). The session's transaction went with the failed
    write, so what happened is read in a transaction of its own."""
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    with Session(engine) as reader:
        model = tracked.model
        current = reader.scalar(select(model.version).where(model.id == record_id))
        if current is None:
            return deleted_error(reader, tracked, record_id, deleting)
        return conflict_error(
            reader, tracked, record_id, uuid, title, since, current, deleting=deleting
        )


def _refused(deleting: bool) -> str:
    return "Er is niets verwijderd." if deleting else "Uw wijziging is niet opgeslagen."


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shown(value: str) -> str:
    if not value:
        return "(leeg)"
    value = value.replace("\n", "; ")
    if len(value) > MAX_VALUE:
        value = value[: MAX_VALUE - 1] + "…"
    return f"'{value}'"

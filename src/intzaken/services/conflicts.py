"""Refusing a change to a record that someone else saved or deleted after it was read
(optimistic locking), with a message in the user's language saying what they did, from
the history."""

from __future__ import annotations

from itertools import groupby
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ..domain.identity import Tracked
from ..domain.labels import label
from ..formatting import date_time
from ..i18n import _, ngettext
from ..registers import RegisterKey
from .change_texts import shown_value
from .errors import ChangeSummary, EditConflictError, RecordDeletedError
from .fields import history_field, history_label, shown_history_label
from .history_query import entries_since, last_deletion, local_time, shown_context
from .tracked_records import TrackedRegister

MAX_LISTED = 12  # fields listed in a message; the rest are counted
MAX_VALUE = 80  # characters of a value in a message
# The field whose old value is the record's title, where the title is one field (the
# history stores its label: history_label).
TITLE_FIELDS = {
    RegisterKey.TRIPS: "title",
    RegisterKey.AGREEMENTS: "title",
    RegisterKey.POLICIES: "title",
    RegisterKey.PROJECTS: "name",
    RegisterKey.NETWORKS: "name",
    RegisterKey.OFFICIALS: "name",
    RegisterKey.CONTACTS: "name",
    RegisterKey.ORGANISATION: "name",
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
            field=shown_history_label(e.field or ""),
            old=shown_value(history_field(e.field or ""), e.old_value),
            new=shown_value(history_field(e.field or ""), e.new_value),
        )
        for e in found
    ]
    # Called as the user knew it: before a rename among the changes.
    title_field = TITLE_FIELDS.get(tracked.name)
    named = history_label(title_field) if title_field else None
    title = next((e.old_value for e in found if named and e.field == named), title)
    lines = [
        _("{what} '{title}' was changed after you opened this data. {refused}").format(
            what=_capitalised(tracked.noun), title=title, refused=_refused(deleting)
        )
    ]
    if not found:
        lines.append(
            _(
                "What changed is not in the history (you opened version {opened}, "
                "it is now version {current})."
            ).format(opened=since, current=current)
        )
    listed = 0
    for (author, at, action, context), group in groupby(
        found, key=lambda e: (e.author, e.at, e.action, e.context)
    ):
        lines.append("")
        lines.append(
            _("{action} by {author} on {moment}{origin}:").format(
                action=_capitalised(label(action)),
                author=author,
                moment=date_time(local_time(at)),
                origin=_origin(context),
            )
        )
        for entry in group:
            if entry.field is None:
                continue
            listed += 1
            if listed <= MAX_LISTED:
                name = history_field(entry.field)
                old, new = (shown_value(name, v) for v in (entry.old_value, entry.new_value))
                field = shown_history_label(entry.field)
                lines.append(f"• {field}: {_shown(old)} → {_shown(new)}")
    if listed > MAX_LISTED:
        more = listed - MAX_LISTED
        lines.append(
            ngettext(
                "… and {count} other change (see History).",
                "… and {count} other changes (see History).",
                more,
            ).format(count=more)
        )
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
        head = _("{what} number {number} no longer exists.").format(
            what=_capitalised(tracked.noun), number=record_id
        )
    else:
        head = _("{what} '{title}' was deleted by {author} on {moment}{origin}.").format(
            what=_capitalised(tracked.noun),
            title=entry.title,
            author=entry.author,
            moment=date_time(local_time(entry.at)),
            origin=_origin(entry.context),
        )
    tail = "" if deleting else " " + _("Your change has not been saved.")
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
    return _("Nothing has been deleted.") if deleting else _("Your change has not been saved.")


def _origin(context: str) -> str:
    """' (import x.xlsx)' after the moment of a change, or nothing."""
    return f" ({shown_context(context)})" if context else ""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shown(value: str) -> str:
    if not value:
        return _("(empty)")
    value = value.replace("\n", "; ")
    if len(value) > MAX_VALUE:
        value = value[: MAX_VALUE - 1] + "…"
    return f"'{value}'"

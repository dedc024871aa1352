"""Reading a travel copy's own history: the entries made after the copy was taken, and
the text each field of the records they name has in the copy now.

The copy is a file from outside: any row of its `changes` table may have been written by
hand. So the rows are read as raw text (a time or uuid that does not parse becomes None,
never a traceback) and nothing is trusted yet; travel/history_sift.py decides which
entries the merge carries over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.enums import ChangeAction
from ..domain.travel import TravelCopyOrigin
from ..i18n import language_scope
from ..services.change_texts import Names, value_text
from ..services.fields import history_label
from ..services.history import FIELD_LENGTH, HISTORY_LANGUAGE
from ..services.tracked_records import REGISTERS as TRACKED
from .identities import Identities
from .registers import REGISTERS

CHUNK = 500  # record numbers per query


@dataclass(frozen=True)
class CopyEntry:
    """One history entry of the copy as it reads; None where a value does not parse."""

    id: int
    at: dt.datetime | None  # UTC, without time zone
    author: str
    register: str
    record_uuid: UUID | None  # the team's uuid of the record (a twin's is the team's)
    title: str
    action: ChangeAction | None
    field: str | None  # the field's label, as the history names it
    old_value: str
    new_value: str
    context: str


@dataclass
class CopyHistory:
    """What the copy says happened in it, and what its records hold now."""

    taken_at: dt.datetime
    entries: list[CopyEntry] = field(default_factory=list)
    # The records the copy held when taken, and those it holds now or held, by the
    # team's uuid.
    based: set[UUID] = field(default_factory=set)
    held: set[UUID] = field(default_factory=set)
    # record uuid -> field label -> the field's text in the copy now, as the history
    # writes it (services/change_texts.py); only for records that "changed" entries name.
    texts: dict[UUID, dict[str, str]] = field(default_factory=dict)
    # The same in the team database before the merge writes anything.
    team_texts: dict[UUID, dict[str, str]] = field(default_factory=dict)


def read_copy_history(
    team: Session,
    mine: Session,
    origin: TravelCopyOrigin,
    based: set[UUID],
    aliases: dict[UUID, UUID],
) -> CopyHistory:
    """The copy's entries after its history mark (the entries before it came from the
    team database), with the copy's uuids of twin records renamed to the team's;
    `based`: the uuids of the records the copy held when taken. To be read before the
    merge writes to `team`."""
    table = Change.__table__.c
    rows = mine.execute(
        select(
            table.id,
            *(
                type_coerce(table[name], String)
                for name in (
                    "at",
                    "author",
                    "register",
                    "record_uuid",
                    "title",
                    "action",
                    "field",
                    "old_value",
                    "new_value",
                    "context",
                )
            ),
        )
        .where(table.id > origin.history_mark)
        .order_by(table.id)
    )
    mine_ids = Identities(mine)
    held = based | {
        uuid for register in TRACKED.values() for uuid in mine_ids.records(register.model)
    }
    history = CopyHistory(
        origin.taken_at,
        based={aliases.get(u, u) for u in based},
        held={aliases.get(u, u) for u in held},
    )
    copy_uuids: dict[UUID, UUID] = {}  # the team's uuid -> the copy's
    for row in rows:
        entry = _entry(row, aliases)
        history.entries.append(entry)
        if entry.record_uuid is not None:
            copy_uuids[entry.record_uuid] = _uuid(row.record_uuid) or entry.record_uuid
    named: dict[str, dict[UUID, UUID]] = {}  # register -> the team's uuid -> the copy's
    for e in history.entries:
        if e.action is ChangeAction.CHANGED and e.record_uuid is not None and e.register in TRACKED:
            named.setdefault(e.register, {})[e.record_uuid] = copy_uuids[e.record_uuid]
    team_ids, mine_names, team_names = Identities(team), Names(mine), Names(team)
    for register, uuids in named.items():
        history.texts.update(_texts(mine, mine_ids, mine_names, register, uuids))
        history.team_texts.update(
            _texts(team, team_ids, team_names, register, {uuid: uuid for uuid in uuids})
        )
    return history


def _entry(row: Any, aliases: dict[UUID, UUID]) -> CopyEntry:
    uuid = _uuid(row.record_uuid)
    return CopyEntry(
        id=row.id,
        at=_time(row.at),
        author=_text(row.author),
        register=_text(row.register),
        record_uuid=None if uuid is None else aliases.get(uuid, uuid),
        title=_text(row.title),
        action=_action(row.action),
        field=None if row.field is None else _text(row.field),
        old_value=_text(row.old_value),
        new_value=_text(row.new_value),
        context=_text(row.context),
    )


def _texts(
    session: Session, ids: Identities, names: Names, register: str, wanted: dict[UUID, UUID]
) -> dict[UUID, dict[str, str]]:
    """Each field of the records `wanted` names (key -> uuid in `session`) as the history
    writes its new value, by key; the records read in batches with what their data
    needs (one query per relation and batch, not per record)."""
    model = TRACKED[register].model
    by_id = {
        record_id: key
        for key, uuid in wanted.items()
        if (record_id := ids.id_of(model, uuid)) is not None
    }
    texts: dict[UUID, dict[str, str]] = {}
    numbers = sorted(by_id)
    # As the history writes them, in Dutch: they are compared with its texts.
    with language_scope(HISTORY_LANGUAGE):
        for start in range(0, len(numbers), CHUNK):
            for record in session.scalars(
                select(model)
                .options(*REGISTERS[register].loads)
                .where(model.id.in_(numbers[start : start + CHUNK]))
            ):
                texts[by_id[record.id]] = {
                    history_label(name)[:FIELD_LENGTH]: value_text(name, value, names)
                    for name, value in TRACKED[register].state(record).items()
                }
    return texts


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _uuid(value: Any) -> UUID | None:
    try:
        return UUID(str(value))
    except ValueError:
        return None


def _time(value: Any) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    # The history keeps UTC without a zone; a time written by hand with one is made so.
    return at if at.tzinfo is None else at.astimezone(dt.UTC).replace(tzinfo=None)


def _action(value: Any) -> ChangeAction | None:
    try:
        return ChangeAction(str(value))
    except ValueError:
        return None

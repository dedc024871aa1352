"""Which history entries of a travel copy a merge carries over, and why the others not.

A travel copy is a file from outside: rows of its `changes` table may have been added or
altered by hand (a cost change "by" a former mayor dated 2019, a "deleted" entry for a
trip that still exists). An entry is carried over only when each of these holds; the
first that fails is the reason it is dropped, which the merge's summary names in Dutch:

1. It reads: its time, record and action parse.
2. It was made in the copy: dated after the copy was taken (travel_copy_origin.taken_at;
   entries up to then are the team's own history, copied along), and not after now.
3. Its record is one the copy holds, or held when it was taken.
4. The merge does something to that record with the user's choices, and the entry is of
   the record's kind (register):
   - creates it: new in the copy, or deleted in the team database and restored from the
     copy;
   - changes it: the fields taken from the copy (changed in the copy only, or the copy's
     side chosen); a field still to choose counts as not taken;
   - deletes it: deleted in the copy and the deletion confirmed.
5. Its action agrees: "created" only for a record the merge creates, "deleted" only for
   a record the merge deletes, and only one of each (of two, which is genuine cannot be
   told: neither is carried); "changed" for a record the merge creates (any
   field) or changes (only a field it takes from the copy), never for one it deletes.
6. The "changed" entries of each field, in the order of their times, tell one story
   that ends at the value the copy holds now, which is what the merge writes. For a
   single value: each entry changes something (its old and new text differ), each
   starts where the one before ended, the first starts at the team database's value
   where the team did not change that field since the copy was taken, and the last ends
   at the copy's value. For a list of rows (whose entries name only the rows that
   changed): every row the last entry names is one of the copy's rows. A field whose
   entries do not tell that story carries none of them: which are genuine cannot be
   told.

Who made an entry, and when within the trip, cannot be checked: both are kept as the
copy says, and every carried entry is marked as coming from the copy (its context names
the file). Nothing here reads a database; planning and merging call it alike, so what
the preview lists is what the merge carries.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from uuid import UUID

from ..domain.enums import ChangeAction
from ..dutch_text import DutchText as Reason
from ..i18n import N_
from ..services.change_texts import ROW_FIELDS
from ..services.fields import history_label
from ..services.history import FIELD_LENGTH, now_utc
from .copy_history import CopyEntry, CopyHistory
from .merge_plan import Case, Choices, MergePlan, RecordMerge, Side

# Why an entry is not carried over (Dutch as strings, shown in the current language).
UNREADABLE = Reason(N_("unreadable line"))
BEFORE_COPY = Reason(N_("from before the travel copy was made"))
IN_FUTURE = Reason(N_("dated in the future"))
NOT_IN_COPY = Reason(N_("about a record that is not in the travel copy"))
NOT_MERGED = Reason(N_("the merge does not change this record"))
OPEN_CHOICE = Reason(N_("depends on a choice that is still open"))
OTHER_KIND = Reason(N_("belongs to another kind of record"))
NOT_CREATED = Reason(N_("the merge does not create this record"))
NOT_DELETED = Reason(N_("the merge does not delete this record"))
TWICE = Reason(N_("occurs more than once in the travel copy"))
RECORD_DELETED = Reason(N_("the merge deletes this record"))
FIELD_NOT_TAKEN = Reason(N_("the merge does not take over this field"))
OTHER_VALUE = Reason(N_("the value does not match the travel copy"))

ROW_LABELS = frozenset(history_label(name)[:FIELD_LENGTH] for name in ROW_FIELDS)


CHANGING = (Case.CHANGED_IN_COPY, Case.CHANGED_ON_BOTH)
RESTORING = (Case.DELETED_IN_TEAM_CHANGED_IN_COPY, Case.DELETED_IN_TEAM_USED_IN_COPY)
DELETING = (Case.DELETED_IN_COPY, Case.DELETED_IN_COPY_CHANGED_IN_TEAM)


class Effect(Enum):
    NONE = "none"
    OPEN = "open"  # depends on a choice not yet made
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"


@dataclass(frozen=True)
class DroppedEntry:
    entry: CopyEntry
    reason: Reason


@dataclass
class HistorySift:
    carried: list[CopyEntry] = field(default_factory=list)  # in the copy's order
    dropped: list[DroppedEntry] = field(default_factory=list)


def sift(plan: MergePlan, choices: Choices, now: dt.datetime | None = None) -> HistorySift:
    """The copy's entries the merge of `plan` with `choices` carries over, and the others
    with their reasons (see the module)."""
    return sift_history(plan.copy_history, plan.records, choices, now)


def sift_history(
    history: CopyHistory,
    records: list[RecordMerge],
    choices: Choices,
    now: dt.datetime | None = None,
) -> HistorySift:
    now = now or now_utc()
    by_uuid = {record.uuid: record for record in records}
    reasons: dict[int, Reason] = {}
    # (record, "created"/"deleted") -> the entries that pass rules 1 to 5
    once: dict[tuple[UUID | None, ChangeAction | None], list[CopyEntry]] = {}
    series: dict[tuple[UUID | None, str], list[CopyEntry]] = {}  # "changed" per field
    for entry in history.entries:
        reason = _reason(history, entry, by_uuid, choices, now)
        if reason is not None:
            reasons[entry.id] = reason
        elif entry.action is ChangeAction.CHANGED:
            series.setdefault((entry.record_uuid, entry.field or ""), []).append(entry)
        else:
            once.setdefault((entry.record_uuid, entry.action), []).append(entry)
    for entries in once.values():
        if len(entries) > 1:  # which one is genuine cannot be told
            reasons.update((e.id, TWICE) for e in entries)
    for (uuid, label), entries in series.items():
        if uuid is None or not _agrees(history, by_uuid[uuid], label, entries):
            reasons.update((e.id, OTHER_VALUE) for e in entries)
    result = HistorySift()
    for entry in history.entries:
        if entry.id in reasons:
            result.dropped.append(DroppedEntry(entry, reasons[entry.id]))
        else:
            result.carried.append(entry)
    return result


def _reason(
    history: CopyHistory,
    entry: CopyEntry,
    records: dict[UUID, RecordMerge],
    choices: Choices,
    now: dt.datetime,
) -> Reason | None:
    """Why `entry` is dropped by rules 1 to 5, or None."""
    if entry.at is None or entry.record_uuid is None or entry.action is None:
        return UNREADABLE
    if entry.at <= history.taken_at:
        return BEFORE_COPY
    if entry.at > now:
        return IN_FUTURE
    if entry.record_uuid not in history.held:
        return NOT_IN_COPY
    record = records.get(entry.record_uuid)
    if record is None:
        return NOT_MERGED
    if entry.register != record.register:
        return OTHER_KIND
    effect, labels = _effect(record, choices)
    if entry.action is ChangeAction.CREATED:
        return None if effect is Effect.CREATE else _open_or(effect, record, RESTORING, NOT_CREATED)
    if entry.action is ChangeAction.DELETED:
        return None if effect is Effect.DELETE else _open_or(effect, record, DELETING, NOT_DELETED)
    if effect is Effect.DELETE:
        return RECORD_DELETED
    if record.case in CHANGING:
        if entry.field in labels:
            return None
        open_labels = {history_label(f.name)[:FIELD_LENGTH] for f in record.open_fields(choices)}
        return OPEN_CHOICE if entry.field in open_labels else FIELD_NOT_TAKEN
    return (
        None
        if effect is Effect.CREATE
        else _open_or(effect, record, RESTORING + DELETING, NOT_MERGED)
    )


def _open_or(
    effect: Effect, record: RecordMerge, cases: tuple[Case, ...], reason: Reason
) -> Reason:
    """OPEN_CHOICE when a choice still open could make the merge do what the entry says
    (a record of one of `cases`), else `reason`."""
    return OPEN_CHOICE if effect is Effect.OPEN and record.case in cases else reason


def _effect(record: RecordMerge, choices: Choices) -> tuple[Effect, frozenset[str]]:
    """What the merge does to `record` with `choices` (travel/applying.py), and for a
    change the labels of the fields it takes from the copy."""
    case = record.case
    if case is Case.NEW_IN_COPY:
        return Effect.CREATE, frozenset()
    if case in CHANGING:
        labels = frozenset(
            history_label(f.name)[:FIELD_LENGTH]
            for f in record.fields
            if record.chosen(choices, f.name) is Side.MINE
        )
        if labels:
            return Effect.CHANGE, labels
        return (Effect.OPEN if record.open_fields(choices) else Effect.NONE), labels
    chosen = record.chosen(choices)
    if chosen is None:
        return Effect.OPEN, frozenset()
    if chosen is Side.THEIRS:
        return Effect.NONE, frozenset()
    if case in DELETING:
        return Effect.DELETE, frozenset()
    return Effect.CREATE, frozenset()  # restored from the copy


def _agrees(
    history: CopyHistory, record: RecordMerge, label: str, entries: list[CopyEntry]
) -> bool:
    """Whether a field's entries tell the story of rule 6."""
    copy_text = history.texts.get(record.uuid, {}).get(label)
    if copy_text is None:
        return False
    ordered = sorted(entries, key=lambda e: (e.at, e.id))
    if label in ROW_LABELS:
        return not Counter(ordered[-1].new_value.splitlines()) - Counter(copy_text.splitlines())
    start = _team_start(history, record, label)
    if start is not None and ordered[0].old_value != start:
        return False
    return (
        all(e.old_value != e.new_value for e in ordered)
        and all(a.new_value == b.old_value for a, b in itertools.pairwise(ordered))
        and ordered[-1].new_value == copy_text
    )


def _team_start(history: CopyHistory, record: RecordMerge, label: str) -> str | None:
    """The field's text when the copy was taken, where the team database still holds
    it: a record both have whose field the team did not change (the plan's field
    change shows the team's side equal to the base)."""
    if record.case not in CHANGING:
        return None
    change = next((f for f in record.fields if history_label(f.name)[:FIELD_LENGTH] == label), None)
    if change is None or record.uuid not in history.based or change.theirs != change.base:
        return None
    return history.team_texts.get(record.uuid, {}).get(label)

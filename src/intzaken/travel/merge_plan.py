"""What merging a travel copy back will do, record by record: the plan shown before
anything is written, and the choices that settle its conflicts.

"Mine" is the travel copy, "theirs" the team database, "base" each record as it was
when the copy was taken. Values are the records' content (travel/portable.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import UUID

from .copy_history import CopyHistory


class Side(StrEnum):
    MINE = "mine"  # the travel copy
    THEIRS = "theirs"  # the team database


class Case(StrEnum):
    # Automatic:
    NEW_IN_COPY = "new_in_copy"  # added to the team database
    CHANGED_IN_COPY = "changed_in_copy"  # the copy's fields are written
    # To confirm: MINE deletes it in the team database, THEIRS keeps it.
    DELETED_IN_COPY = "deleted_in_copy"
    # Conflicts. Changed on both sides: field by field. The others as a whole:
    CHANGED_ON_BOTH = "changed_on_both"
    # MINE deletes, THEIRS keeps the team's version.
    DELETED_IN_COPY_CHANGED_IN_TEAM = "deleted_in_copy_changed_in_team"
    # MINE restores the copy's version (under the same uuid), THEIRS leaves it deleted
    # (and references to it written from the copy are left out).
    DELETED_IN_TEAM_CHANGED_IN_COPY = "deleted_in_team_changed_in_copy"
    DELETED_IN_TEAM_USED_IN_COPY = "deleted_in_team_used_in_copy"


AUTOMATIC = (Case.NEW_IN_COPY, Case.CHANGED_IN_COPY)
WHOLE_RECORD_CONFLICTS = (
    Case.DELETED_IN_COPY_CHANGED_IN_TEAM,
    Case.DELETED_IN_TEAM_CHANGED_IN_COPY,
    Case.DELETED_IN_TEAM_USED_IN_COPY,
)

# (record uuid, field) -> side for a field of a record changed on both sides;
# (record uuid, None) -> side for a deletion or a whole-record conflict.
Choices = dict[tuple[UUID, str | None], Side]


@dataclass
class FieldChange:
    name: str  # the field of the service's data class
    base: Any  # None where there is no base (a record new on both sides)
    mine: Any
    theirs: Any
    proposed: Side | None  # the side that changed it alone; None: both, differently


@dataclass
class RecordMerge:
    register: str
    uuid: UUID
    title: str  # Dutch: "reis 'Werkbezoek Tokio'"
    case: Case
    # CHANGED_ON_BOTH: every field that differs between the sides; otherwise the fields
    # the one side changed (for showing).
    fields: list[FieldChange] = field(default_factory=list)
    # The copy's uuid of the record, where it differs: a place (network, budget line)
    # added on both sides under the same name is one record, the team's.
    copy_uuid: UUID | None = None

    def chosen(self, choices: Choices, name: str | None = None) -> Side | None:
        """The side chosen for field `name` (None: the record as a whole), or proposed."""
        chosen = choices.get((self.uuid, name))
        if chosen is None and name is not None:
            chosen = next((f.proposed for f in self.fields if f.name == name), None)
        return chosen

    def open_fields(self, choices: Choices) -> list[FieldChange]:
        return [f for f in self.fields if self.chosen(choices, f.name) is None]


@dataclass
class MergePlan:
    copy_path: Path
    copy_uuid: UUID
    # In the current language: where and when the copy was taken, by whom, for which trip.
    origin: str
    records: list[RecordMerge]
    kept: int  # records changed only in the team database: they stay as they are
    copy_history: CopyHistory  # what the copy's history says (travel/history_sift.py)
    names: dict[str, str]  # uuid text or "country:NL" -> what people call it
    fingerprint: str  # both databases' records and versions when planned
    aliases: dict[UUID, UUID] = field(default_factory=dict)  # copy's uuid -> team's

    def of(self, *cases: Case) -> list[RecordMerge]:
        return [r for r in self.records if r.case in cases]

    @property
    def automatic(self) -> list[RecordMerge]:
        return self.of(*AUTOMATIC)

    @property
    def conflicts(self) -> list[RecordMerge]:
        return self.of(Case.CHANGED_ON_BOTH, *WHOLE_RECORD_CONFLICTS)

    @property
    def deletions(self) -> list[RecordMerge]:
        return self.of(Case.DELETED_IN_COPY)

    def unresolved(self, choices: Choices) -> list[RecordMerge]:
        """Conflicts not yet settled: a field changed on both sides without a choice,
        or a whole-record conflict without one."""
        return [
            r
            for r in self.conflicts
            if (
                r.open_fields(choices)
                if r.case is Case.CHANGED_ON_BOTH
                else r.chosen(choices) is None
            )
        ]

    def unconfirmed(self, choices: Choices) -> list[RecordMerge]:
        return [r for r in self.deletions if r.chosen(choices) is None]

    @property
    def nothing_to_do(self) -> bool:
        # The copy's history is carried only for records the merge writes.
        return not self.records


def settle(
    plan: MergePlan,
    choices: Choices | None = None,
    *,
    prefer: Side | None = None,
    deletions: Side | None = None,
) -> Choices:
    """`choices` with every open conflict settled for `prefer` and every deletion
    decided by `deletions` (MINE: delete, THEIRS: keep), where given."""
    settled = dict(choices or {})
    if prefer is not None:
        for record in plan.conflicts:
            if record.case is Case.CHANGED_ON_BOTH:
                for change in record.open_fields(settled):
                    settled[(record.uuid, change.name)] = prefer
            else:
                settled.setdefault((record.uuid, None), prefer)
    if deletions is not None:
        for record in plan.deletions:
            settled.setdefault((record.uuid, None), deletions)
    return settled

"""Carrying out a merge plan with the user's choices, in the caller's transaction.

Every write goes through the services (their checks, version counting and history), with
the record numbers of the copy translated to the team database's through the uuids:
first what is added and changed, kind by kind in the order references need (a contact
made in the copy exists before the trip whose programme names it), then the deletions
in the opposite order. The copy's history entries that agree with what is written are
carried over (travel/history_sift.py), and the team database notes that this copy came
back. Any refusal raises MergeRefused; the caller then rolls back, so either everything
lands or nothing does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from ..domain.travel import TravelCopyReturn
from ..i18n import N_, _, dutch, ngettext
from ..registers import NOUNS
from ..services.errors import ServiceError
from ..services.history import CONTEXT_KEY, current_author, now_utc
from ..services.text_rules import visible
from .carry import carry_history
from .copy_file import checked_origin, opened_copy
from .copy_history import read_copy_history
from .errors import TravelCopyError
from .history_sift import DroppedEntry, sift_history
from .identities import Identities, new_records_named
from .merge_plan import Case, Choices, MergePlan, RecordMerge, Side
from .origin import copy_origin
from .planning import fingerprint
from .portable import map_references
from .registers import REGISTERS, TravelRegister


class MergeRefused(TravelCopyError):
    """Nothing may be written: open questions, a database changed since the plan, or a
    record the services refuse. `str()` says why, in Dutch."""


class StalePlanError(MergeRefused):
    """Either database changed after the plan was made: plan again."""


@dataclass
class MergeResult:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    history: int = 0  # entries of the copy's history carried over
    # and those not carried over, with the reason of each
    dropped: list[DroppedEntry] = field(default_factory=list)


def apply_merge(team: Session, plan: MergePlan, choices: Choices) -> MergeResult:
    """Carry out `plan` in the transaction of `team`, which the caller commits (and
    rolls back after MergeRefused or any other error)."""
    open_questions = len(plan.unresolved(choices)) + len(plan.unconfirmed(choices))
    if open_questions:
        raise MergeRefused(
            ngettext(
                "Nothing has been merged: {count} question has not been answered yet.",
                "Nothing has been merged: {count} questions have not been answered yet.",
                open_questions,
            ).format(count=open_questions)
        )
    with opened_copy(plan.copy_path) as mine:
        origin = checked_origin(team, mine, plan.copy_path)
        if fingerprint(Identities(team), Identities(mine)) != plan.fingerprint:
            raise StalePlanError(
                _(
                    "The team database or the travel copy has changed since the merge "
                    "was prepared. Prepare it again."
                )
            )
        # Stored in the history, in Dutch as all its texts (services/history.py).
        context = dutch(N_("merging travel copy {name}")).format(name=plan.copy_path.name)
        # Read again rather than taken from the plan, and before anything is written:
        # what is carried is decided on what both hold now (the fingerprint above
        # vouches that it is what was planned).
        history = read_copy_history(team, mine, origin, plan.copy_history.based, plan.aliases)
        sifted = sift_history(history, plan.records, choices)
        with _context(team, context):
            writer = _Writer(team, mine, choices, plan.aliases)
            result = writer.write(plan)
            result.history = carry_history(
                team, sifted.carried, plan.copy_path.name, writer.team.all_ids()
            )
            result.dropped = sifted.dropped
            team.add(
                TravelCopyReturn(
                    copy_uuid=origin.copy_uuid,
                    returned_at=now_utc(),
                    returned_by=current_author(team)[:100],
                    file_name=plan.copy_path.name[:300],
                )
            )
            team.flush()
    return result


def mark_returned(plan: MergePlan, author: str) -> None:
    """After the merge is committed: note in the copy that it came back (the team
    database knows already; this is for whoever opens the copy)."""
    with opened_copy(plan.copy_path) as mine, mine.begin():
        origin = copy_origin(mine)
        if origin is not None:
            origin.returned_at, origin.returned_by = now_utc(), author[:100]


@contextmanager
def _context(session: Session, context: str) -> Iterator[None]:
    previous = session.info.get(CONTEXT_KEY)
    session.info[CONTEXT_KEY] = context
    try:
        yield
    finally:
        if previous is None:
            session.info.pop(CONTEXT_KEY, None)
        else:
            session.info[CONTEXT_KEY] = previous


class _Writer:
    def __init__(
        self, team: Session, mine: Session, choices: Choices, aliases: dict[UUID, UUID]
    ) -> None:
        self.session, self.choices, self.aliases = team, choices, aliases
        self.team, self.mine = Identities(team), Identities(mine)
        self.mine_session = mine
        self.kept: set[UUID] = set()

    def write(self, plan: MergePlan) -> MergeResult:
        result = MergeResult()
        # Deleted in the copy, kept in the team database: deleting them in the copy also
        # took them out of lists there (a relation's contacts), which must not follow.
        self.kept = {
            r.uuid
            for r in plan.of(Case.DELETED_IN_COPY, Case.DELETED_IN_COPY_CHANGED_IN_TEAM)
            if r.chosen(self.choices) is Side.THEIRS
        }
        ordered = [
            (record, register)
            for register in REGISTERS.values()
            for record in plan.records
            if record.register == register.name
        ]
        for record, register in ordered:
            self._guarded(record, self._write, register, record, result)
        for record, register in reversed(ordered):
            self._guarded(record, self._delete, register, record, result)
        return result

    @staticmethod
    def _guarded(record: RecordMerge, work: Any, *args: Any) -> None:
        try:
            work(*args)
        except ServiceError as exc:
            # A copy's text may hold what the services refuse: quoted without it.
            title = visible(record.title[:1].upper() + record.title[1:])
            raise MergeRefused(
                _("Nothing has been merged. {title}: {error}").format(title=title, error=exc)
            ) from exc

    def _write(self, register: TravelRegister, record: RecordMerge, result: MergeResult) -> None:
        case, side = record.case, record.chosen(self.choices)
        if case is Case.NEW_IN_COPY or (
            case in (Case.DELETED_IN_TEAM_CHANGED_IN_COPY, Case.DELETED_IN_TEAM_USED_IN_COPY)
            and side is Side.MINE
        ):
            self._create(register, record.uuid)
            result.added += 1
        elif case in (Case.CHANGED_IN_COPY, Case.CHANGED_ON_BOTH):
            from_mine = {
                f.name for f in record.fields if record.chosen(self.choices, f.name) is Side.MINE
            }
            if from_mine:
                self._update(register, record, from_mine)
                result.changed += 1

    def _delete(self, register: TravelRegister, record: RecordMerge, result: MergeResult) -> None:
        if (
            record.case in (Case.DELETED_IN_COPY, Case.DELETED_IN_COPY_CHANGED_IN_TEAM)
            and record.chosen(self.choices) is Side.MINE
        ):
            assert register.delete is not None
            record_id = self.team.id_of(register.model, record.uuid)
            assert record_id is not None
            register.delete(self.session, record_id)
            self.team.removed(register.model, record.uuid)
            result.deleted += 1

    def _mine_data(self, register: TravelRegister, uuid: UUID, *, complete: bool) -> Any:
        """The copy's data of the record, with the team database's numbers; a reference
        to a record the team database does not have (any longer) is left out."""
        record_id = self.mine.id_of(register.model, uuid)
        record = self.mine_session.get(register.model, record_id)
        read = register.with_extra if complete and register.with_extra else register.to_data
        return map_references(read(record), register.references, self._team_number)

    def _team_number(self, model: type[Any], mine_id: int) -> int | None:
        uuid = self.mine.uuid_of(model, mine_id)
        return self.team.id_of(model, self.aliases.get(uuid, uuid))

    def _create(self, register: TravelRegister, uuid: UUID) -> None:
        if register.create is None:
            raise MergeRefused(
                _(
                    "Nothing has been merged: the travel copy has a {noun} the team "
                    "database does not know."
                ).format(noun=NOUNS[register.name].word())
            )
        data = self._mine_data(register, uuid, complete=True)
        with new_records_named(self.session, register.model, uuid):
            created = register.create(self.session, data)
        self.team.added(register.model, created)

    def _update(self, register: TravelRegister, merge: RecordMerge, from_mine: set[str]) -> None:
        record_id = self.team.id_of(register.model, merge.uuid)
        assert record_id is not None
        record = self.session.get(register.model, record_id)
        data = register.to_data(record)
        complete = register.extra is not None and bool(from_mine & set(register.extra(record)))
        mine = self._mine_data(register, merge.copy_uuid or merge.uuid, complete=complete)
        kept = {
            path: [
                reference
                for reference in getattr(data, path)
                if self.team.uuid_of(model, reference) in self.kept
            ]
            for path, model in register.references.items()
            if path in from_mine and isinstance(getattr(data, path), list)
        }
        for name in from_mine:
            setattr(data, name, getattr(mine, name))
        for name, references in kept.items():
            value = getattr(data, name)
            value.extend(reference for reference in references if reference not in value)
        register.update(self.session, record_id, data)

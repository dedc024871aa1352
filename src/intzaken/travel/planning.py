"""Planning a merge: each record of the travel copy, of its base and of the team database
compared by uuid, three ways.

A side changed a record when its version differs from the base's and its content does
too (a save that changed nothing is no change). Then, per record:
- changed in the copy only: the copy's fields are written (automatic);
- changed in the team database only: it stays as it is;
- changed on both: a conflict shown field by field; a field changed on one side only is
  proposed from that side, a field both changed differently must be chosen (a field
  both changed alike is no question);
- new in the copy: added (automatic), under the same uuid;
- deleted in the copy: deleted after confirmation; a conflict when the team database
  changed it meanwhile;
- deleted in the team database: a conflict when the copy changed it, or when what the
  copy writes refers to it (restore it from the copy, or leave it deleted); otherwise
  it stays deleted.
Nothing is written here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..domain.models import Country
from ..domain.travel import TravelCopyBase
from ..formatting import country_name
from ..i18n import _
from .copy_file import checked_origin, opened_copy
from .copy_history import read_copy_history
from .errors import TravelCopyError
from .identities import Identities
from .merge_plan import Case, FieldChange, MergePlan, RecordMerge, Side
from .origin import origin_text
from .portable import Content, content_of, loads, references_in
from .registers import BY_MODEL, REGISTERS, TravelRegister


class _Base:
    """A record as it was when the copy was taken; its content is read when needed (a
    copy of everything holds every record's)."""

    def __init__(self, session: Session, uuid: UUID, version: int) -> None:
        self._session, self.uuid, self.version = session, uuid, version
        self._content: Content | None = None

    @property
    def content(self) -> Content:
        if self._content is None:
            base = self._session.get(TravelCopyBase, self.uuid)
            assert base is not None  # the planner found it in this session
            self._content = loads(base.content)
        return self._content


class _Side:
    """One database's records as the plan reads them: numbers, versions, content."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids = Identities(session)
        self._contents: dict[UUID, Content] = {}

    def version(self, register: TravelRegister, uuid: UUID) -> int | None:
        found = self.ids.records(register.model).get(uuid)
        return None if found is None else found[1]

    def record(self, register: TravelRegister, uuid: UUID) -> Any:
        return self.session.get(register.model, self.ids.records(register.model)[uuid][0])

    def content(self, register: TravelRegister, uuid: UUID) -> Content:
        if uuid not in self._contents:
            self._contents[uuid] = content_of(
                register, self.record(register, uuid), self.ids.uuid_text_of
            )
        return self._contents[uuid]

    def changed(self, register: TravelRegister, uuid: UUID, base: _Base) -> bool:
        return (
            self.version(register, uuid) != base.version
            and self.content(register, uuid) != base.content
        )


class _Planner:
    def __init__(self, team: Session, mine: Session) -> None:
        self.mine, self.theirs = _Side(mine), _Side(team)
        self.bases: dict[str, dict[UUID, _Base]] = {}  # register -> uuid -> base
        for uuid, register, version in mine.execute(
            select(TravelCopyBase.record_uuid, TravelCopyBase.register, TravelCopyBase.version)
        ):
            self.bases.setdefault(register, {})[uuid] = _Base(mine, uuid, version)
        self.records: list[RecordMerge] = []
        self.kept = 0
        self.needed: set[str] = set()  # uuids that what the copy writes refers to
        self.deleted_in_team: list[tuple[TravelRegister, UUID]] = []
        self.aliases: dict[UUID, UUID] = {}  # copy's uuid -> the team's, for the same record
        self.twins: dict[str, dict[Any, UUID]] = {}  # register -> name -> team's uuid

    def run(self) -> None:
        for register in REGISTERS.values():
            uuids = (
                set(self.bases.get(register.name, ()))
                | set(self.mine.ids.records(register.model))
                | set(self.theirs.ids.records(register.model))
            )
            for uuid in sorted(uuids):
                self._record(register, uuid)
        self._deleted_but_needed()

    def _record(self, register: TravelRegister, uuid: UUID) -> None:
        base = self.bases.get(register.name, {}).get(uuid)
        in_mine = self.mine.version(register, uuid) is not None
        in_theirs = self.theirs.version(register, uuid) is not None
        if base is None:
            twin = self._twin(register, uuid) if in_mine and not in_theirs else None
            if twin is not None:  # added on both sides under the same name
                self.aliases[uuid] = twin
                self._both(register, twin, None, mine_uuid=uuid)
            elif in_mine and not in_theirs:
                self._add(register, uuid, Case.NEW_IN_COPY, needs_all=True)
            elif in_mine and in_theirs:  # new on both sides (or merged before)
                self._both(register, uuid, None)
            return
        mine_changed = in_mine and self.mine.changed(register, uuid, base)
        theirs_changed = in_theirs and self.theirs.changed(register, uuid, base)
        if in_mine and in_theirs:
            if mine_changed and theirs_changed:
                self._both(register, uuid, base.content)
            elif mine_changed:
                self._add(
                    register,
                    uuid,
                    Case.CHANGED_IN_COPY,
                    self._changes(register, uuid, base, self.mine, Side.MINE),
                )
            elif theirs_changed:
                self.kept += 1
        elif in_mine:
            if mine_changed:
                self._add(
                    register,
                    uuid,
                    Case.DELETED_IN_TEAM_CHANGED_IN_COPY,
                    self._changes(register, uuid, base, self.mine, Side.MINE, other_deleted=True),
                    needs_all=True,
                )
            else:
                self.deleted_in_team.append((register, uuid))
        elif in_theirs:
            if theirs_changed:
                self._add(
                    register,
                    uuid,
                    Case.DELETED_IN_COPY_CHANGED_IN_TEAM,
                    self._changes(
                        register, uuid, base, self.theirs, Side.THEIRS, other_deleted=True
                    ),
                )
            else:
                self._add(register, uuid, Case.DELETED_IN_COPY)

    def _changes(
        self,
        register: TravelRegister,
        uuid: UUID,
        base: _Base,
        side: _Side,
        which: Side,
        *,
        other_deleted: bool = False,
    ) -> list[FieldChange]:
        """The fields `side` changed; the other side has the base's values, or none when
        it deleted the record."""
        before, after = base.content, side.content(register, uuid)
        changes = []
        for name, value in after.items():
            if value != before.get(name):
                other = None if other_deleted else before.get(name)
                mine, theirs = (value, other) if which is Side.MINE else (other, value)
                changes.append(FieldChange(name, before.get(name), mine, theirs, which))
        return changes

    def _twin(self, register: TravelRegister, uuid: UUID) -> UUID | None:
        """The team's record of the same name (a place, a network, a budget line) that
        the copy did not have, for a record added in the copy: the same record."""
        if register.natural_key is None:
            return None
        if register.name not in self.twins:
            known = set(self.bases.get(register.name, ())) | set(
                self.mine.ids.records(register.model)
            )
            self.twins[register.name] = {
                register.natural_key(record): record.uuid
                for record in self.theirs.session.scalars(select(register.model))
                if record.uuid not in known
            }
        return self.twins[register.name].get(register.natural_key(self.mine.record(register, uuid)))

    def _both(
        self,
        register: TravelRegister,
        uuid: UUID,
        base: Content | None,
        *,
        mine_uuid: UUID | None = None,
    ) -> None:
        mine = self.mine.content(register, mine_uuid or uuid)
        theirs = self.theirs.content(register, uuid)
        fields = []
        for name in mine:
            if mine[name] == theirs.get(name):
                continue
            if base is None:
                proposed = None
            elif mine[name] == base.get(name):
                proposed = Side.THEIRS
            elif theirs.get(name) == base.get(name):
                proposed = Side.MINE
            else:
                proposed = None
            fields.append(
                FieldChange(
                    name,
                    None if base is None else base.get(name),
                    mine[name],
                    theirs.get(name),
                    proposed,
                )
            )
        if all(f.proposed is Side.THEIRS for f in fields):
            self.kept += bool(fields)  # the copy's changes are in the team database too
        elif all(f.proposed is Side.MINE for f in fields):
            self._add(register, uuid, Case.CHANGED_IN_COPY, fields, mine_uuid=mine_uuid)
        else:
            self._add(register, uuid, Case.CHANGED_ON_BOTH, fields, mine_uuid=mine_uuid)

    def _add(
        self,
        register: TravelRegister,
        uuid: UUID,
        case: Case,
        fields: list[FieldChange] | None = None,
        *,
        needs_all: bool = False,
        mine_uuid: UUID | None = None,
    ) -> None:
        in_mine = mine_uuid or uuid
        side = self.mine if self.mine.version(register, in_mine) is not None else self.theirs
        record = RecordMerge(
            register.name,
            uuid,
            register.describe(side.record(register, in_mine if side is self.mine else uuid)),
            case,
            fields or [],
            copy_uuid=mine_uuid,
        )
        self.records.append(record)
        if side is self.mine:
            content = self.mine.content(register, in_mine)
            names = (
                content
                if needs_all
                else [f.name for f in record.fields if f.proposed is not Side.THEIRS]
            )
            for name in names:
                self.needed.update(u for _, u in references_in(register, name, content[name]))

    def based(self) -> set[UUID]:
        """The records the copy held when it was taken."""
        return set().union(*(bases.keys() for bases in self.bases.values()))

    def _deleted_but_needed(self) -> None:
        """Records deleted in the team database that what the copy writes refers to."""
        pending = list(self.deleted_in_team)
        while True:
            found = [(r, u) for r, u in pending if str(u) in self.needed]
            if not found:
                return
            for register, uuid in found:
                pending.remove((register, uuid))
                self._add(register, uuid, Case.DELETED_IN_TEAM_USED_IN_COPY, needs_all=True)


def plan_merge(team: Session, copy_path: Path) -> MergePlan:
    """The plan of merging the travel copy at `copy_path` into the database in `team`
    (see the module); reads both, writes neither."""
    copy_path = Path(copy_path).expanduser().absolute()
    url = team.get_bind().engine.url
    if (
        url.get_backend_name() == "sqlite"
        and Path(url.database or "").resolve() == copy_path.resolve()
    ):  # it is locked to us: say what it is, not who holds it
        raise TravelCopyError(
            _("{path} is the open database itself, not a travel copy.").format(path=copy_path)
        )
    with opened_copy(copy_path) as mine:
        origin = checked_origin(team, mine, copy_path)
        planner = _Planner(team, mine)
        planner.run()
        history = read_copy_history(team, mine, origin, planner.based(), planner.aliases)
        return MergePlan(
            copy_path,
            origin.copy_uuid,
            origin_text(origin),
            planner.records,
            planner.kept,
            history,
            _names(team, planner),
            fingerprint(planner.theirs.ids, planner.mine.ids),
            planner.aliases,
        )


def _names(team: Session, planner: _Planner) -> dict[str, str]:
    """What people call every record (and country) the listed values refer to."""
    names: dict[str, str] = {}
    for record in planner.records:
        register = REGISTERS[record.register]
        for change in record.fields:
            for value in (change.base, change.mine, change.theirs):
                for model, uuid in references_in(register, change.name, value):
                    if uuid not in names:
                        names[uuid] = _name(planner, BY_MODEL[model], UUID(uuid))
                if change.name == "destinations":
                    for item in value or []:
                        names.setdefault(f"country:{item['country_code']}", "")
    for key in [k for k in names if k.startswith("country:")]:
        country = team.get(Country, key.removeprefix("country:"))
        code = key.removeprefix("country:")
        names[key] = country_name(code, country.name) if country is not None else code
    return names


def _name(planner: _Planner, register: TravelRegister, uuid: UUID) -> str:
    for side in (planner.mine, planner.theirs):
        if side.version(register, uuid) is not None:
            return register.title(side.record(register, uuid))
    return _("(deleted)")


def fingerprint(team: Identities, mine: Identities) -> str:
    """Every record's uuid and version on both sides, and the copy's history: whether
    either database changed between planning and carrying out the plan."""
    digest = hashlib.sha256()
    for ids in (team, mine):
        for register in REGISTERS.values():
            for uuid, (_number, version) in sorted(ids.records(register.model).items()):
                digest.update(f"{register.name}:{uuid}:{version};".encode())
        digest.update(f"|{ids.session.scalar(select(func.max(Change.id)))}|".encode())
    return digest.hexdigest()

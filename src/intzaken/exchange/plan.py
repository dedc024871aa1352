"""From raw rows to records: read every cell, match each row to a record by its natural
key, and let the services check and save it.

Planning and applying run the same code. Planning runs it inside a savepoint that is
rolled back, so the services' own checks (the same as the forms') are part of the plan and
their refusals are reported with sheet and row; nothing is written. A plan without
problems keeps its savepoint open instead, for an apply in the same transaction to
release (kept_plan.py): run once, not twice. Each record is saved in
its own savepoint: a refused record is rolled back, a record that turns out unchanged too,
so importing the same file twice writes nothing the second time.

New and unchanged records of the large registers take a shorter way with the same rules
(bulk_rules.py): checked against records read once, the new ones written together when
their sheet is done, or before a changed record of that sheet is saved, so the numbers
and what the services see are as if each row had been saved in its turn.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.models import Contact, Country, Official, Place
from ..heap import frozen_heap
from ..registers import RegisterKey
from ..services.checks import Checker
from ..services.errors import ServiceError, ValidationError
from . import identity as ids
from . import kept_plan
from .bulk_rules import BULK, Sources
from .cells import CellError, plain_text, quoted
from .conflicts import Choices, Conflicts, ImportConflict, Keep
from .import_history import importing, log_created, title
from .layout import REGISTERS, ChildSheet, Column, Sheet, SheetLayout, all_sheet_names, sheets_of
from .loaded_records import LoadedRecords
from .matching import Matcher, Unmatched
from .names import SessionNames
from .problems import FileRefused, ImportCounts, ImportProblem, ImportRefused
from .reading import Formula, RawSheet, read_file
from .twins import Twins

# The kind of reference a register's records are named by in other sheets.
REFERENCE_KIND = {RegisterKey.OFFICIALS: "official", RegisterKey.NETWORKS: "network",
                  RegisterKey.AGREEMENTS: "agreement", RegisterKey.CONTACTS: "contact",
                  RegisterKey.RELATIONS: "relation", RegisterKey.BUDGET: "budget"}
# Service fields whose problems belong to a column of another name.
FIELD_ALIASES = {"travellers": "traveller_ids"}


@dataclass
class ImportPlan:
    path: Path
    problems: list[ImportProblem] = field(default_factory=list)
    counts: dict[str, ImportCounts] = field(default_factory=dict)
    sheets: dict[str, RawSheet] = field(default_factory=dict, repr=False)
    # Rows that would change a record saved by someone else since the export.
    conflicts: list[ImportConflict] = field(default_factory=list)
    # How the plan settled them (conflicts.py); apply_import settles them the same way.
    choices: Choices = field(default_factory=dict)
    prefer: Keep | None = None

    @property
    def open_conflicts(self) -> list[ImportConflict]:
        return [c for c in self.conflicts if c.choice is None]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.open_conflicts


def plan_import(session: Session, path: Path, *, choices: Choices | None = None,
                prefer: Keep | None = None) -> ImportPlan:
    """Read and check `path` against the database in `session`; writes nothing that is
    committed without apply_import (a plan without problems or open conflicts keeps its
    savepoint open). A conflict is settled by `choices` (record uuid -> side), else by
    `prefer`, else left open."""
    with frozen_heap():  # what the import makes lives until it is done (see heap.py)
        return _plan(session, Path(path), dict(choices or {}), prefer)


def _plan(session: Session, path: Path, choices: Choices, prefer: Keep | None) -> ImportPlan:
    try:
        sheets = read_file(path)
    except FileRefused as exc:
        return ImportPlan(path, [ImportProblem("", None, None, str(exc))])
    except OSError as exc:
        return ImportPlan(path, [ImportProblem(
            "", None, None, f"{path.name} kan niet worden gelezen: {exc.strerror or exc}.")])
    if path.is_dir() or path.suffix.lower() == ".csv":
        sheets = _named_by_headings(sheets)
    kept_plan.discard(session)  # an earlier plan's writes are not this plan's starting point
    savepoint = session.begin_nested()
    try:
        with importing(session, path):
            run = Run(session, sheets, Conflicts(session, choices, prefer))
            problems, counts = run.all()
    except BaseException:
        savepoint.rollback()
        raise
    plan = ImportPlan(path, problems, counts, sheets, run.conflicts.found, choices, prefer)
    if not plan.ok:
        savepoint.rollback()
    else:
        kept_plan.keep(session, plan, savepoint)
    return plan


def apply_import(session: Session, plan: ImportPlan, choices: Choices | None = None
                 ) -> dict[str, ImportCounts]:
    """Carry out `plan` in the caller's transaction, which the caller commits; its
    conflicts settled by `choices` (as planned when None) or the plan's `prefer`.

    Raises ImportRefused (and the caller's transaction must then be rolled back) when the
    plan has problems, or when the database changed since the plan so that it now has,
    or a conflict is not settled.
    """
    if plan.problems:
        raise ImportRefused(plan.problems)
    choices = plan.choices if choices is None else choices
    if choices == plan.choices and kept_plan.take(session, plan):
        return plan.counts
    kept_plan.discard(session)  # planned with other choices: run again with these
    with frozen_heap(), importing(session, plan.path):
        run = Run(session, plan.sheets, Conflicts(session, choices, plan.prefer))
        problems, counts = run.all()
    problems += [conflict.problem() for conflict in run.conflicts.open()]
    if problems:
        raise ImportRefused(problems)
    return counts


def _named_by_headings(sheets: dict[str, RawSheet]) -> dict[str, RawSheet]:
    """A CSV file is a sheet named after the file ("Reizen.csv"); a file named otherwise
    is the sheet whose headings it has (all its key columns, most of the others)."""
    layouts = [sheet for _, sheet in sheets_of(None)]
    known = {sheet.name.casefold(): sheet.name for sheet in layouts}
    named: dict[str, RawSheet] = {}
    for name, raw in sheets.items():
        if name.casefold() not in known and raw.rows:
            headings = {str(v).strip().casefold() for v in raw.rows[0][1] if v is not None}
            fits = [(len(headings & {c.heading.casefold() for c in sheet.columns}), sheet.name)
                    for sheet in layouts
                    if {h.casefold() for h in sheet.key} <= headings]
            name = max(fits)[1] if fits else name
        name = known.get(name.casefold(), name)
        named[name] = RawSheet(name, raw.rows)
    return named


@dataclass
class _Table:
    """A sheet of the file with its headings matched to the layout."""

    sheet: Sheet
    raw: RawSheet
    columns: dict[str, int]  # heading -> position in the row
    identity: dict[str, int] = field(default_factory=dict)  # "uuid", "versie" -> position

    def cell(self, cells: list[object], heading: str) -> object:
        index = self.columns.get(heading)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def rows(self) -> list[tuple[int, list[object]]]:
        return self.raw.rows[1:]

    @functools.cached_property
    def reading_order(self) -> list[tuple[Column, int]]:
        """The layout's columns this sheet has, with their positions; those whose codec
        needs the others' values last. The same for every row, so worked out once."""
        present = [col for col in self.sheet.columns if col.heading in self.columns]
        return [(col, self.columns[col.heading])
                for col in sorted(present, key=lambda col: col.codec.deferred)]


@dataclass
class _Row:
    number: int
    cells: list[object]
    key: tuple[object, ...]
    failed: bool = False
    identity: ids.RowIdentity = ids.NONE
    children: dict[str, list[tuple[int, list[object]]]] = field(default_factory=dict)


class Run:
    def __init__(self, session: Session, sheets: dict[str, RawSheet],
                 conflicts: Conflicts) -> None:
        self.session = session
        self.sheets = sheets
        self.conflicts = conflicts
        self.records = LoadedRecords(session)
        # What the import adds is found by the rules (records) as well as by name (names).
        self.names = SessionNames(session, on_added=self.records.add)
        self.twins = Twins(session)
        self.sources = Sources(session, self.records, self.twins)
        self.problems: list[ImportProblem] = []
        self.counts: dict[str, ImportCounts] = {}
        # New records (BULK) the rules accepted, written together when the sheet is done.
        self.new_records: list[tuple[_Row, Any, Any]] = []
        self.kept: list[Any] = []

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message))

    def all(self) -> tuple[list[ImportProblem], dict[str, ImportCounts]]:
        known = all_sheet_names()
        unknown = [name for name in self.sheets if name not in known]
        if len(unknown) == len(self.sheets):
            self.problem("", None, None, "Het bestand heeft geen bladen die ingelezen kunnen "
                                         "worden; verwacht worden: "
                         + ", ".join(f"'{n}'" for n in known) + ".")
            return self.problems, self.counts
        for name in unknown:
            self.problem(name, None, None, "onbekend blad; geef het een van de namen "
                         + ", ".join(f"'{n}'" for n in known) + " of verwijder het.")
        # The session's identity map holds records weakly: kept here, the records rows
        # name stay in it, and the services' own look-ups (session.get) need no query.
        self.kept = [record for model in (Country, Place, Official, Contact)
                     for record in self.session.scalars(select(model))]
        for register in REGISTERS.values():
            self.register(register)
        log_created(self.session, RegisterKey.PLACES, self.names.take_created_places())
        self.conflicts.read_saves()
        return self.problems, self.counts

    # --- structure ---------------------------------------------------------------------------
    def table(self, sheet: Sheet, *, all_required: bool) -> _Table | None:
        raw = self.sheets.get(sheet.name)
        if raw is None:
            return None
        if not raw.rows or raw.rows[0][0] != 1:
            self.problem(sheet.name, 1, None, "de eerste rij moet de kolomkoppen bevatten.")
            return None
        columns: dict[str, int] = {}
        identities: dict[str, int] = {}
        expected = [col.heading for col in sheet.columns]
        # A column without a heading only matters when a row has something in it; rows
        # end at their last cell, so columns past the widest row need no look at all.
        widest = max(len(cells) for _, cells in raw.rows)
        for index, value in enumerate(raw.rows[0][1]):
            try:
                heading = plain_text(value, limit=200)
            except CellError:
                heading = str(value)[:60]
            if not heading:
                if index < widest and any(index < len(cells) and cells[index] not in (None, "")
                       for _, cells in raw.rows[1:]):
                    self.problem(sheet.name, 1, None, f"kolom {index + 1} heeft geen kop.")
                continue
            match = next((h for h in expected if h.casefold() == heading.casefold()), None)
            if match is None and heading.casefold() in ids.HEADINGS \
                    and not isinstance(sheet, ChildSheet):
                identities[heading.casefold()] = index
            elif match is None:
                self.problem(sheet.name, 1, heading, "onbekende kolom; verwacht worden: "
                             + ", ".join(f"'{h}'" for h in expected) + ".")
            elif match in columns:
                self.problem(sheet.name, 1, heading, "deze kolom staat er twee keer.")
            else:
                columns[match] = index
        required = expected if all_required else list(sheet.key)
        missing = [h for h in required if h not in columns]
        for heading in missing:
            self.problem(sheet.name, 1, heading, "deze kolom ontbreekt.")
        return None if missing else _Table(sheet, raw, columns, identities)

    def key(self, table: _Table, number: int, cells: list[object]) -> tuple[object, ...] | None:
        values = []
        for col in table.sheet.key_columns:
            raw = table.cell(cells, col.heading)
            if isinstance(raw, Formula):
                self.formula(table.sheet, number, col, raw)
                return None
            try:
                values.append(col.codec.key(raw, self.names))
            except CellError as exc:
                self.problem(table.sheet.name, number, col.heading, str(exc))
                return None
        if values[0] in (None, ""):
            self.problem(table.sheet.name, number, table.sheet.key[0],
                         "is leeg; deze kolom bepaalt om welk record het gaat.")
            return None
        return tuple(values)

    def row_identity(self, table: _Table, number: int, cells: list[object]
                     ) -> ids.RowIdentity | None:
        """The record and version the export wrote in the row; None on a problem."""
        if not table.identity:
            return ids.NONE
        raw = []
        for heading in ids.HEADINGS:
            index = table.identity.get(heading)
            value = cells[index] if index is not None and index < len(cells) else None
            raw.append(None if isinstance(value, str) and not value.strip() else value)
        found = [(heading, value) for heading, value in zip(ids.HEADINGS, raw, strict=True)
                 if isinstance(value, Formula)]
        for heading, value in found:
            self.problem(table.sheet.name, number, heading,
                         f"bevat een formule ({quoted(value.text)}); formules worden niet "
                         "ingelezen.")
        if found:
            return None
        try:
            return ids.read(*raw)
        except ids.IdentityError as exc:
            self.problem(table.sheet.name, number, exc.heading, str(exc))
            return None

    def formula(self, sheet: Sheet, number: int, col: Column, raw: Formula) -> None:
        self.problem(sheet.name, number, col.heading,
                     f"bevat een formule ({quoted(raw.text)}); formules worden niet "
                     "ingelezen. Vul de waarde zelf in.")

    def rows(self, table: _Table) -> list[_Row]:
        """The rows of a register's own sheet; a key twice in the file fails both rows."""
        rows: list[_Row] = []
        first: dict[tuple[object, ...], _Row] = {}
        for number, cells in table.rows:
            key = self.key(table, number, cells)
            found = self.row_identity(table, number, cells)
            row = _Row(number, cells, key or (), failed=key is None or found is None,
                       identity=found or ids.NONE)
            rows.append(row)
            if key is None:
                continue
            if key in first:
                other = first[key]
                shown = ", ".join(table.sheet.key)
                self.problem(table.sheet.name, number, None,
                             f"rij {other.number} en rij {number} gaan over hetzelfde record "
                             f"({shown}); haal een van beide weg.")
                other.failed = row.failed = True
            else:
                first[key] = row
        return rows

    # --- one register ------------------------------------------------------------------------
    def register(self, register: SheetLayout) -> None:
        table = self.table(register.sheet, all_required=False)
        children = {}
        for sheet in register.children:
            child = self.table(sheet, all_required=True)
            if child is not None:
                children[sheet.field] = child
            if sheet.name in self.sheets and register.sheet.name not in self.sheets:
                self.problem(sheet.name, None, None, f"dit blad hoort bij blad "
                             f"'{register.sheet.name}', dat in het bestand ontbreekt.")
        if table is None:
            return
        rows = self.rows(table)
        by_key = {row.key: row for row in rows if row.key}
        for list_field, child in children.items():
            for number, cells in child.rows:
                key = self.key(child, number, cells)
                if key is None:
                    continue
                parent = by_key.get(key)
                if parent is None:
                    self.problem(child.sheet.name, number, None,
                                 f"hoort bij geen rij op blad '{register.sheet.name}' "
                                 f"(kolommen {', '.join(child.sheet.key)}).")
                    continue
                parent.children.setdefault(list_field, []).append((number, cells))
        records = register.records(self.session)
        keys = []
        for record in records:
            data = register.to_data(record)
            keys.append(tuple(col.codec.key(col.codec.write(getattr(data, col.field),
                                                            self.names), self.names)
                              for col in register.sheet.key_columns))
        matcher = Matcher(self.session, register.name, records, keys)
        counts = self.counts.setdefault(register.name, ImportCounts())
        for row in rows:
            if not row.failed:
                try:
                    record = matcher.record(row.number, row.key, row.identity)
                except Unmatched as exc:
                    self.problem(register.sheet.name, row.number, None, str(exc))
                    row.failed = True
            if row.failed:
                self.mark_failed(register, table, row)
                continue
            self.record(register, table, children, row, record, counts)
        self.write_new(register, table, counts, children)

    def mark_failed(self, register: SheetLayout, table: _Table, row: _Row) -> None:
        first = table.cell(row.cells, register.sheet.key[0])
        if register.name in REFERENCE_KIND and isinstance(first, str | int):
            name = str(first).strip()
            if register.name == RegisterKey.RELATIONS:
                name = f"{name} ({table.cell(row.cells, 'Land') or ''})"
            self.names.failed[(REFERENCE_KIND[register.name], name.casefold())] = (
                f"blad '{register.sheet.name}', rij {row.number}")

    def read_cells(self, sheet: Sheet, table: _Table, number: int, cells: list[object],
                   values: dict[str, Any]) -> bool:
        """Read the row's cells into `values`; False when any cell has a problem."""
        good = True
        width = len(cells)
        for col, index in table.reading_order:
            # table.cell, without its look-up of the position (every cell of the file)
            raw = cells[index] if index < width else None
            if isinstance(raw, str) and not raw.strip():
                raw = None
            elif isinstance(raw, Formula):
                self.formula(sheet, number, col, raw)
                good = False
                continue
            try:
                values[col.into] = col.codec.read(raw, self.names, values)
            except CellError as exc:
                self.problem(sheet.name, number, col.heading, str(exc))
                good = False
        return good

    def record(self, register: SheetLayout, table: _Table, children: dict[str, _Table],
               row: _Row, record: Any, counts: ImportCounts) -> None:
        base = register.to_data(record) if record is not None else register.empty()
        fields = register.data_fields()
        values: dict[str, Any] = {f: getattr(base, f) for f in fields}
        good = self.read_cells(register.sheet, table, row.number, row.cells, values)
        for sheet in register.children:
            child = children.get(sheet.field)
            if child is None:
                continue  # no such sheet in the file: the record keeps its child rows
            items = []
            for number, cells in row.children.get(sheet.field, []):
                item: dict[str, Any] = {}
                if self.read_cells(sheet, child, number, cells, item):
                    own = sheet.columns[len(sheet.key):]
                    items.append(sheet.make(**{col.field: item[col.field] for col in own}))
                else:
                    good = False
            values[sheet.field] = items
        if not good:
            self.mark_failed(register, table, row)
            return
        defaults = register.empty()
        for name in fields:  # an empty cell means the form's default (precision: day)
            if values[name] is None and getattr(defaults, name) is not None:
                values[name] = getattr(defaults, name)
        data = dataclasses.replace(base, **{f: values[f] for f in fields})
        if register.model in BULK and (record is None or data == base):
            self.checked(register, table, row, record, data, counts, children)
            return
        if self.new_records:
            # What the rules accepted before this row is written first: the service then
            # sees the database as it would have, had each row been saved in its turn.
            self.write_new(register, table, counts, children)
        if not self.save(register, row, record, base, data, counts, children):
            self.mark_failed(register, table, row)

    def checked(self, register: SheetLayout, table: _Table, row: _Row, record: Any, data: Any,
                counts: ImportCounts, children: dict[str, _Table]) -> None:
        """A new or unchanged record of a BULK register, through the service's rules."""
        check = Checker()
        checked = BULK[register.model].rules(check, self.sources, data, record)
        for problem in check.problems:
            self.service_problem(register, row, children, problem.field, problem.message)
        if checked is None:
            self.mark_failed(register, table, row)
        elif record is None:
            self.new_records.append((row, data, checked))
            self.twins.accepted(checked)
        else:
            counts.unchanged += 1

    def write_new(self, register: SheetLayout, table: _Table, counts: ImportCounts,
                  children: dict[str, _Table]) -> None:
        pending, self.new_records = self.new_records, []
        if not pending:
            return
        self.twins.written(register.model)
        bulk = BULK[register.model]
        savepoint = self.session.begin_nested()
        try:
            written = bulk.write(self.session, [checked for _, _, checked in pending])
        except IntegrityError:
            # The rules let something through that the database refuses: save the records
            # one by one, so the refusal is reported at its row.
            savepoint.rollback()
            for row, data, _ in pending:
                if not self.save(register, row, None, None, data, counts, children):
                    self.mark_failed(register, table, row)
            return
        log_created(self.session, register.name, (
            (uuid, record_id, title(register.name, checked))
            for (record_id, uuid), (_, _, checked) in zip(written, pending, strict=True)))
        savepoint.commit()
        counts.new += len(pending)
        if register.name in REFERENCE_KIND:
            # Named by the sheets after this one: found by name, and kept in the identity
            # map for the services' look-ups, as save() does with what it creates.
            self.names.changed(register.model)
            self.kept.extend(self.session.scalars(select(register.model).where(
                register.model.id.in_([record_id for record_id, _ in written]))))

    def save(self, register: SheetLayout, row: _Row, record: Any, before: Any, data: Any,
             counts: ImportCounts, children: dict[str, _Table]) -> bool:
        """Create or update the record in its own savepoint; False when it is refused."""
        savepoint = self.session.begin_nested()
        try:
            if record is None:
                created = register.create(self.session, data)
            else:
                version = record.version
                with self.conflicts.saving(record, row.identity) as stale:
                    register.update(self.session, record.id, data)
                    self.session.flush()
                # Read back as stored (ordered, normalised) to tell a real change from
                # the same values written differently.
                self.session.expire(record)
                stored = register.to_data(record)
                if stored == before:
                    savepoint.rollback()
                    counts.unchanged += 1
                    return True
                if stale and self.conflicts.holds_back(
                        register, register.sheet.name, row.number, record, row.identity,
                        version, before, stored, self.names):
                    savepoint.rollback()  # the colleague's save stays, for now or for good
                    return True
        except ValidationError as exc:
            savepoint.rollback()
            for problem in exc.problems:
                self.service_problem(register, row, children, problem.field, problem.message)
        except (ServiceError, IntegrityError) as exc:
            savepoint.rollback()
            message = str(exc) if isinstance(exc, ServiceError) else \
                "dit record botst met een ander record in de database."
            self.problem(register.sheet.name, row.number, None, message)
        else:
            savepoint.commit()
            self.twins.written(register.model)
            if record is None:
                counts.new += 1
                self.names.added(created)
                self.kept.append(created)
            else:
                counts.changed += 1
                self.names.changed(register.model)
            return True
        return False

    def service_problem(self, register: SheetLayout, row: _Row, children: dict[str, _Table],
                        field_path: str, message: str) -> None:
        """A service's problem at the sheet, row and column the user finds it in."""
        base, _, rest = field_path.partition("[")
        base = FIELD_ALIASES.get(base.split(".")[0], base.split(".")[0])
        child = next((s for s in register.children if s.field == base), None)
        if child is not None and child.field in children and rest:
            index = int(rest.split("]", 1)[0])
            inner = rest.split("].", 1)[1] if "]." in rest else ""
            rows = row.children.get(base, [])
            if index < len(rows):
                self.problem(child.name, rows[index][0], child.heading_of(inner) or None,
                             message)
                return
        self.problem(register.sheet.name, row.number, register.sheet.heading_of(base), message)

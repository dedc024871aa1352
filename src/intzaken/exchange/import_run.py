"""One pass of an import over the file's registers (plan.py runs it to plan and to
apply): each row matched to its record, checked by the services' rules and saved in its
own savepoint, or the new records of a large register written together (bulk_rules.py).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.models import Contact, Country, Official, Place
from ..i18n import _
from ..registers import RegisterKey
from ..services.checks import Checker
from ..services.errors import ServiceError, ValidationError
from .bulk_rules import BULK, Sources
from .conflicts import Conflicts
from .import_history import log_created, title
from .layout import REGISTERS, SheetLayout, all_sheet_names
from .loaded_records import LoadedRecords
from .matching import Matcher, Unmatched
from .names import SessionNames
from .problems import ImportCounts, ImportProblem
from .reading import RawSheet
from .sheet_tables import SheetReader, SheetRow, SheetTable
from .twins import Twins

# The kind of reference a register's records are named by in other sheets.
REFERENCE_KIND = {
    RegisterKey.OFFICIALS: "official",
    RegisterKey.NETWORKS: "network",
    RegisterKey.AGREEMENTS: "agreement",
    RegisterKey.CONTACTS: "contact",
    RegisterKey.RELATIONS: "relation",
    RegisterKey.BUDGET: "budget",
}
# Service fields whose problems belong to a column of another name.
FIELD_ALIASES = {"travellers": "traveller_ids"}


class Run(SheetReader):
    """One pass over `sheets`: `all()` returns the problems and the counts per register."""

    def __init__(self, session: Session, sheets: dict[str, RawSheet], conflicts: Conflicts) -> None:
        self.session = session
        self.conflicts = conflicts
        self.records = LoadedRecords(session)
        # What the import adds is found by the rules (records) as well as by name (names).
        super().__init__(sheets, SessionNames(session, on_added=self.records.add))
        self.twins = Twins(session)
        self.sources = Sources(session, self.records, self.twins)
        self.counts: dict[str, ImportCounts] = {}
        # New records (BULK) the rules accepted, written together when the sheet is done.
        self.new_records: list[tuple[SheetRow, Any, Any]] = []
        self.kept: list[Any] = []

    def all(self) -> tuple[list[ImportProblem], dict[str, ImportCounts]]:
        known = all_sheet_names()
        unknown = [name for name in self.sheets if name not in known]
        if len(unknown) == len(self.sheets):
            self.problem(
                "",
                None,
                None,
                _("The file has no sheets that can be imported; expected are: {sheets}.").format(
                    sheets=", ".join(f"'{n}'" for n in known)
                ),
            )
            return self.problems, self.counts
        for name in unknown:
            self.problem(
                name,
                None,
                None,
                _("unknown sheet; give it one of the names {sheets} or remove it.").format(
                    sheets=", ".join(f"'{n}'" for n in known)
                ),
            )
        # The session's identity map holds records weakly: kept here, the records rows
        # name stay in it, and the services' own look-ups (session.get) need no query.
        self.kept = [
            record
            for model in (Country, Place, Official, Contact)
            for record in self.session.scalars(select(model))
        ]
        for register in REGISTERS.values():
            self.register(register)
        log_created(self.session, RegisterKey.PLACES, self.names.take_created_places())
        self.conflicts.read_saves()
        return self.problems, self.counts

    # --- one register ------------------------------------------------------------------------
    def register(self, register: SheetLayout) -> None:
        table = self.table(register.sheet, all_required=False)
        children = {}
        for sheet in register.children:
            child = self.table(sheet, all_required=True)
            if child is not None:
                children[sheet.field] = child
            if sheet.name in self.sheets and register.sheet.name not in self.sheets:
                self.problem(
                    sheet.name,
                    None,
                    None,
                    _(
                        "this sheet belongs to sheet '{sheet}', which is missing from the file."
                    ).format(sheet=register.sheet.name),
                )
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
                    self.problem(
                        child.sheet.name,
                        number,
                        None,
                        _("belongs to no row on sheet '{sheet}' (columns {columns}).").format(
                            sheet=register.sheet.name, columns=", ".join(child.sheet.key)
                        ),
                    )
                    continue
                parent.children.setdefault(list_field, []).append((number, cells))
        records = register.records(self.session)
        keys = []
        for record in records:
            data = register.to_data(record)
            keys.append(
                tuple(
                    col.codec.key(col.codec.write(getattr(data, col.field), self.names), self.names)
                    for col in register.sheet.key_columns
                )
            )
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

    def mark_failed(self, register: SheetLayout, table: SheetTable, row: SheetRow) -> None:
        first = table.cell(row.cells, register.sheet.key[0])
        if register.name in REFERENCE_KIND and isinstance(first, str | int):
            name = str(first).strip()
            if register.name == RegisterKey.RELATIONS:
                name = f"{name} ({table.cell(row.cells, 'Land') or ''})"
            self.names.failed[(REFERENCE_KIND[register.name], name.casefold())] = _(
                "sheet '{sheet}', row {row}"
            ).format(sheet=register.sheet.name, row=row.number)

    def record(
        self,
        register: SheetLayout,
        table: SheetTable,
        children: dict[str, SheetTable],
        row: SheetRow,
        record: Any,
        counts: ImportCounts,
    ) -> None:
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
                    own = sheet.columns[len(sheet.key) :]
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

    def checked(
        self,
        register: SheetLayout,
        table: SheetTable,
        row: SheetRow,
        record: Any,
        data: Any,
        counts: ImportCounts,
        children: dict[str, SheetTable],
    ) -> None:
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

    def write_new(
        self,
        register: SheetLayout,
        table: SheetTable,
        counts: ImportCounts,
        children: dict[str, SheetTable],
    ) -> None:
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
        log_created(
            self.session,
            register.name,
            (
                (uuid, record_id, title(register.name, checked))
                for (record_id, uuid), (_, _, checked) in zip(written, pending, strict=True)
            ),
        )
        savepoint.commit()
        counts.new += len(pending)
        if register.name in REFERENCE_KIND:
            # Named by the sheets after this one: found by name, and kept in the identity
            # map for the services' look-ups, as save() does with what it creates.
            self.names.changed(register.model)
            self.kept.extend(
                self.session.scalars(
                    select(register.model).where(
                        register.model.id.in_([record_id for record_id, _ in written])
                    )
                )
            )

    def save(
        self,
        register: SheetLayout,
        row: SheetRow,
        record: Any,
        before: Any,
        data: Any,
        counts: ImportCounts,
        children: dict[str, SheetTable],
    ) -> bool:
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
                    register,
                    register.sheet.name,
                    row.number,
                    record,
                    row.identity,
                    version,
                    before,
                    stored,
                    self.names,
                ):
                    savepoint.rollback()  # the colleague's save stays, for now or for good
                    return True
        except ValidationError as exc:
            savepoint.rollback()
            for problem in exc.problems:
                self.service_problem(register, row, children, problem.field, problem.message)
        except (ServiceError, IntegrityError) as exc:
            savepoint.rollback()
            message = (
                str(exc)
                if isinstance(exc, ServiceError)
                else _("this record clashes with another record in the database.")
            )
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

    def service_problem(
        self,
        register: SheetLayout,
        row: SheetRow,
        children: dict[str, SheetTable],
        field_path: str,
        message: str,
    ) -> None:
        """A service's problem at the sheet, row and column the user finds it in."""
        base, _, rest = field_path.partition("[")
        base = FIELD_ALIASES.get(base.split(".")[0], base.split(".")[0])
        child = next((s for s in register.children if s.field == base), None)
        if child is not None and child.field in children and rest:
            index = int(rest.split("]", 1)[0])
            inner = rest.split("].", 1)[1] if "]." in rest else ""
            rows = row.children.get(base, [])
            if index < len(rows):
                self.problem(child.name, rows[index][0], child.heading_of(inner) or None, message)
                return
        self.problem(register.sheet.name, row.number, register.sheet.heading_of(base), message)

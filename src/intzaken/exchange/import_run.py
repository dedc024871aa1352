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
from ..store.copy_behind import CopiesBehind, copies_behind
from .bulk_rules import BULK, Sources
from .conflicts import Conflicts
from .country_facts_sheet import COUNTRY_FACTS, import_country_facts
from .follow_on import FIELD_ALIASES, REFERRED_BY, is_follow_on
from .import_history import log_created
from .layout import IMPORT_ORDER, REFERENCE_KIND, SheetLayout, all_sheet_names
from .loaded_records import LoadedRecords
from .matching import Matcher, Unmatched
from .names import SessionNames
from .new_records import NewRecords, Sent
from .problems import ImportCounts, ImportProblem
from .reading import RawSheet
from .setting_sheets import holds_nothing_yet, only_one_organisation, other_organisation
from .sheet_tables import SheetReader, SheetRow, SheetTable
from .sheets import stored_child
from .twins import BY_LOWER_NAME, Twins


class Run(NewRecords, SheetReader):
    """One pass over `sheets`: `all()` returns the problems and the counts per register."""

    def __init__(self, session: Session, sheets: dict[str, RawSheet], conflicts: Conflicts) -> None:
        self.session = session
        self.conflicts = conflicts
        self.records = LoadedRecords(session)
        # What the import adds is found by the rules (records) as well as by name (names).
        super().__init__(sheets, SessionNames(session, on_added=self.records.add))
        self.twins = Twins(session, self.names.place_twin)
        self.sources = Sources(session, self.records, self.twins)
        self.counts: dict[str, ImportCounts] = {}
        # New records (BULK) the rules accepted, written together (new_records.py).
        self.new_records: list[tuple[SheetRow, Any, Any]] = []
        self.kept: list[Any] = []
        self.refused_rows: dict[str, set[int]] = {}  # register -> rows of its own sheet
        # What the import did other than the file says, and says so (setting_sheets.py).
        self.assumptions: list[str] = []
        self.behind: CopiesBehind | None = None  # while all() runs on PostgreSQL
        self.sent: Sent | None = None
        self.rows_left = 0  # of the sheet being read, after the row being read

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
        with copies_behind(self.session.connection()) as self.behind:
            for register in IMPORT_ORDER:
                self.register(register)
        facts = import_country_facts(self, self.session)
        if facts is not None:
            self.counts[COUNTRY_FACTS] = facts
        log_created(self.session, RegisterKey.PLACES, self.names.take_created_places())
        self.conflicts.read_saves()
        # In the order the user reads the file: sheet by sheet, row by row (a row's
        # rules are checked after its child rows' cells).
        order = {name: index for index, name in enumerate(known)}
        self.problems.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
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
        if register.model in BY_LOWER_NAME:
            self.twins.expect(table.names(rows))
        by_key = {row.key: row for row in rows if row.key}
        unkeyed = {table.loose_key(row.cells): row.number for row in rows if not row.key}
        unkeyed.pop("", None)
        # (child sheet, refused parent row) -> the child rows that belong to it
        orphans: dict[tuple[str, int], list[int]] = {}
        for list_field, child in children.items():
            for number, cells in child.rows:
                key = self.key(child, number, cells)
                if key is None:
                    continue
                parent = by_key.get(key)
                refused_parent = unkeyed.get(child.loose_key(cells))
                if parent is None and refused_parent is not None:
                    orphans.setdefault((child.sheet.name, refused_parent), []).append(number)
                    continue
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
        for (sheet_name, parent_row), numbers in orphans.items():
            # One problem for them all: the parent's problem is theirs.
            self.problem(
                sheet_name,
                numbers[0],
                None,
                (
                    _("belongs to row {row} on sheet '{sheet}', which has a problem of its own.")
                    if len(numbers) == 1
                    else _(
                        "rows {rows} belong to row {row} on sheet '{sheet}', which has a "
                        "problem of its own."
                    )
                ).format(
                    rows=", ".join(map(str, numbers)), row=parent_row, sheet=register.sheet.name
                ),
            )
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
        single = register.name == RegisterKey.ORGANISATION  # one per database
        for extra in rows[1:] if single else []:
            self.problem(register.sheet.name, extra.number, None, only_one_organisation())
            extra.failed = True
        for position, row in enumerate(rows):
            self.rows_left = len(rows) - position - 1
            if not row.failed:
                try:
                    record = matcher.record(row.number, row.key, row.identity)
                except Unmatched as exc:
                    self.problem(register.sheet.name, row.number, None, str(exc))
                    row.failed = True
                if single and record is None and records:
                    if not holds_nothing_yet(self.session):
                        name = str(table.cell(row.cells, table.sheet.key[0]) or "").strip()
                        self.assumptions.append(
                            other_organisation(
                                register.sheet.name, row.number, name, records[0].name
                            )
                        )
                        counts.unchanged += 1
                        continue
                    record = records[0]  # a file just made: renamed as in the file
            if row.failed:
                # Refused before its cells were read (its key, its identity, a twin row):
                # its other cells' problems come in the same round; without a key that
                # can be read, its rules too (a twin or unmatched row has no record yet).
                self.mark_failed(register, table, row)
                refused = "row" if row.key else "key"
                self.record(register, table, children, row, None, counts, refused=refused)
                continue
            self.record(register, table, children, row, record, counts)
        self.write_new(register, table, counts, children)
        self.settle()
        counts.refused = len(self.refused_rows.get(register.name, ()))

    def mark_failed(self, register: SheetLayout, table: SheetTable, row: SheetRow) -> None:
        """References to the row's record, in the sheets after it, say that its row has a
        problem of its own instead of calling the record unknown."""
        self.refused_rows.setdefault(register.name, set()).add(row.number)
        kind = REFERENCE_KIND.get(register.name)
        if kind is None:
            return
        where = _("sheet '{sheet}', row {row}").format(sheet=register.sheet.name, row=row.number)
        for heading in REFERRED_BY[register.name]:
            name = table.cell(row.cells, heading)
            if isinstance(name, str | int) and str(name).strip():
                self.names.failed.setdefault((kind, str(name).strip().casefold()), where)

    def record(
        self,
        register: SheetLayout,
        table: SheetTable,
        children: dict[str, SheetTable],
        row: SheetRow,
        record: Any,
        counts: ImportCounts,
        *,
        refused: str = "",
    ) -> None:
        """Read the row and save its record; for a row `refused` already ("key": by its
        key, "row": otherwise), read it for its problems only (the key's not again)."""
        base = register.to_data(record) if record is not None else register.empty()
        fields = register.data_fields()
        values: dict[str, Any] = {f: getattr(base, f) for f in fields}
        unread: set[str] = set()  # the fields whose cells were refused
        quiet = frozenset(register.sheet.key) if refused else frozenset()
        good = self.read_cells(
            register.sheet, table, row.number, row.cells, values, unread, quiet=quiet
        )
        partial: set[str] = set()  # lists with a child row refused
        read_children: dict[str, list[tuple[int, list[object]]]] = {}
        for sheet in register.children:
            child = children.get(sheet.field)
            if child is None:
                continue  # no such sheet in the file: the record keeps its child rows
            items = []
            for number, cells in row.children.get(sheet.field, []):
                item: dict[str, Any] = {}
                quiet = frozenset(sheet.key) if refused else frozenset()
                if self.read_cells(sheet, child, number, cells, item, quiet=quiet):
                    own = sheet.columns[len(sheet.key) :]
                    # An optional column the file lacks: the stored row's value (a
                    # term's source), else the data class's default.
                    read = {col.field: item[col.field] for col in own if col.field in item}
                    kept = stored_child(getattr(base, sheet.field, None), own, read)
                    items.append(sheet.make(**(kept | read)))
                    read_children.setdefault(sheet.field, []).append((number, cells))
                else:
                    good = False
                    partial.add(sheet.field)
            values[sheet.field] = items
        if refused == "row":
            return
        defaults = register.empty()
        for name in fields:  # an empty cell means the form's default (precision: day)
            if values[name] is None and getattr(defaults, name) is not None:
                values[name] = getattr(defaults, name)
        if not good or refused:
            self.mark_failed(register, table, row)
            if refused == "key":  # reported already: not again as a rule's problem
                unread |= {col.into for col in register.sheet.key_columns}
            for name in unread & fields:
                values[name] = getattr(base, name)  # the refused value stays out of the checks
            self.check_refused(register, row, record, base, values, unread, partial, read_children)
            return
        # Every field is given: the data class itself, without replace()'s look at each.
        data = type(base)(**{f: values[f] for f in fields})
        if register.name == RegisterKey.PLACES:
            data = self.names.with_position(data, None if record is None else base)
            self.remarks(register.sheet.name, row.number)
        if register.model in BULK and (record is None or data == base):
            self.checked(register, table, row, record, data, counts, children)
            return
        if self.new_records:
            # What the rules accepted before this row is written first: the service then
            # sees the database as it would have, had each row been saved in its turn.
            self.write_new(register, table, counts, children)
        if not self.save(register, row, record, base, data, counts, children):
            self.mark_failed(register, table, row)

    def check_refused(
        self,
        register: SheetLayout,
        row: SheetRow,
        record: Any,
        base: Any,
        values: dict[str, Any],
        refused: set[str],
        partial: set[str],
        read_children: dict[str, list[tuple[int, list[object]]]],
    ) -> None:
        """The service's rules for a row with refused cells, whose record is not saved:
        their problems in the same round as the cells', except those that only follow
        from a refused value (follow_on.py)."""
        fields = register.data_fields()
        data = dataclasses.replace(base, **{f: values[f] for f in fields if f in values})
        found: list[tuple[str, str]] = []
        if register.model in BULK:
            check = Checker()
            BULK[register.model].rules(check, self.sources, data, record)
            found = [(p.field, p.message) for p in check.problems]
        else:
            self.settle()
            savepoint = self.session.begin_nested()
            try:
                if record is None:
                    register.create(self.session, data)
                else:
                    register.update(self.session, record.id, data)
                self.session.flush()
            except ValidationError as exc:
                found = [(p.field, p.message) for p in exc.problems]
            except (ServiceError, IntegrityError):
                pass  # a clash the saved row would show; not this row's to report now
            finally:
                savepoint.rollback()
        shown = dataclasses.replace(row, children=read_children)
        for field_path, message in found:
            if not is_follow_on(field_path, refused, partial):
                self.service_problem(register, shown, {}, field_path, message, all_children=True)

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
            self.add_new(register, table, row, data, checked, counts, children)
        else:
            counts.unchanged += 1

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
        self.settle()
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
        *,
        all_children: bool = False,
    ) -> None:
        """A service's problem at the sheet, row and column the user finds it in."""
        base, _, rest = field_path.partition("[")
        base = FIELD_ALIASES.get(base.split(".")[0], base.split(".")[0])
        child = next((s for s in register.children if s.field == base), None)
        if child is not None and (all_children or child.field in children) and rest:
            index = int(rest.split("]", 1)[0])
            inner = rest.split("].", 1)[1] if "]." in rest else ""
            rows = row.children.get(base, [])
            if index < len(rows):
                self.problem(child.name, rows[index][0], child.heading_of(inner) or None, message)
                return
        self.problem(register.sheet.name, row.number, register.sheet.heading_of(base), message)

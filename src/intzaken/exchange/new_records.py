"""The new records of a large register (bulk_rules.BULK), written together: when their
sheet is done, before a changed record of that sheet is saved (import_run.py), and on
PostgreSQL also every few thousand, stored from a second thread while the rows after them
are checked (store/copy_behind.py). What the database refuses of them is saved one by
one, so that the refusal is reported at its row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.models import Place
from ..store.copy_behind import CopiesBehind
from .bulk_rules import BULK
from .import_history import log_created, title
from .layout import REFERENCE_KIND, SheetLayout
from .names import SessionNames
from .problems import ImportCounts
from .sheet_tables import SheetRow, SheetTable
from .twins import Twins

# On PostgreSQL the new records of a sheet are written in batches while the rows after
# them are checked (store/copy_behind.py): at most this many records a batch, and half of
# the rows left to check, so that the last batch, the one waited for, is a small one...
LARGEST_BATCH = 2500
# ...but not fewer than this: each batch costs its own round trips (numbers, themes).
SMALLEST_BATCH = 400


@dataclass
class Sent:
    """New records whose rows were sent (copy_behind.py), not yet known to be stored."""

    register: SheetLayout
    table: SheetTable
    counts: ImportCounts
    children: dict[str, SheetTable]
    pending: list[tuple[SheetRow, Any, Any]]
    written: list[tuple[int, Any]]


class NewRecords:
    """The part of an import's pass (import_run.Run) that writes its new records."""

    session: Session
    names: SessionNames
    twins: Twins
    kept: list[Any]  # records kept in the session's identity map (import_run.py)
    new_records: list[tuple[SheetRow, Any, Any]]  # (row, data, checked), not yet written
    behind: CopiesBehind | None
    sent: Sent | None
    rows_left: int  # of the sheet being read, after the row being read

    # import_run.Run's own: a record saved through its service (False when refused), and
    # a row marked as refused.
    save: Callable[..., bool]
    mark_failed: Callable[[SheetLayout, SheetTable, SheetRow], None]

    def add_new(
        self,
        register: SheetLayout,
        table: SheetTable,
        row: SheetRow,
        data: Any,
        checked: Any,
        counts: ImportCounts,
        children: dict[str, SheetTable],
    ) -> None:
        """A new record the rules accepted; on PostgreSQL a batch is written once it is
        large enough."""
        self.new_records.append((row, data, checked))
        self.twins.accepted(checked)
        if self.behind is not None and len(self.new_records) >= max(
            SMALLEST_BATCH, min(LARGEST_BATCH, self.rows_left // 2)
        ):
            self.write_new(register, table, counts, children)

    def write_new(
        self,
        register: SheetLayout,
        table: SheetTable,
        counts: ImportCounts,
        children: dict[str, SheetTable],
    ) -> None:
        self.settle()
        pending, self.new_records = self.new_records, []
        if not pending:
            return
        self.twins.written(register.model)
        sent = Sent(register, table, counts, children, pending, [])
        savepoint = self.session.begin_nested()
        try:
            if self.behind is None:
                self.write_bulk(sent)
            else:
                with self.behind.gathering() as batch:
                    self.write_bulk(sent)
        except IntegrityError:
            savepoint.rollback()
            self.one_by_one(sent)
            return
        savepoint.commit()
        if self.behind is None:
            self.stored(sent)
        else:
            # Stored from the second thread in a savepoint of its own, while the rows
            # after these are checked; settled before the import saves anything else.
            self.behind.send(batch)
            self.sent = sent

    def write_bulk(self, sent: Sent) -> None:
        register = sent.register
        sent.written = BULK[register.model].write(
            self.session, [checked for _, _, checked in sent.pending]
        )
        log_created(
            self.session,
            register.name,
            (
                (uuid, record_id, self.title(register, checked))
                for (record_id, uuid), (_, _, checked) in zip(
                    sent.written, sent.pending, strict=True
                )
            ),
        )

    def one_by_one(self, sent: Sent) -> None:
        """The rules let something through that the database refuses: the records are
        saved one by one, so the refusal is reported at its row."""
        for row, data, _checked in sent.pending:
            if not self.save(sent.register, row, None, None, data, sent.counts, sent.children):
                self.mark_failed(sent.register, sent.table, row)

    def settle(self) -> None:
        """Wait for the records sent last to be stored; those the database refused are
        saved one by one (what was saved for them before, places and themes, stays for
        them). Before the import saves anything itself: what it saves then is saved
        after them, as the rows come in the sheet."""
        sent, self.sent = self.sent, None
        if sent is None:
            return
        assert self.behind is not None
        try:
            self.behind.settled()
        except IntegrityError:
            self.one_by_one(sent)
            return
        self.stored(sent)

    def stored(self, sent: Sent) -> None:
        register = sent.register
        sent.counts.new += len(sent.pending)
        if register.name in REFERENCE_KIND or register.model is Place:
            # Named by the sheets after this one: found by name, and kept in the identity
            # map for the services' look-ups, as save() does with what it creates.
            self.names.changed(register.model)
            self.kept.extend(
                self.session.scalars(
                    select(register.model).where(
                        register.model.id.in_([record_id for record_id, _ in sent.written])
                    )
                )
            )

    def title(self, register: SheetLayout, checked: Any) -> str:
        """What the history calls a record written in bulk; a place by its country's
        name, as services.tracked_records titles a stored one: "Oslo (Noorwegen)"."""
        if isinstance(checked, Place):
            return f"{checked.name} ({self.names.country_name(checked.country_code)})"
        return title(register.name, checked)

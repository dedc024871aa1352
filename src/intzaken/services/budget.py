"""Budget lines, the expenses and commitments booked on them, and what is left."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import BudgetEntryKind
from ..domain.models import BudgetEntry, BudgetLine, Trip
from ..formatting import short_date
from ..i18n import _, ngettext
from ..registers import RegisterKey
from .budget_sums import LineSums, line_sums
from .checks import Checker
from .common import delete_unless_used
from .data import BudgetEntryData, BudgetLineData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created

ZERO = Decimal("0.00")


# (year, name) -> (number, name as stored) of the first line of that year whose name
# SQLite's lower() makes name.lower(), or None: the twin a line must not have. The first
# by number, so an import can give the same answer from memory (its number None for a
# line the import has accepted but not yet written).
BudgetTwin = Callable[[int, str], tuple[int | None, str] | None]


def budget_twin(session: Session) -> BudgetTwin:
    """The twin test against the database (the form's); an import answers it from the
    lines it has read and accepted (exchange/twins.py, the same comparison in Python)."""

    def twin(year: int, name: str) -> tuple[int | None, str] | None:
        row = session.execute(
            select(BudgetLine.id, BudgetLine.name)
            .where(BudgetLine.year == year, func.lower(BudgetLine.name) == name.lower())
            .order_by(BudgetLine.id)
            .limit(1)
        ).first()
        return None if row is None else (row[0], row[1])

    return twin


def charged_if_moved(session: Session, line: BudgetLine | None) -> Callable[[int], int]:
    """year -> how many trips are booked on `line` when `year` is not its year (0 when it
    is, and for a new line): a line with trips cannot move to another year."""

    def charged(year: int) -> int:
        if line is None or line.id is None or year == line.year:
            return 0
        return (
            session.scalar(
                select(func.count()).select_from(Trip).where(Trip.budget_line_id == line.id)
            )
            or 0
        )

    return charged


@dataclass
class CheckedBudgetLine:
    """A line the rules accepted (check_budget_line), as it is stored."""

    year: int
    name: str
    amount: Decimal | None
    code: str
    notes: str
    entries: list[BudgetEntry] | None  # None: the line's entries stay as they are
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def check_budget_line(
    check: Checker,
    data: BudgetLineData,
    twin: BudgetTwin,
    line_id: int | None = None,
    charged: Callable[[int], int] | None = None,
) -> CheckedBudgetLine | None:
    """The budget line rules: problems go to `check`; None when there are any. `line_id`
    is the line's own number (None for a new one), `charged` charged_if_moved's answer."""
    year = check.year("year", data.year, required=True)
    name = check.text("name", data.name, required=True, max_length=200)
    # An amount not (yet) known is allowed: the spending is real all the same.
    amount = check.amount("amount", data.amount)
    code = check.text("code", data.code, max_length=40)
    if year is not None and name:
        found = twin(year, name)
        if found is not None and (line_id is None or found[0] != line_id):
            check.fail(
                "name",
                _("{field}: there already is a budget line '{name}' in {year}.").format(
                    field=field_label("name"), name=found[1], year=year
                ),
            )
    booked = charged(year) if charged is not None and year is not None else 0
    if booked:
        check.fail(
            "year",
            ngettext(
                "{field}: {count} trip is charged to this line, so the year cannot change.",
                "{field}: {count} trips are charged to this line, so the year cannot change.",
                booked,
            ).format(field=field_label("year"), count=booked),
        )
    entries = (
        None
        if data.entries is None
        else [
            _entry(check, f"entries[{index}]", year, entry)
            for index, entry in enumerate(data.entries)
        ]
    )
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert year is not None
    return CheckedBudgetLine(
        year=year,
        name=name,
        amount=amount,
        code=code,
        notes=notes,
        entries=None if entries is None else [entry for entry in entries if entry is not None],
        sourced=sourced,
    )


def _apply(session: Session, line: BudgetLine, data: BudgetLineData) -> BudgetLine:
    check = Checker()
    checked = check_budget_line(
        check, data, budget_twin(session), line.id, charged_if_moved(session, line)
    )
    check.done()
    assert checked is not None
    apply_source(line, checked.sourced)
    line.year, line.name, line.amount, line.code = (
        checked.year,
        checked.name,
        checked.amount,
        checked.code,
    )
    line.notes = checked.notes
    if checked.entries is not None:
        line.entries = checked.entries
    session.add(line)
    session.flush()
    return line


def create_budget_line(
    session: Session, data: BudgetLineData, *, record_id: int | None = None
) -> BudgetLine:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    line = _apply(session, new_record(session, RegisterKey.BUDGET, record_id), data)
    record_created(session, RegisterKey.BUDGET, line)
    return line


def update_budget_line(
    session: Session, line_id: int, data: BudgetLineData, *, expected_version: int | None = None
) -> BudgetLine:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.BUDGET, line_id, expected_version) as line:
        return _apply(session, line, data)


def delete_budget_line(
    session: Session, line_id: int, *, expected_version: int | None = None
) -> None:
    with deleting(session, RegisterKey.BUDGET, line_id, expected_version) as line:
        trips = session.scalars(select(Trip).where(Trip.budget_line_id == line_id))
        delete_unless_used(
            session,
            line,
            _("Budget line '{name}' ({year})").format(name=line.name, year=line.year),
            [_("trip '{title}'").format(title=t.title) for t in trips],
        )


def _entry(
    check: Checker, prefix: str, year: int | None, data: BudgetEntryData
) -> BudgetEntry | None:
    """One expense or commitment, checked; None when it has a problem (recorded in `check`)."""
    field = f"{prefix}." if prefix else ""
    kind = check.choice(f"{field}kind", BudgetEntryKind, data.kind)
    check.required(f"{field}date", data.date)
    if data.date is not None and year is not None and data.date.year != year:
        check.fail(
            f"{field}date",
            _("{field}: {date} is not in budget year {year}.").format(
                field=field_label(f"{field}date"), date=short_date(data.date), year=year
            ),
        )
    description = check.text(f"{field}description", data.description, required=True, multiline=True)
    amount = check.amount(f"{field}amount", data.amount, required=True)
    if kind is None or data.date is None or not description or amount is None:
        return None
    return BudgetEntry(kind=kind, date=data.date, description=description, amount=amount)


def add_budget_entry(
    session: Session, line_id: int, data: BudgetEntryData, *, expected_version: int | None = None
) -> BudgetEntry:
    with editing(session, RegisterKey.BUDGET, line_id, expected_version) as line:
        check = Checker()
        entry = _entry(check, "", line.year, data)
        check.done()
        assert entry is not None
        line.entries.append(entry)
    return entry


@dataclass(frozen=True)
class BudgetUse:
    line: BudgetLine
    spent: Decimal
    committed: Decimal
    # Trips booked on the line (made, planned or approved) without any amount: what is
    # spent and committed leaves them out, and the report and page say so.
    trips_without_amount: int = 0

    @property
    def left(self) -> Decimal | None:
        """What is left; None when the line's amount is not known."""
        if self.line.amount is None:
            return None
        return self.line.amount - self.spent - self.committed

    @property
    def overrun(self) -> bool:
        left = self.left
        return left is not None and left < 0

    @property
    def used_fraction(self) -> Decimal | None:
        """(spent + committed) / budget; None for a line without a (known) budget."""
        if not self.line.amount:
            return None
        return (self.spent + self.committed) / self.line.amount


def _in_year(query: Any, year: int | None) -> Any:
    return query if year is None else query.where(BudgetLine.year == year)


def budget_use(session: Session, year: int | None) -> list[BudgetUse]:
    """Every budget line of `year` (None: of every year, by year) with what is spent and
    committed on it."""
    lines = session.scalars(
        _in_year(select(BudgetLine), year).order_by(
            BudgetLine.year, BudgetLine.code, BudgetLine.name
        )
    ).all()
    sums = line_sums(session, year)
    return [
        BudgetUse(
            line=line,
            spent=sums.get(line.id, LineSums()).spent,
            committed=sums.get(line.id, LineSums()).committed,
            trips_without_amount=sums.get(line.id, LineSums()).trips_without_amount,
        )
        for line in lines
    ]

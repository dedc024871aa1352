"""Officials (mayor, aldermen, ...) and their terms of office."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision, Role
from ..domain.models import Network, OfficeTerm, Official, Relation, Trip, TripTraveller
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import delete_unless_used
from .data import OfficialData, TermData  # noqa: F401 -- TermData re-exported
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source, source_row
from .tracking import deleting, editing, new_record, record_created


def default_short_name(name: str) -> str:
    """The surname as printed after a title: "Ahmed Aboutaleb" -> "Aboutaleb",
    "Tim de Jong" -> "De Jong" (a Dutch prefix is capitalised without a first name)."""
    parts = name.split()
    surname = " ".join(parts[1:]) if len(parts) > 1 else name.strip()
    return surname[:1].upper() + surname[1:]


@dataclass
class CheckedOfficial:
    """An official the rules accepted, to be stored (the terms not yet in a session)."""

    name: str
    short_name: str
    notes: str
    terms: list[OfficeTerm]
    sourced: CheckedSource


def _validated(data: OfficialData) -> CheckedOfficial:
    check = Checker()
    checked = check_official(check, data)
    check.done()
    assert checked is not None
    return checked


def check_official(check: Checker, data: OfficialData) -> CheckedOfficial | None:
    """The rules of an official, its problems in `check`; None when there are problems.
    Shared by the form's service and the import, which writes accepted officials in
    rows of its own (exchange/official_rows.py)."""
    name = check.text("name", data.name, required=True, max_length=200)
    short_name = check.text("short_name", data.short_name, max_length=100) or (
        default_short_name(name) if name else ""
    )
    if not data.terms:
        check.fail(
            "terms",
            _("{field}: give at least one term (role and start date).").format(
                field=field_label("terms")
            ),
        )
    terms = []
    for index, term in enumerate(data.terms):
        prefix = f"terms[{index}]"
        role = check.choice(f"{prefix}.role", Role, term.role)
        check.required(f"{prefix}.start_date", term.start_date)
        start_precision = (
            check.choice(
                f"{prefix}.start_precision", DatePrecision, term.start_precision, required=False
            )
            or DatePrecision.DAY
        )
        end_precision = (
            check.choice(
                f"{prefix}.end_precision", DatePrecision, term.end_precision, required=False
            )
            or DatePrecision.DAY
        )
        start = _first_day(term.start_date, start_precision)
        end = _last_day(term.end_date, end_precision)
        check.date_order(f"{prefix}.start_date", start, f"{prefix}.end_date", end)
        portfolio = check.text(f"{prefix}.portfolio", term.portfolio, multiline=True)
        code = check.text(f"{prefix}.portfolio_code", term.portfolio_code, max_length=20)
        # A term's dates are often read outside the record's own source (a council's
        # announcement of who took office): each term names its own.
        term_source = check_source(check, term, f"{prefix}.")
        if role is not None and start is not None:
            terms.append(
                OfficeTerm(
                    **source_row(term_source),
                    role=role,
                    start_date=start,
                    end_date=end,
                    start_precision=start_precision,
                    end_precision=end_precision if end is not None else DatePrecision.DAY,
                    portfolio=portfolio,
                    portfolio_code=code.upper(),
                )
            )
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    return CheckedOfficial(name, short_name, notes, terms, sourced)


def _first_day(day: dt.date | None, precision: DatePrecision) -> dt.date | None:
    """A start known by its month or year counts from the period's first day."""
    if day is None or precision is DatePrecision.DAY:
        return day
    return day.replace(day=1) if precision is DatePrecision.MONTH else day.replace(month=1, day=1)


def _last_day(day: dt.date | None, precision: DatePrecision) -> dt.date | None:
    """An end known by its month or year counts to the period's last day: whoever left
    "in juli 2024" may have been in office on any day of it."""
    if day is None or precision is DatePrecision.DAY:
        return day
    if precision is DatePrecision.YEAR:
        return day.replace(month=12, day=31)
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def create_official(
    session: Session, data: OfficialData, *, record_id: int | None = None
) -> Official:
    """A new official; `record_id` restores a deleted one under its old number (undo)."""
    checked = _validated(data)
    official: Official = new_record(session, RegisterKey.OFFICIALS, record_id)
    official.name, official.short_name = checked.name, checked.short_name
    official.notes, official.terms = checked.notes, checked.terms
    apply_source(official, checked.sourced)
    session.add(official)
    session.flush()
    record_created(session, RegisterKey.OFFICIALS, official)
    return official


def update_official(
    session: Session, official_id: int, data: OfficialData, *, expected_version: int | None = None
) -> Official:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    official: Official  # editing() yields the record of any register
    with editing(session, RegisterKey.OFFICIALS, official_id, expected_version) as official:
        checked = _validated(data)
        official.name, official.short_name = checked.name, checked.short_name
        official.notes, official.terms = checked.notes, checked.terms
        apply_source(official, checked.sourced)
    return official


def official_users(session: Session, official_id: int) -> list[str]:
    """What refers to this official, in words."""
    trips = session.scalars(
        select(Trip).join(TripTraveller).where(TripTraveller.official_id == official_id)
    ).all()
    networks = session.scalars(
        select(Network).where(Network.responsible_official_id == official_id)
    ).all()
    relations = session.scalars(
        select(Relation).where(Relation.responsible_official_id == official_id)
    ).all()
    return (
        [_("trip '{title}'").format(title=t.title) for t in trips]
        + [_("network '{name}'").format(name=n.name) for n in networks]
        + [_("relation with {place}").format(place=r.place.name) for r in relations]
    )


def delete_official(
    session: Session, official_id: int, *, expected_version: int | None = None
) -> None:
    with deleting(session, RegisterKey.OFFICIALS, official_id, expected_version) as official:
        delete_unless_used(
            session,
            official,
            _("Official {name}").format(name=official.name),
            official_users(session, official_id),
        )

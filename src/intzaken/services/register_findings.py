"""The findings about records other than trips: agreements marked active that expired
or lack their signed document, budget lines overrun, and networks and relations still
held by an official who left office. Read as rows, as `intzaken check` reads."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..domain.enums import AgreementStatus
from ..domain.units import CENT, from_units
from ..formatting import money, period_date
from ..i18n import _
from ..registers import RegisterKey
from .budget_sums import LineSums, line_sums
from .finding import Finding
from .succession_findings import held_by_leavers
from .trip_facts import stored_date
from .trip_listing import dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


_AGREEMENTS = """
SELECT a.id, a.title, a.status, a.valid_until,
       EXISTS (SELECT 1 FROM agreement_documents d WHERE d.agreement_id = a.id)
  FROM agreements a {which} ORDER BY a.id
"""


def agreement_findings(
    session: Session | Connection, today: dt.date, agreement_id: int | None = None
) -> list[Finding]:
    findings = []
    mark = "?" if dialect_name(session) == "sqlite" else "%s"
    which, params = ("", ()) if agreement_id is None else (f"WHERE a.id = {mark}", (agreement_id,))
    rows = driver_connection(session).execute(_AGREEMENTS.format(which=which), params)
    for record_id, title, status, stored_valid_until, has_document in rows.fetchall():
        subject = _("Agreement '{title}'").format(title=title)
        valid_until = stored_date(stored_valid_until)
        if status == AgreementStatus.ACTIVE and valid_until and valid_until < today:
            findings.append(
                Finding(
                    RegisterKey.AGREEMENTS,
                    record_id,
                    subject,
                    _("is marked active, but has expired."),
                )
            )
        if status == AgreementStatus.ACTIVE and not has_document:
            findings.append(
                Finding(
                    RegisterKey.AGREEMENTS,
                    record_id,
                    subject,
                    _("is active, but the signed document is missing."),
                )
            )
    return findings


_BUDGET_LINES = """
SELECT l.id, l.name, l.amount FROM budget_lines l WHERE l.year = {mark}
 ORDER BY l.year, l.code, l.name
"""


def budget_findings(session: Session | Connection, year: int) -> list[Finding]:
    findings = []
    sums = line_sums(session, year)
    mark = "?" if dialect_name(session) == "sqlite" else "%s"
    lines = driver_connection(session).execute(_BUDGET_LINES.format(mark=mark), (year,))
    for line_id, name, cents in lines.fetchall():
        if cents is None:
            continue  # no budget known: nothing to overrun
        use = sums.get(line_id, LineSums())
        left = from_units(cents, CENT) - use.spent - use.committed
        if left < 0:
            findings.append(
                Finding(
                    RegisterKey.BUDGET,
                    line_id,
                    _("Budget line '{name}' ({year})").format(name=name, year=year),
                    _("is overrun by {amount}.").format(amount=money(-left)),
                )
            )
    return findings


def succession_findings(session: Session | Connection, today: dt.date) -> list[Finding]:
    """Networks and relations still held by an official whose term has ended: after an
    election every portfolio moves, and these are the ones nobody moved yet."""
    findings = []
    for held in held_by_leavers(session, today):
        if held.left_on is not None:
            message = _("responsible official {name} has not been in office since {date}.").format(
                name=held.holder_name, date=period_date(held.left_on, held.left_precision)
            )
        else:
            message = _("responsible official {name} is not in office.").format(
                name=held.holder_name
            )
        findings.append(Finding(held.register, held.record_id, f"{held.subject}:", message))
    return findings

"""The Woo list of agreements: every agreement concluded (MoUs, letters of intent,
covenants, roadmaps; not drafts) with its parties, the day it was signed, how long it
holds, its status and whether the signed document has been published, as the Open
Government Act (Wet open overheid) asks of covenants.

One list, two forms: a printed report (PDF or Word, from the content model) and a CSV
file for the municipality's Woo publication, whose columns are stable and documented in
docs/dev/open-data.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.labels import label
from ..domain.models import Agreement
from ..formatting import short_date
from ..i18n import N_, _, ngettext
from ..public_csv import Cell, write_csv
from ..services.reporting import published_agreements
from .content import Block, Grid, Text
from .content_pdf import flowables
from .job import Job, ReportError
from .pdf import Report

# Never renamed, removed or moved; new columns go at the end (docs/dev/open-data.md).
CSV_COLUMNS = (
    "agreement_id",
    "title",
    "kind",
    "parties",
    "signed_on",
    "valid_until",
    "status",
    "document_published",
    "document_kept",
)
# The kind is in the CSV; on paper the title says it, and the room goes to the parties.
HEADER = (
    N_("Agreement"),
    N_("Parties"),
    N_("Signed"),
    N_("Valid until"),
    N_("Status"),
    N_("Published"),
)
# Whole dates and kinds fit on one line; the title and the parties wrap.
WIDTHS = (2.9, 2.3, 1.3, 1.3, 0.9, 1.6)


def parties(agreement: Agreement) -> list[str]:
    """The parties as the agreement names them (a line or a comma each), else the places
    of the relations it belongs to."""
    named = [
        part.strip()
        for line in agreement.counterparts.splitlines()
        for part in line.split(";")
        if part.strip()
    ]
    return named or [relation.place.name for relation in agreement.relations]


def _agreements(session: Session) -> list[Agreement]:
    agreements = published_agreements(session)
    if not agreements:
        raise ReportError(_("There are no concluded agreements; the Woo list has not been made."))
    return agreements


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def build(session: Session, job: Job, *, as_of: dt.date) -> Report:
    agreements = _agreements(session)
    job.step(10, _("Describing agreements"))
    rows = [
        [
            a.title,
            "; ".join(parties(a)) or "-",
            short_date(a.signed_on) or "-",
            short_date(a.valid_until) or "-",
            label(a.status),
            _yes_no(a.document_published),
        ]
        for a in agreements
    ]
    published = sum(a.document_published for a in agreements)
    title = _("Agreements (Woo)")
    story: list[Block] = [
        Text(title, "Title"),
        Text(
            _(
                "Agreements the municipality has concluded (memoranda of understanding, "
                "letters of intent, covenants and roadmaps), published under the Open "
                "Government Act (Woo)."
            )
            + " "
            + ngettext(
                "Situation on {date}: {count} agreement, of which {published} with the "
                "signed document published.",
                "Situation on {date}: {count} agreements, of which {published} with the "
                "signed document published.",
                len(agreements),
            ).format(date=short_date(as_of), count=len(agreements), published=published)
        ),
        Grid([_(h) for h in HEADER], rows, WIDTHS),
    ]
    return Report(
        title=title,
        subject=_("List of agreements under the Open Government Act"),
        story=flowables(story),
        content=story,
        meta={"agreements": len(agreements), "published": published},
    )


def csv_row(agreement: Agreement) -> list[Cell]:
    return [
        agreement.id,
        agreement.title,
        agreement.kind.value,
        "; ".join(parties(agreement)),
        agreement.signed_on.isoformat() if agreement.signed_on else None,
        agreement.valid_until.isoformat() if agreement.valid_until else None,
        agreement.status.value,
        "true" if agreement.document_published else "false",
        "true" if agreement.documents else "false",
    ]


def write_table(session: Session, path: Path) -> int:
    """The list as CSV at `path` (written whole or not at all); the number of rows."""
    return write_csv(path, CSV_COLUMNS, (csv_row(a) for a in _agreements(session)))

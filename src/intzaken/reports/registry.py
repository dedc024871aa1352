"""The reports by name, and the one entry point that writes any of them to a file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..domain.models import Trip
from ..heap import frozen_heap
from ..i18n import _, language_scope
from ..services.plausibility import Finding
from ..written_files import replacing
from . import (
    annual,
    briefing,
    budget,
    planned,
    pocket,
    relations,
    subsidies,
    trip_card,
    woo_agreements,
    years,
)
from .job import CancelledCheck, Job, ProgressCallback, ReportError
from .pdf import Report, letterhead, write_pdf
from .titles import REPORT_FORMATS, REPORT_TITLES


@dataclass(frozen=True)
class ReportKind:
    key: str  # as the command line names it: "annual"
    name_id: str  # English message id of its name: "Annual overview of official trips abroad"
    description_id: str  # English message id, one sentence
    parameters: tuple[str, ...]  # keyword arguments of build_report for this report
    build: Callable[..., Report]
    filename: Callable[..., str]  # a sensible default file name from the parameters
    formats: tuple[str, ...] = ("pdf",)  # "docx" too where the report has a content model
    # The trips a council report contains (from the same parameters as `build`): their
    # plausibility findings are shown before it is made (preflight.py). None: no check.
    trips: Callable[..., list[Trip]] | None = None
    # The same list as a CSV file (format "csv"), for a report that is also data to
    # publish: table(session, path) writes it whole and returns its number of rows.
    table: Callable[[Session, Path], int] | None = None

    @property
    def name(self) -> str:
        """For the interface, in the current language: "Jaaroverzicht buitenlandse
        ambtsreizen"."""
        return _(self.name_id)

    @property
    def description(self) -> str:
        return _(self.description_id)


def _ids(trip_ids: Any) -> str:
    ids = [trip_ids] if isinstance(trip_ids, int) else list(trip_ids)
    return "-".join(str(i) for i in ids)


def _month(value: Any) -> str:
    return value.strftime("%Y-%m") if isinstance(value, dt.date) else str(value).strip()


REPORTS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind(
            "trip",
            *REPORT_TITLES["trip"],
            ("trip_ids", "sources"),
            trip_card.build,
            lambda trip_ids, **_k: _("trip-card-{ids}.pdf").format(ids=_ids(trip_ids)),
        ),
        ReportKind(
            "briefing",
            *REPORT_TITLES["briefing"],
            ("trip_id",),
            briefing.build,
            lambda trip_id, **_k: _("briefing-pack-{id}.pdf").format(id=trip_id),
        ),
        ReportKind(
            "programme",
            *REPORT_TITLES["programme"],
            ("trip_id", "layout"),
            pocket.build,
            lambda trip_id, **_k: _("pocket-programme-{id}.pdf").format(id=trip_id),
        ),
        ReportKind(
            "annual",
            *REPORT_TITLES["annual"],
            ("year", "intro", "letter", "reference", "letter_date", "sources"),
            annual.build,
            lambda year, **_k: _("official-trips-overview-{year}.pdf").format(year=year),
            REPORT_FORMATS["annual"],
            annual.report_trips,
        ),
        ReportKind(
            "planned",
            *REPORT_TITLES["planned"],
            ("start", "end", "reference", "letter_date"),
            planned.build,
            lambda start, end, **_k: _("planned-trips-{first}-{last}.pdf").format(
                first=_month(start), last=_month(end)
            ),
            REPORT_FORMATS["planned"],
            planned.report_trips,
        ),
        ReportKind(
            "years",
            *REPORT_TITLES["years"],
            ("first_year", "last_year"),
            years.build,
            lambda first_year, last_year, **_k: _("official-trips-{first}-{last}.pdf").format(
                first=first_year, last=last_year
            ),
            REPORT_FORMATS["years"],
            years.report_trips,
        ),
        ReportKind(
            "budget",
            *REPORT_TITLES["budget"],
            ("year",),
            budget.build,
            lambda year, **_k: _("budget-{year}.pdf").format(year=year),
        ),
        ReportKind(
            "relations",
            *REPORT_TITLES["relations"],
            # Also `relation_ids`: only those relations, with their timelines (the window's
            # report of the selection; not a choice on the Reports page).
            ("sources",),
            relations.build,
            lambda relation_ids=None, **_k: (
                _("relations-and-networks.pdf")
                if relation_ids is None
                else _("relation-{ids}.pdf").format(ids=_ids(relation_ids))
            ),
        ),
        ReportKind(
            "agreements",
            *REPORT_TITLES["agreements"],
            (),
            woo_agreements.build,
            lambda **_k: _("agreements-woo.pdf"),
            REPORT_FORMATS["agreements"],
            table=woo_agreements.write_table,
        ),
        ReportKind(
            "subsidies",
            *REPORT_TITLES["subsidies"],
            ("start", "end"),
            subsidies.build,
            lambda start, end, **_k: _("eu-subsidies-{first}-{last}.pdf").format(
                first=_month(start), last=_month(end)
            ),
            REPORT_FORMATS["subsidies"],
        ),
    )
}


def default_filename(
    kind: str, *, language: str | None = None, format: str = "pdf", **params: Any
) -> str:
    """A sensible file name for the report, in `language` (default: the current one),
    ending in the format's suffix (.pdf, .docx)."""
    with language_scope(language):
        name = kind_of(kind).filename(**params)
    return str(Path(name).with_suffix(f".{format}"))


def check_format(kind: str, format: str) -> None:
    """A ReportError (in the current language) unless `kind` can be written as `format`."""
    spec = kind_of(kind)
    if format not in spec.formats:
        raise ReportError(
            _("‘{report}’ is made as {formats} only, not as {format}.").format(
                report=spec.name, formats=", ".join(spec.formats), format=format
            )
        )


def kind_of(kind: str) -> ReportKind:
    try:
        return REPORTS[kind]
    except KeyError:
        raise ReportError(
            _("Unknown report '{kind}'; choose from {kinds}.").format(
                kind=kind, kinds=", ".join(REPORTS)
            )
        ) from None


def build_report(
    kind: str,
    session: Session,
    out_path: Path | str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCheck | None = None,
    printed_on: dt.date | None = None,
    language: str | None = None,
    format: str = "pdf",
    findings: Sequence[Finding] | None = None,
    **params: Any,
) -> Report:
    """Write report `kind` to `out_path` as PDF (or, with `format="docx"` and where the
    report has a content model, as a Word document; with `format="csv"` where it is
    also a table to publish, as CSV) and return what was written.

    The report is written in `language` ("nl" or "en"; default the current language of
    intzaken.i18n), its texts, dates and amounts alike; only this call's thread uses it.

    Safe to call from a worker thread with a Session of that thread. `progress(percent,
    message)` is called from the calling thread; when `cancelled()` turns true the work
    stops with ReportCancelled. The file appears only when complete: the PDF is written
    to a temporary file in the same folder and then moved into place, so an error or a
    cancellation leaves no file behind and never damages an earlier one.
    Errors meant for the user (unknown trip, bad period) are ServiceErrors in that language.

    `findings`: a council report's plausibility findings as the preflight found them
    (preflight.py, in this `language`), so they are not computed a second time for the
    charts' marks; None: the report finds them itself.
    """
    with language_scope(language):
        return _build_report(
            kind,
            session,
            Path(out_path),
            progress=progress,
            cancelled=cancelled,
            printed_on=printed_on,
            format=format,
            findings=findings,
            **params,
        )


def _build_report(
    kind: str,
    session: Session,
    out_path: Path,
    *,
    progress: ProgressCallback | None,
    cancelled: CancelledCheck | None,
    printed_on: dt.date | None,
    format: str,
    findings: Sequence[Finding] | None = None,
    **params: Any,
) -> Report:
    spec = kind_of(kind)
    check_format(kind, format)
    job = Job(progress, cancelled)
    if not out_path.parent.is_dir():
        raise ReportError(_("The folder {folder} does not exist.").format(folder=out_path.parent))
    as_of = printed_on or dt.date.today()
    if format == "csv" and spec.table is not None:
        job.step(0, _("Reading data"))
        rows = spec.table(session, out_path)  # written whole or not at all
        job.step(100, _("Done"))
        return Report(title=spec.name, subject=spec.description, story=[], meta={"rows": rows})
    with frozen_heap():
        job.step(0, _("Reading data"))
        if findings is not None and spec.trips is not None:
            params = {**params, "findings": findings}
        report = spec.build(session, job, as_of=as_of, **params)
        head = letterhead(session)
        job.step(25, _("Laying out"))
        # Written beside it and moved into place whole, with the user's permissions.
        with replacing(out_path) as temporary:
            if format == "docx":
                # Imported here: python-docx and lxml are for this choice only.
                from .docx_writer import write_docx

                write_docx(report, head, temporary, printed_on=as_of)
            else:
                write_pdf(report, head, temporary, printed_on=as_of, job=job)
            job.check()
    job.step(100, _("Done"))
    return report

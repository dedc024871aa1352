"""The reports by name, and the one entry point that writes any of them to a file."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..heap import frozen_heap
from . import annual, briefing, budget, planned, relations, trip_card
from .job import CancelledCheck, Job, ProgressCallback, ReportError
from .pdf import Report, letterhead, write_pdf


@dataclass(frozen=True)
class ReportKind:
    key: str  # as the command line names it: "annual"
    name: str  # Dutch, for the interface: "Jaaroverzicht buitenlandse ambtsreizen"
    description: str  # Dutch, one sentence
    parameters: tuple[str, ...]  # keyword arguments of build_report for this report
    build: Callable[..., Report]
    filename: Callable[..., str]  # a sensible default file name from the parameters


def _ids(trip_ids: Any) -> str:
    ids = [trip_ids] if isinstance(trip_ids, int) else list(trip_ids)
    return "-".join(str(i) for i in ids)


def _month(value: Any) -> str:
    return value.strftime("%Y-%m") if isinstance(value, dt.date) else str(value).strip()


REPORTS: dict[str, ReportKind] = {kind.key: kind for kind in (
    ReportKind("trip", "Reiskaart",
               "Eén pagina per reis met reizigers, bestemmingen, doel, kosten en CO₂.",
               ("trip_ids",), trip_card.build,
               lambda trip_ids, **_: f"reiskaart-{_ids(trip_ids)}.pdf"),
    ReportKind("briefing", "Briefingsmap",
               "Voor één reis: programma, relatieprofielen, netwerken, budget en reiskaart.",
               ("trip_id",), briefing.build,
               lambda trip_id, **_: f"briefingsmap-{trip_id}.pdf"),
    ReportKind("annual", "Jaaroverzicht buitenlandse ambtsreizen",
               "Per uitgevoerde reis bestemming, doel en kosten, met totalen en grafieken.",
               ("year", "intro"), annual.build,
               lambda year, **_: f"jaaroverzicht-ambtsreizen-{year}.pdf"),
    ReportKind("planned", "Voorgenomen reizen",
               "Brief aan de raad over de voorgenomen reizen in een periode (maanden).",
               ("start", "end"), planned.build,
               lambda start, end, **_: f"voorgenomen-reizen-{_month(start)}-{_month(end)}.pdf"),
    ReportKind("budget", "Begrotingsoverzicht",
               "Per begrotingspost begroot, besteed, verplicht en resterend, met grafiek.",
               ("year",), budget.build, lambda year, **_: f"begroting-{year}.pdf"),
    ReportKind("relations", "Relaties en netwerken",
               "Alle netwerken met portefeuillehouder en rol, alle relaties met status en "
               "overeenkomsten.", (), relations.build,
               lambda **_: "relaties-en-netwerken.pdf"),
)}


def default_filename(kind: str, **params: Any) -> str:
    return _kind(kind).filename(**params)


def _kind(kind: str) -> ReportKind:
    try:
        return REPORTS[kind]
    except KeyError:
        raise ReportError(f"Onbekend rapport '{kind}'; kies uit "
                          f"{', '.join(REPORTS)}.") from None


def build_report(kind: str, session: Session, out_path: Path | str, *,
                 progress: ProgressCallback | None = None,
                 cancelled: CancelledCheck | None = None,
                 printed_on: dt.date | None = None, **params: Any) -> Report:
    """Write report `kind` to `out_path` as PDF and return what was written.

    Safe to call from a worker thread with a Session of that thread. `progress(percent,
    message)` is called from the calling thread; when `cancelled()` turns true the work
    stops with ReportCancelled. The file appears only when complete: the PDF is written
    to a temporary file in the same folder and then moved into place, so an error or a
    cancellation leaves no file behind and never damages an earlier one.
    Errors meant for the user (unknown trip, bad period) are ServiceErrors in Dutch.
    """
    spec = _kind(kind)
    job = Job(progress, cancelled)
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise ReportError(f"De map {out_path.parent} bestaat niet.")
    as_of = printed_on or dt.date.today()
    with frozen_heap():
        job.step(0, "Gegevens lezen")
        report = spec.build(session, job, as_of=as_of, **params)
        head = letterhead(session)
        job.step(25, "Opmaken")
        handle, temporary = tempfile.mkstemp(prefix=f".{out_path.stem}-",
                                             suffix=".pdf.part", dir=out_path.parent)
        os.close(handle)
        try:
            write_pdf(report, head, Path(temporary), printed_on=as_of, job=job)
            job.check()
            os.replace(temporary, out_path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    job.step(100, "Klaar")
    return report

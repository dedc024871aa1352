"""`intzaken report ...`: any printed report as a PDF file; the annual overview and the
planned-trips letter also as a Word document (`--format docx`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from ..i18n import _, ngettext
from ..reports import (
    REPORTS,
    ReportError,
    build_report,
    default_filename,
    preflight_findings,
)
from ..services.plausibility import Finding
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work


def _intro(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(
            _("The introduction {path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc


def _params(args: argparse.Namespace) -> dict[str, Any]:
    params = _report_params(args)
    if getattr(args, "format", "pdf") != "pdf":
        params["format"] = args.format
    return params


def _report_params(args: argparse.Namespace) -> dict[str, Any]:
    if args.report == "annual":
        return {
            "year": args.year,
            "intro": _intro(args.intro),
            # A letter's date or reference asks for the letter.
            "letter": bool(args.letter or args.reference or args.letter_date),
            "reference": args.reference,
            "letter_date": args.letter_date,
            "sources": args.sources,
        }
    names = {
        "trip": ("trip_ids", "sources"),
        "briefing": ("trip_id",),
        "programme": ("trip_id", "layout"),
        "planned": ("start", "end", "reference", "letter_date"),
        "years": ("first_year", "last_year"),
        "budget": ("year",),
        "relations": ("relation_ids", "sources"),
        "agreements": (),
        "subsidies": ("start", "end"),
    }[args.report]
    return {name: getattr(args, name) for name in names}


def run_report(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    params = _params(args)
    target = args.out or Path.cwd() / default_filename(args.report, **params)
    opened = open_for_reading(database)
    try:
        with allow_long_work(opened.sessions()) as session:
            findings = preflight_findings(args.report, session, **params)
            strict = getattr(args, "strict", False)  # only the council reports have it
            _tell_findings(findings, strict=strict, err=sys.stderr)
            if findings and strict:
                return 1  # refused before anything is written
            try:
                # The findings told above go into the report's marks: found once.
                report = build_report(args.report, session, target, findings=findings, **params)
            except OSError as exc:
                raise ReportError(
                    _("The report cannot be written to {target}: {error}").format(
                        target=target, error=exc.strerror or exc
                    )
                ) from exc
    finally:
        opened.close()
    if findings:
        sys.stderr.write(
            _("Made all the same; look at these trips before it goes to the council.") + "\n"
        )
    name = REPORTS[args.report].name
    out.write(_written(params.get("format", "pdf"), report.meta, name, target.resolve()) + "\n")
    return 0


def _written(file_format: str, meta: dict[str, Any], report: str, target: Path) -> str:
    """What the output says was written: the pages of a PDF, the rows of a CSV file;
    Word decides its own pages."""
    if file_format == "docx":
        return _("{report} written to {target}.").format(report=report, target=target)
    if file_format == "csv":
        rows = meta.get("rows", 0)
        return ngettext(
            "{report} written to {target} ({rows} row).",
            "{report} written to {target} ({rows} rows).",
            rows,
        ).format(report=report, target=target, rows=rows)
    pages = meta.get("pages", 0)
    return ngettext(
        "{report} written to {target} ({pages} page).",
        "{report} written to {target} ({pages} pages).",
        pages,
    ).format(report=report, target=target, pages=pages)


def _tell_findings(findings: list[Finding], *, strict: bool, err: TextIO) -> None:
    """The plausibility findings about the report's trips, on standard error: the report
    goes to the council, and someone should look at these first."""
    if not findings:
        return
    count = len(findings)
    err.write(
        ngettext(
            "The plausibility check questions {count} point in the trips of this report:",
            "The plausibility check questions {count} points in the trips of this report:",
            count,
        ).format(count=count)
        + "\n"
    )
    for finding in findings:
        err.write(f"- {finding.text}\n")
    if strict:
        err.write(_("Not made (--strict): look at these trips first.") + "\n")

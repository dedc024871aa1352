"""`intzaken report ...`: any printed report as a PDF file; the annual overview and the
planned-trips letter also as a Word document (`--format docx`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..i18n import _, ngettext
from ..reports import FORMATS, REPORTS, ReportError, build_report, default_filename
from ..reports.registry import WOO_FORMATS
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work


def add_report_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        parents=[db],
        help=_("make a report as PDF"),
        description=_("Make a report as a PDF file."),
    )
    kinds = report.add_subparsers(dest="report", metavar=_("REPORT"), required=True)
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument(
        "--out",
        type=Path,
        metavar=_("FILE.pdf"),
        help=_("where the file goes (default: a fitting name in the current folder)"),
    )
    common = [db, out]
    # The reports staff finish in Word; the others are printed as PDF only; the Woo list
    # is also data to publish.
    word = _format_parser(
        FORMATS, _("pdf (default) or docx, a Word document to finish in your own letter template")
    )
    table = _format_parser(
        WOO_FORMATS, _("pdf (default), docx (Word) or csv, the list as data to publish")
    )

    def add(key: str, help_text: str) -> argparse.ArgumentParser:
        formats = REPORTS[key].formats
        chosen = [table] if "csv" in formats else [word] if "docx" in formats else []
        return kinds.add_parser(
            key,
            parents=common + chosen,
            help=help_text,
            description=f"{REPORTS[key].name}: {REPORTS[key].description}",
        )

    add("trip", _("trip card: one page per trip")).add_argument(
        "--id",
        dest="trip_ids",
        type=int,
        nargs="+",
        required=True,
        metavar="N",
        help=_("number of the trip (more numbers: more cards)"),
    )
    add("briefing", _("briefing pack for one trip")).add_argument(
        "--id", dest="trip_id", type=int, required=True, metavar="N", help=_("number of the trip")
    )
    pocket = add("programme", _("pocket programme of one trip (A5)"))
    pocket.add_argument(
        "--id", dest="trip_id", type=int, required=True, metavar="N", help=_("number of the trip")
    )
    paper = pocket.add_mutually_exclusive_group()
    paper.add_argument(
        "--two-up",
        dest="layout",
        action="store_const",
        const="two-up",
        default="a5",
        help=_("two A5 pages on each A4 sheet (landscape), to cut or fold"),
    )
    paper.add_argument(
        "--phone",
        dest="layout",
        action="store_const",
        const="phone",
        help=_("one narrow column, to read on a phone"),
    )
    annual = add("annual", _("annual overview of official trips abroad"))
    annual.add_argument("--year", type=int, required=True, metavar=_("YEAR"), help=_("the year"))
    annual.add_argument(
        "--intro",
        type=Path,
        metavar=_("FILE"),
        help=_(
            "text file (UTF-8) with an introduction of your own; "
            "separate paragraphs with a blank line"
        ),
    )
    planned = add("planned", _("planned trips in a period"))
    planned.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar=_("YYYY-MM"),
        help=_("first month, for example 2025-06"),
    )
    planned.add_argument(
        "--to",
        dest="end",
        required=True,
        metavar=_("YYYY-MM"),
        help=_("last month, for example 2025-09"),
    )
    add("budget", _("budget overview of a year")).add_argument(
        "--year", type=int, required=True, metavar=_("YEAR"), help=_("the budget year")
    )
    add("relations", _("overview of relations and networks"))
    add("agreements", _("list of agreements under the Woo (PDF, Word or CSV)"))


def _format_parser(formats: tuple[str, ...], help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--format", choices=formats, default="pdf", help=help_text)
    return parser


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
        return {"year": args.year, "intro": _intro(args.intro)}
    names = {
        "trip": ("trip_ids",),
        "briefing": ("trip_id",),
        "programme": ("trip_id", "layout"),
        "planned": ("start", "end"),
        "budget": ("year",),
        "relations": (),
        "agreements": (),
    }[args.report]
    return {name: getattr(args, name) for name in names}


def run_report(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    params = _params(args)
    target = args.out or Path.cwd() / default_filename(args.report, **params)
    opened = open_for_reading(database)
    try:
        with allow_long_work(opened.sessions()) as session:
            try:
                report = build_report(args.report, session, target, **params)
            except OSError as exc:
                raise ReportError(
                    _("The report cannot be written to {target}: {error}").format(
                        target=target, error=exc.strerror or exc
                    )
                ) from exc
    finally:
        opened.close()
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

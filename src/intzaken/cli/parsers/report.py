"""The arguments of `intzaken report ...`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...i18n import _
from ...reports.titles import (
    COUNCIL_REPORTS,
    FORMATS,
    LETTER_REPORTS,
    REPORT_FORMATS,
    REPORT_TITLES,
)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


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
        REPORT_FORMATS["agreements"],
        _("pdf (default), docx (Word) or csv, the list as data to publish"),
    )

    # The council reports: their trips' plausibility findings come first (preflight.py).
    strict = argparse.ArgumentParser(add_help=False)
    strict.add_argument(
        "--strict",
        action="store_true",
        help=_(
            "make no report while the plausibility check questions one of its trips "
            "(exit status 1); without it the findings go to standard error and the "
            "report is made"
        ),
    )

    # A council letter's own date and reference (reports/council_letter.py).
    letter = argparse.ArgumentParser(add_help=False)
    letter.add_argument(
        "--reference",
        metavar=_("REFERENCE"),
        help=_(
            "the letter's reference (kenmerk); after the prefix of the organisation's "
            "settings, if there is one"
        ),
    )
    letter.add_argument(
        "--date",
        dest="letter_date",
        metavar=_("DATE"),
        help=_("the letter's date, for example 2025-06-02 (default: today)"),
    )

    # Where each record's facts come from, printed on request (issue 23).
    sourced = argparse.ArgumentParser(add_help=False)
    sourced.add_argument(
        "--sources",
        action="store_true",
        help=_(
            "end with a section naming per record the source document, its date and "
            "page, with derived records marked"
        ),
    )

    def add(key: str, help_text: str) -> argparse.ArgumentParser:
        return kinds.add_parser(
            key,
            parents=common
            + _format_choice(REPORT_FORMATS.get(key, ()), word=word, table=table)
            + ([strict] if key in COUNCIL_REPORTS else [])
            + ([letter] if key in LETTER_REPORTS else [])
            + ([sourced] if key in SOURCED_REPORTS else []),
            help=help_text,
            description=_description(key),
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
    annual.add_argument(
        "--letter",
        action="store_true",
        help=_(
            "enclose the overview with a council information letter (addressee, date, "
            "reference, subject and the college's signatures)"
        ),
    )
    _from_to(
        add("planned", _("planned trips in a period")),
        ("start", "end"),
        str,
        _("YYYY-MM"),
        (_("first month, for example 2025-06"), _("last month, for example 2025-09")),
    )
    _from_to(
        add("years", _("multi-year overview of official trips abroad")),
        ("first_year", "last_year"),
        int,
        _("YYYY"),
        (_("first year, for example 2020"), _("last year, for example 2024 (at most 25 years)")),
    )
    add("budget", _("budget overview of a year")).add_argument(
        "--year", type=int, required=True, metavar=_("YEAR"), help=_("the budget year")
    )
    add("relations", _("overview of relations and networks")).add_argument(
        "--id",
        dest="relation_ids",
        type=int,
        nargs="+",
        metavar="N",
        help=_("only these relations (numbers), each with its timeline"),
    )
    add("agreements", _("list of agreements under the Woo (PDF, Word or CSV)"))
    _from_to(
        add("subsidies", _("EU subsidies obtained in a period (PDF or Word)")),
        ("start", "end"),
        str,
        _("YYYY-MM"),
        (_("first month, for example 2018-01"), _("last month, for example 2023-12")),
    )


SOURCED_REPORTS = frozenset({"trip", "annual", "relations"})


def _from_to(
    parser: argparse.ArgumentParser,
    names: tuple[str, str],
    kind: type,
    metavar: str,
    helps: tuple[str, str],
) -> None:
    """--from and --to, both required: the first and last month or year."""
    for option, name, help_text in zip(("--from", "--to"), names, helps, strict=True):
        parser.add_argument(
            option, dest=name, type=kind, required=True, metavar=metavar, help=help_text
        )


def _format_parser(formats: tuple[str, ...], help_text: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--format", choices=formats, default="pdf", help=help_text)
    return parser


def _format_choice(
    formats: tuple[str, ...], *, word: argparse.ArgumentParser, table: argparse.ArgumentParser
) -> list[argparse.ArgumentParser]:
    if "csv" in formats:
        return [table]
    return [word] if "docx" in formats else []


def _description(key: str) -> str:
    name, description = REPORT_TITLES[key]
    return f"{_(name)}: {_(description)}"

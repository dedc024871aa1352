"""The arguments of `intzaken export ...` and `intzaken import ...`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...i18n import _
from ...register_keys import MAIN_REGISTERS

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any

PROGRAMME = "programme"  # not a register: one trip's programme, as calendar events
OPEN_DATA = "open-data"  # not a register: a year's trips made, to publish (open_data_command)
# exchange.conflicts.Keep's values (tests/test_cli_startup.py holds them equal): that
# module reads the history with SQLAlchemy, which the help need not load.
PREFER = ("database", "file")


def add_exchange_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        parents=[db],
        help=_("write registers to Excel, CSV or iCalendar"),
        description=_(
            "Write a register, or all registers, to an Excel workbook (one sheet per "
            "register), to CSV, or the trips to an iCalendar file (.ics) for Outlook. The "
            "workbook is also the template for 'import'."
        ),
    )
    export.add_argument(
        "register",
        nargs="?",
        choices=(*MAIN_REGISTERS, PROGRAMME, OPEN_DATA),
        help=_(
            "which register (default: all), or 'programme' with --id: a trip's programme "
            "as calendar events (--format ics), or 'open-data' with --year: the trips made "
            "that year as open data (CSV and DCAT-AP-DONL metadata) in the folder --out"
        ),
    )
    export.add_argument(
        "--id", dest="trip_id", type=int, metavar="N", help=_("the trip's number (with programme)")
    )
    export.add_argument(
        "--format",
        choices=("xlsx", "csv", "ics"),
        default="xlsx",
        help=_("xlsx (default), csv or ics (trips only)"),
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar=_("FILE"),
        help=_(
            "where the file goes; for csv without a register a folder with one file per "
            "sheet; for open-data a folder"
        ),
    )
    export.add_argument(
        "--empty",
        action="store_true",
        help=_("only the column headings: an empty template to fill in"),
    )
    export.add_argument(
        "--year",
        type=int,
        metavar=_("YEAR"),
        help=_("only the trips of this year (with --format ics; required with open-data)"),
    )

    imported = sub.add_parser(
        "import",
        parents=[db],
        help=_("read registers in from Excel or CSV"),
        description=_(
            "Read in an Excel workbook or CSV file (as 'export' writes them). All or "
            "nothing: with one problem nothing is written, and every problem is in the "
            "output with sheet, row and column. A backup of the database is made first."
        ),
    )
    imported.add_argument(
        "file",
        type=Path,
        metavar=_("FILE"),
        help=_("an .xlsx workbook, an .ods spreadsheet, a .csv file or a folder of .csv files"),
    )
    imported.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only check and show what would happen; write nothing"),
    )
    # Named as merge's --prefer: which side wins where both changed a record.
    imported.add_argument(
        "--prefer",
        choices=PREFER,
        help=_(
            "where a colleague changed a record after the export and the file says "
            "otherwise (a conflict): keep the database (database) or take over the file "
            "(file)"
        ),
    )

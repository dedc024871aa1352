"""The arguments of `intzaken history`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...i18n import _
from ...register_keys import RegisterKey

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_history_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    history = sub.add_parser(
        "history",
        parents=[db],
        help=_("show the history of changes"),
        description=_(
            "Show who changed what when, newest first: of the whole file, of a register or "
            "of one record; or write it to a CSV file or Excel workbook."
        ),
    )
    history.add_argument("--register", choices=tuple(RegisterKey), help=_("only this register"))
    history.add_argument(
        "--id",
        type=int,
        metavar=_("NO"),
        help=_("only the record with this number (with --register)"),
    )
    history.add_argument(
        "--out", type=Path, metavar=_("FILE"), help=_("write to a .csv or .xlsx file")
    )

"""The arguments of `intzaken search`."""

from __future__ import annotations

import argparse

from ...i18n import _
from ...services.search.limits import DEFAULT_LIMIT

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_search_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    finder = sub.add_parser(
        "search",
        parents=[db],
        help=_("find anything across the registers"),
        description=_(
            "Find records in every register, their programmes, contacts and notes: "
            "every word must occur somewhere in a record; case and accents do not matter."
        ),
    )
    finder.add_argument("words", nargs="+", metavar=_("WORD"), help=_("what to look for"))
    finder.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=_("results per register (default {limit})").format(limit=DEFAULT_LIMIT),
    )
    finder.add_argument("--format", choices=("table", "json"), default="table")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(_("give a whole number of 1 or more"))
    return value

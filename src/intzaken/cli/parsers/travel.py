"""The arguments of `intzaken travel-copy` and `intzaken merge`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...i18n import _

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_travel_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    copy = sub.add_parser(
        "travel-copy",
        parents=[db],
        help=_("take a travel copy along on a trip"),
        description=_(
            "Write a travel copy: a database file of its own that opens in Intzaken "
            "without a network. Without --trip everything is in it; with --trip what that "
            "trip needs: the trip, the relations at its destinations, their agreements, "
            "the networks of the trip and of the travellers, the contacts, earlier visits "
            "to the same destinations and everything those refer to. Afterwards, put the "
            "copy back with 'merge'."
        ),
    )
    copy.add_argument(
        "--trip",
        type=int,
        metavar=_("NUMBER"),
        help=_("only what this trip needs (the number from 'list trips')"),
    )
    copy.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the new file, for example travel-copy.sqlite"),
    )
    copy.add_argument("--force", action="store_true", help=_("replace an existing file"))

    merge = sub.add_parser(
        "merge",
        parents=[db],
        help=_("put a travel copy back into the team database"),
        description=_(
            "Put the changes from a travel copy back into the team database (--db). What "
            "was changed only in the travel copy or only in the team database goes by "
            "itself. What was changed differently on both sides is a conflict: as long as "
            "one is open, nothing is written and the exit status is 1. All or nothing, in "
            "one transaction, after a backup."
        ),
    )
    merge.add_argument("file", type=Path, metavar=_("FILE"), help=_("the travel copy"))
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help=_(
            "solve every conflict with the value from the travel copy (mine) or from the "
            "team database (theirs)"
        ),
    )
    merge.add_argument(
        "--deletions",
        choices=("delete", "keep"),
        help=_(
            "what was deleted in the travel copy: delete it in the team database too "
            "(delete) or keep it there (keep)"
        ),
    )
    merge.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only show what would happen; write nothing"),
    )

"""The arguments of `intzaken officials handover`."""

from __future__ import annotations

import argparse

from ...i18n import _

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_officials_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    officials = sub.add_parser(
        "officials",
        help=_("work on the officials"),
        description=_("Work on the officials as a whole, such as after an election."),
    )
    actions = officials.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    handover = actions.add_parser(
        "handover",
        parents=[db],
        help=_("hand over the responsibilities of officials who left"),
        description=_(
            "Give the networks and relations of officials no longer in office (or of the "
            "one official given with --from) a new responsible official: the one given "
            "with --to, or else the official now holding the same portfolio code. A "
            "responsibility without a successor stays as it is. All in one transaction, "
            "each change in the history."
        ),
    )
    handover.add_argument(
        "--from",
        dest="leaving",
        metavar=_("OFFICIAL"),
        help=_("only the responsibilities of this official (name or number)"),
    )
    handover.add_argument(
        "--to",
        dest="successor",
        metavar=_("OFFICIAL"),
        help=_("give every responsibility to this official (name or number)"),
    )
    handover.add_argument(
        "--dry-run",
        action="store_true",
        help=_("only show what would happen; write nothing"),
    )

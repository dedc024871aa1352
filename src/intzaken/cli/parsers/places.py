"""The arguments of `intzaken places`."""

from __future__ import annotations

import argparse

from ...i18n import _

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_places_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    places = sub.add_parser(
        "places",
        help=_("work on the places register"),
        description=_("Work on the places register (cities and regions)."),
    )
    actions = places.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    fill = actions.add_parser(
        "fill-coordinates",
        parents=[db],
        help=_("give places without coordinates those of GeoNames"),
        description=_(
            "Give every city without coordinates those of GeoNames (shipped with the app, "
            "offline) when its name is unambiguous in its country; list the names with "
            "several candidates, to choose by hand, and those GeoNames does not know. "
            "Coordinates already there and regions are left as they are."
        ),
    )
    fill.add_argument("--dry-run", action="store_true", help=_("only say what would be filled in"))

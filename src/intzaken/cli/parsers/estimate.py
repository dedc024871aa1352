"""The arguments of `intzaken estimate`."""

from __future__ import annotations

import argparse

from ...i18n import _

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_estimate_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    estimate = sub.add_parser(
        "estimate",
        parents=[db],
        help=_("estimate the CO2 of trips from their journeys"),
        description=_(
            "Estimate the CO2 of every trip (or one) from its journey; a trip without "
            "a journey gets one proposed from the home place. A trip keeps the emission "
            "factors it was estimated with, unless --again is given."
        ),
    )
    estimate.add_argument("--trip", type=int, metavar=_("NUMBER"), help=_("only trip NUMBER"))
    estimate.add_argument(
        "--again",
        action="store_true",
        help=_("with the newest emission factors and the current choice on radiative forcing"),
    )

"""`intzaken places fill-coordinates`: the coordinates places lack, from GeoNames."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..i18n import _, ngettext
from ..services.gazetteer import describe
from ..services.place_positions import CoordinatesFilled, PlaceWithout, fill_coordinates
from ..store.commit_outcome import committed
from ..store.database import open_database
from ..store.location import Location


def run_places(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    opened = open_database(database, exclusive=True)  # no other writer meanwhile
    try:
        with opened.sessions() as session:
            if args.dry_run:
                result = fill_coordinates(session, dry_run=True)
                session.rollback()
            else:
                opened.require_sound()  # never write into a file still being checked
                with committed(session, opened.location):
                    result = fill_coordinates(session)
            _report(result, out, dry_run=args.dry_run)
    finally:
        opened.close()
    return 0


def _report(result: CoordinatesFilled, out: TextIO, *, dry_run: bool) -> None:
    for place, city in result.filled:
        out.write(f"{_named(place)}: {describe(city)}\n")
    count = len(result.filled)
    if dry_run:
        said = ngettext(
            "Dry run: {count} place would get coordinates from GeoNames.",
            "Dry run: {count} places would get coordinates from GeoNames.",
            count,
        )
    else:
        said = ngettext(
            "{count} place got coordinates from GeoNames.",
            "{count} places got coordinates from GeoNames.",
            count,
        )
    out.write(said.format(count=count) + "\n")
    if result.ambiguous:
        out.write(
            "\n"
            + _(
                "Several cities of these names: put the coordinates of the one meant in the "
                "sheet 'Plaatsen' of an export and import it."
            )
            + "\n"
        )
        for place in result.ambiguous:
            out.write(f"{_named(place)}:\n")
            for city in place.candidates:
                out.write(f"  - {describe(city)}\n")
    if result.unknown:
        out.write("\n" + _("Not in GeoNames's list of cities:") + "\n")
        out.write("".join(f"  - {_named(place)}\n" for place in result.unknown))
    if result.regions:
        out.write("\n" + _("Regions, left to you (GeoNames lists cities):") + "\n")
        out.write("".join(f"  - {_named(place)}\n" for place in result.regions))


def _named(place: PlaceWithout) -> str:
    number = _("number {number}").format(number=place.place_id)
    return f"{place.name} ({place.country_code}, {number})"

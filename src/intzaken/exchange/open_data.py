"""Open data: a year's trips that took place as a CSV file in a stable, documented layout
(docs/dev/open-data.md), with its metadata in the Dutch open-data profile beside it
(open_data_metadata.py), ready for the municipality's open data portal.

The trips are the annual overview's own (services/reporting.py `done_trips`) and the
totals its own sums (services/known_figures.py), so the file and the council report agree
figure for figure. A figure nobody knows is an empty cell, never 0.

Both files are written whole or not at all; the CSV first, then the metadata that
describes it, so a folder never holds metadata for a file that is not there.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.models import Trip
from ..i18n import _
from ..public_csv import Cell, write_csv
from ..services.errors import ServiceError
from ..services.known_figures import KnownSum, TripSums, known_total, sums_of
from ..services.organisation import get_organisation
from ..services.reporting import done_trips
from ..written_files import replacing
from .open_data_metadata import DatasetFacts, dataset_metadata

# The layout is a promise to whoever reads the file: columns are only ever added at the
# end, never renamed, removed or moved (docs/dev/open-data.md describes each one).
COLUMNS = (
    "trip_id",
    "title",
    "kind",
    "start_date",
    "end_date",
    "date_precision",
    "countries",
    "places",
    "lead",
    "travellers",
    "number_of_travellers",
    "transport",
    "travel_and_stay_eur",
    "other_costs_eur",
    "council_costs_eur",
    "co2_offset_eur",
    "total_costs_eur",
    "co2_tonnes",
    # Added with issue 21, at the end as promised.
    "third_party_eur",
    "third_party_payer",
    "cancellation_costs_eur",
    "estimated_travel_and_stay_eur",
    "estimated_other_costs_eur",
)
LIST_SEPARATOR = "; "  # between the items of a list in one cell (countries, travellers)


class OpenDataError(ServiceError):
    """Nothing to publish (no trips that year); the message is for the user."""


@dataclass(frozen=True)
class OpenDataExport:
    csv_path: Path
    metadata_path: Path
    trips: int
    sums: TripSums  # the annual overview's sums over the same trips


def file_names(year: int) -> tuple[str, str]:
    """The CSV's name and its metadata's: the same in every language, as a portal that
    harvests the folder expects."""
    stem = f"official-trips-{year}"
    return f"{stem}.csv", f"{stem}.metadata.jsonld"


def _amount(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.01"))


def trip_row(trip: Trip) -> list[Cell]:
    """One trip as a row of COLUMNS: ISO dates, amounts in euros with a point and two
    decimals, CO2 in tonnes with three, codes where the register has a closed list."""
    # Whose trip it counts as, as in the annual overview: the leader, else the first.
    lead = trip.lead or (trip.travellers[0].official if trip.travellers else None)
    council = KnownSum().plus_parts([trip.travel_and_stay, trip.other_costs]).value
    return [
        trip.id,
        trip.title,
        trip.kind.value,
        trip.start_date.isoformat() if trip.start_date else None,
        trip.end_date.isoformat() if trip.end_date else None,
        trip.date_precision.value,
        LIST_SEPARATOR.join(dict.fromkeys(d.country_code for d in trip.destinations)),
        LIST_SEPARATOR.join(d.place.name for d in trip.destinations if d.place is not None),
        lead.name if lead is not None else None,
        LIST_SEPARATOR.join(t.official.name for t in trip.travellers),
        len(trip.travellers),
        LIST_SEPARATOR.join(t.mode.value for t in trip.transport),
        _amount(trip.travel_and_stay),
        _amount(trip.other_costs),
        _amount(council),
        _amount(trip.co2_offset),
        _amount(known_total(trip)),
        None if trip.co2_tonnes is None else trip.co2_tonnes.quantize(Decimal("0.001")),
        _amount(trip.third_party_costs),
        trip.third_party_payer or None,
        _amount(trip.cancellation_costs),
        _amount(trip.estimated_travel_and_stay),
        _amount(trip.estimated_other_costs),
    ]


def export_open_data(
    session: Session, year: int, folder: Path, *, modified: dt.date
) -> OpenDataExport:
    """Write the trips of `year` that took place, and their metadata, into `folder`
    (made when missing). `modified` is the date the data set is said to be changed on.

    Raises OpenDataError when no trip of that year took place, OSError when the folder
    cannot be written (nothing half-written is left behind).
    """
    trips = done_trips(session, year)
    if not trips:
        raise OpenDataError(
            _("There are no trips made in {year}; no open data has been written.").format(year=year)
        )
    csv_name, metadata_name = file_names(year)
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, metadata_path = folder / csv_name, folder / metadata_name
    write_csv(csv_path, COLUMNS, (trip_row(trip) for trip in trips))
    organisation = get_organisation(session)
    facts = DatasetFacts(
        year=year,
        organisation=organisation,
        trips=len(trips),
        csv_name=csv_name,
        csv_bytes=csv_path.stat().st_size,
        modified=modified,
    )
    text = json.dumps(dataset_metadata(facts), indent=2, ensure_ascii=False) + "\n"
    with replacing(metadata_path) as partial:
        partial.write_text(text, encoding="utf-8")
    return OpenDataExport(csv_path, metadata_path, len(trips), sums_of(trips))

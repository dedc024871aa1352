"""New places of the Plaatsen sheet written in bulk, as trip_rows.py writes trips: one
executemany (a COPY on PostgreSQL) instead of a savepoint and a unit-of-work flush per
place, for places the rules (services.places.check_place) have already accepted. (Places
a row names that the file does not list are added one by one as they are named:
names.py.)

What is stored is what services.places stores for the same checked place;
tests/test_exchange_bulk_registers.py holds the two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import Place
from ..services.sources import source_values
from .bulk_rows import BulkRows, Written


def insert_places(session: Session, places: Sequence[Place]) -> Written:
    """Store `places` (checked, in no session) as new records in the session's
    transaction; (number, uuid) of each."""
    if not places:
        return []
    rows = BulkRows(session, Place, len(places))
    for place_id, place in zip(rows.ids, places, strict=True):
        rows.record(
            place_id,
            **source_values(place),
            name=place.name,
            kind=place.kind,
            country_code=place.country_code,
            latitude=place.latitude,
            longitude=place.longitude,
        )
    return rows.write()

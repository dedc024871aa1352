"""The travel policy (treingrens): below a distance, and optionally a train time, the
train is the rule; a flight below it needs a reason on the trip (issue 20). Councils set
such rules: Utrecht by train up to 750 km, Amsterdam up to 6 hours, central government
500 km. Also the organisation's choice whether CO2 estimates include radiative forcing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .trip_listing import driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

MAX_KM = 20_000  # half the Earth's circumference: any larger is a typing slip
MAX_MINUTES = 48 * 60


@dataclass(frozen=True)
class TravelPolicy:
    train_below_km: int | None = None
    train_below_minutes: int | None = None
    with_radiative_forcing: bool = True
    # The average speed of the rough train time for a flight without a looked-up one
    # (services/train_time.py); None: the app's default.
    train_speed_kmh: int | None = None

    @property
    def active(self) -> bool:
        return self.train_below_km is not None or self.train_below_minutes is not None


def travel_policy(source: Session | Connection) -> TravelPolicy:
    """The organisation's policy, read as a row (`intzaken check` reads without the ORM)."""
    row = (
        driver_connection(source)
        .execute(
            "SELECT train_rule_km, train_rule_minutes, co2_with_radiative_forcing,"
            " train_speed_kmh FROM organisations ORDER BY id LIMIT 1"
        )
        .fetchone()
    )
    if row is None:
        return TravelPolicy()
    return TravelPolicy(row[0], row[1], bool(row[2]), row[3])

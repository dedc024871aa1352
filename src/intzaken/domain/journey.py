"""The journey of a trip as legs between places, for its CO2 estimate (issue 20).

Not the booked legs of the Logistiek tab (domain/mission.py: carrier, flight number,
local times as on the ticket): these say only where from, where to and how, between
places with coordinates, and for a flight optionally the airports and the cabin.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import CabinClass, TransportMode
from .places import Place


class JourneyLeg(Base):
    __tablename__ = "journey_legs"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    from_place_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    to_place_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    mode: Mapped[TransportMode] = mapped_column(enum_column(TransportMode))
    # IATA codes ("RTM", "NTE"); "" when not given: the places' own coordinates are used.
    from_airport: Mapped[str] = mapped_column(String(3), default="")
    to_airport: Mapped[str] = mapped_column(String(3), default="")
    cabin: Mapped[CabinClass] = mapped_column(enum_column(CabinClass), default=CabinClass.AVERAGE)
    # For a flight: the door-to-door time by train the staff looked up (NS International,
    # minutes), checked against the travel policy's train time. None: not looked up; the
    # check then uses a rough estimate from the distance (services/train_time.py).
    train_minutes: Mapped[int | None]

    from_place: Mapped[Place] = relationship(foreign_keys=[from_place_id])
    to_place: Mapped[Place] = relationship(foreign_keys=[to_place_id])

"""What preparing a mission adds to a trip: the legs of the journey, where the delegation
stays, and who receives it.

Times of a leg are local wall-clock times (naive) with the IANA time zone of the place:
a flight leaves Amsterdam at 14:05 Europe/Amsterdam and lands in Shanghai at 07:30
Asia/Shanghai, as the ticket says. Comparing them needs both zones (services/trips.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import TransportMode
from .people import Contact
from .quantities import Money


class TripLeg(Base):
    __tablename__ = "trip_legs"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    mode: Mapped[TransportMode] = mapped_column(enum_column(TransportMode))
    carrier: Mapped[str] = mapped_column(String(100), default="")  # "KLM"
    number: Mapped[str] = mapped_column(String(40), default="")  # "KL 895"
    from_place: Mapped[str] = mapped_column(String(200), default="")
    to_place: Mapped[str] = mapped_column(String(200), default="")
    departure: Mapped[dt.datetime | None]  # local wall time at from_place
    departure_time_zone: Mapped[str] = mapped_column(String(64), default="")
    arrival: Mapped[dt.datetime | None]  # local wall time at to_place
    arrival_time_zone: Mapped[str] = mapped_column(String(64), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")  # booking reference


class TripStay(Base):
    __tablename__ = "trip_stays"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    hotel: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    check_in: Mapped[dt.date | None]
    check_out: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class TripHost(Base):
    """Someone who receives the delegation (the host city's mayor, a port director)."""

    __tablename__ = "trip_hosts"

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trips.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]
    role: Mapped[str] = mapped_column(String(200), default="")

    contact: Mapped[Contact] = relationship()


class TripGift(Base):
    """A gift received on a trip (the gifts register, issue 21): what, from whom, its
    estimated value and where it is kept now ("kast kabinet", "Museum Rotterdam")."""

    __tablename__ = "trip_gifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    description: Mapped[str] = mapped_column(String(300))
    giver: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[Decimal | None] = mapped_column(Money)
    kept_at: Mapped[str] = mapped_column(String(200), default="")

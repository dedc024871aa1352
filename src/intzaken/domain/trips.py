"""Official trips abroad: destinations, travellers, delegation, costs, CO2 and programme."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Base, enum_column, link_table
from .budget import BudgetLine
from .enums import DatePrecision, TransportMode, TripKind, TripStatus
from .identity import Tracked
from .networks import Network
from .people import Contact, Official
from .places import Country, Place
from .quantities import Money, Tonnes
from .relations import Relation
from .themes import Theme

trip_themes = link_table("trip_themes", "trip", "theme")
trip_relations = link_table("trip_relations", "trip", "relation")
trip_networks = link_table("trip_networks", "trip", "network")
trip_agreements = link_table("trip_agreements", "trip", "agreement")


def total_costs(
    travel_and_stay: Decimal | None, other_costs: Decimal | None, co2_offset: Decimal | None
) -> Decimal:
    """Everything paid for a trip, the CO2 offset included (also for column queries)."""
    parts = (travel_and_stay, other_costs, co2_offset)
    return sum((p for p in parts if p is not None), Decimal("0.00"))


class Trip(Tracked, Base):
    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[TripKind] = mapped_column(enum_column(TripKind))
    status: Mapped[TripStatus] = mapped_column(enum_column(TripStatus), index=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    # A trip that only knows its month keeps the first and last day of that month,
    # with precision MONTH, so sorting and filtering by date work the same for all trips.
    start_date: Mapped[dt.date | None] = mapped_column(index=True)
    end_date: Mapped[dt.date | None]
    date_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision), default=DatePrecision.DAY
    )
    travel_and_stay: Mapped[Decimal | None] = mapped_column(Money)
    other_costs: Mapped[Decimal | None] = mapped_column(Money)
    co2_tonnes: Mapped[Decimal | None] = mapped_column(Tonnes)
    co2_offset: Mapped[Decimal | None] = mapped_column(Money)
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_lines.id"), index=True)
    outcomes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    budget_line: Mapped[BudgetLine | None] = relationship()
    destinations: Mapped[list[TripDestination]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="TripDestination.position"
    )
    travellers: Mapped[list[TripTraveller]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="TripTraveller.position"
    )
    transport: Mapped[list[TripTransport]] = relationship(
        cascade="all, delete-orphan", order_by="TripTransport.position"
    )
    delegation: Mapped[list[DelegationMember]] = relationship(
        cascade="all, delete-orphan", order_by="DelegationMember.id"
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        cascade="all, delete-orphan",
        order_by="(ProgrammeItem.day, ProgrammeItem.time.nulls_first(), ProgrammeItem.id)",
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUp.id"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=trip_themes, order_by=Theme.name)
    # Ordered, also where the order means nothing: SQLite and PostgreSQL would otherwise
    # each give their own, and nulls come first in both (SQLite's way).
    relations: Mapped[list[Relation]] = relationship(secondary=trip_relations, order_by=Relation.id)
    networks: Mapped[list[Network]] = relationship(secondary=trip_networks, order_by=Network.id)
    agreements: Mapped[list[Agreement]] = relationship(
        secondary=trip_agreements, order_by=Agreement.id
    )

    @property
    def total_costs(self) -> Decimal:
        """Everything paid for the trip, the CO2 offset included."""
        return total_costs(self.travel_and_stay, self.other_costs, self.co2_offset)

    @property
    def lead(self) -> Official | None:
        return next((t.official for t in self.travellers if t.is_lead), None)


class TripDestination(Base):
    """A stop on the trip: a country, narrowed to a city or region where known."""

    __tablename__ = "trip_destinations"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)

    trip: Mapped[Trip] = relationship(back_populates="destinations")
    country: Mapped[Country] = relationship()
    place: Mapped[Place | None] = relationship()


class TripTraveller(Base):
    __tablename__ = "trip_travellers"

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trips.id", ondelete="CASCADE"), primary_key=True
    )
    official_id: Mapped[int] = mapped_column(
        ForeignKey("officials.id"), primary_key=True, index=True
    )
    position: Mapped[int]
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)

    trip: Mapped[Trip] = relationship(back_populates="travellers")
    official: Mapped[Official] = relationship()


class TripTransport(Base):
    __tablename__ = "trip_transport"

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trips.id", ondelete="CASCADE"), primary_key=True
    )
    mode: Mapped[TransportMode] = mapped_column(enum_column(TransportMode), primary_key=True)
    position: Mapped[int]


class DelegationMember(Base):
    """Someone from another organisation travelling along (police, port, companies)."""

    __tablename__ = "delegation_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")


class ProgrammeItem(Base):
    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date]
    time: Mapped[dt.time | None] = mapped_column(Time)
    activity: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(300), default="")
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )

    contact: Mapped[Contact | None] = relationship()


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)

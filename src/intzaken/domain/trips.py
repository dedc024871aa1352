"""Official trips abroad: destinations, travellers, delegation, costs, CO2 and programme."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Base, enum_column, link_table
from .budget import BudgetLine
from .costs import total_costs
from .enums import DatePrecision, TransportMode, TripKind, TripStatus
from .identity import Tracked
from .journey import JourneyLeg
from .mission import TripGift, TripHost, TripLeg, TripStay
from .networks import Network
from .people import Contact, Official
from .places import Country, Place
from .quantities import Money, Tonnes
from .relations import Relation
from .sourcing import Sourced
from .themes import Theme

trip_themes = link_table("trip_themes", "trip", "theme")
trip_relations = link_table("trip_relations", "trip", "relation")
trip_networks = link_table("trip_networks", "trip", "network")
trip_agreements = link_table("trip_agreements", "trip", "agreement")
# Which travellers attend a programme item; none listed means the whole delegation.
programme_attendees = link_table("programme_attendees", "programme_item", "official")


class Trip(Sourced, Tracked, Base):
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
    # The columns councils ask for (issue 21). What a third party paid for the trip (not
    # in the costs above, which are the municipality's own) and who ("EU Interreg").
    third_party_costs: Mapped[Decimal | None] = mapped_column(Money)
    third_party_payer: Mapped[str] = mapped_column(String(200), default="")
    # Paid for bookings that were cancelled: kept apart from the blocks above, and so
    # outside both totals (the council report's and the one with the CO2 offset).
    cancellation_costs: Mapped[Decimal | None] = mapped_column(Money)
    # The estimate per cost block the trip was approved with. While a trip is planned its
    # costs are its estimate (services/trips.py keeps the two together); the estimate
    # stays when the actual figures come in, so the difference can be reported.
    estimated_travel_and_stay: Mapped[Decimal | None] = mapped_column(Money)
    estimated_other_costs: Mapped[Decimal | None] = mapped_column(Money)
    # The CO2 estimate from the journey (services/co2_estimate.py), for the whole
    # delegation, and what it was made with, so a printed figure can be reproduced after
    # newer factors arrive: the factor set's id and year, whether radiative forcing was
    # included, how many travellers it counted. None until estimated.
    co2_estimate: Mapped[Decimal | None] = mapped_column(Tonnes)
    co2_estimate_set: Mapped[str] = mapped_column(String(40), default="")
    co2_estimate_year: Mapped[int | None]
    co2_estimate_rf: Mapped[bool | None] = mapped_column(Boolean)
    co2_estimate_travellers: Mapped[int | None]
    # Why a flight below the travel policy's train distance was needed ("" if none given).
    policy_reason: Mapped[str] = mapped_column(Text, default="")
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_lines.id"), index=True)
    outcomes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Mission preparation: the IANA time zone the programme's times are in ("" until
    # known), how the delegation gets around there, and who helps it on the ground.
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    local_transport: Mapped[str] = mapped_column(Text, default="")
    ground_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )

    budget_line: Mapped[BudgetLine | None] = relationship()
    ground_contact: Mapped[Contact | None] = relationship()
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
        order_by="(ProgrammeItem.day, ProgrammeItem.position, ProgrammeItem.id)",
    )
    legs: Mapped[list[TripLeg]] = relationship(
        cascade="all, delete-orphan", order_by="(TripLeg.position, TripLeg.id)"
    )
    journey: Mapped[list[JourneyLeg]] = relationship(
        cascade="all, delete-orphan", order_by="(JourneyLeg.position, JourneyLeg.id)"
    )
    stays: Mapped[list[TripStay]] = relationship(
        cascade="all, delete-orphan", order_by="(TripStay.position, TripStay.id)"
    )
    hosts: Mapped[list[TripHost]] = relationship(
        cascade="all, delete-orphan", order_by="TripHost.position"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUp.id"
    )
    gifts: Mapped[list[TripGift]] = relationship(
        cascade="all, delete-orphan", order_by="(TripGift.position, TripGift.id)"
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
    role: Mapped[str] = mapped_column(String(200), default="")  # "woordvoerder"

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
    role: Mapped[str] = mapped_column(String(200), default="")  # in the delegation


class ProgrammeItem(Base):
    """One item of a mission's programme: a meeting, a visit, a transfer."""

    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date]
    position: Mapped[int] = mapped_column(default=0)  # the order within the day
    time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    # "" means the trip's own time zone; another IANA name for a stop elsewhere.
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    activity: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    talking_points: Mapped[str] = mapped_column(Text, default="")  # one point a line
    questions: Mapped[str] = mapped_column(Text, default="")  # one question a line
    dress_code: Mapped[str] = mapped_column(String(200), default="")
    gifts: Mapped[str] = mapped_column(String(300), default="")

    contact_links: Mapped[list[ProgrammeContact]] = relationship(
        cascade="all, delete-orphan", order_by="ProgrammeContact.position"
    )
    attendees: Mapped[list[Official]] = relationship(
        secondary=programme_attendees, order_by=Official.id
    )

    @property
    def contacts(self) -> list[Contact]:
        """The people met, in the order given."""
        return [link.contact for link in self.contact_links]

    @property
    def contact_ids(self) -> list[int]:
        return [link.contact_id for link in self.contact_links]


class ProgrammeContact(Base):
    """A person met at a programme item; the link goes when the contact is deleted."""

    __tablename__ = "programme_contacts"

    programme_item_id: Mapped[int] = mapped_column(
        ForeignKey("programme_items.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    contact: Mapped[Contact] = relationship()


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)

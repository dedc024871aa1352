"""Policies (an international policy framework and its period) and the priorities they
name: priority countries and regions, markets explored, sectors, themes and pillars.

A priority says which trips, relations and networks serve it. The links belong to the
priority, and so to its policy: they are proposed from the countries and themes of the
records (services/priority_proposals.py) and confirmed by a person, and a policy's history
shows every link made or undone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import PriorityKind
from .identity import Tracked
from .networks import Network
from .relations import Relation
from .sourcing import Sourced
from .themes import Theme
from .trips import Trip


def _priority_link(name: str, other: str) -> Table:
    """A many-to-many table from a priority to `other`s; rows go when either side goes.
    (base.link_table makes the plural by adding an s, which "priority" does not take.)"""
    return Table(
        name,
        Base.metadata,
        Column(
            "priority_id",
            Integer,
            ForeignKey("policy_priorities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            f"{other}_id",
            Integer,
            ForeignKey(f"{other}s.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


priority_themes = _priority_link("priority_themes", "theme")
priority_trips = _priority_link("priority_trips", "trip")
priority_relations = _priority_link("priority_relations", "relation")
priority_networks = _priority_link("priority_networks", "network")


class Policy(Sourced, Tracked, Base):
    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    period_from: Mapped[int | None]  # years, as policy frameworks state their period
    period_to: Mapped[int | None]
    adopted_on: Mapped[date | None]
    # The document the policy is taken from is its `source` (domain/sourcing.py), so a
    # council report citing the priorities can say where they come from.
    notes: Mapped[str] = mapped_column(Text, default="")

    priorities: Mapped[list[Priority]] = relationship(
        back_populates="policy",
        cascade="all, delete-orphan",
        order_by="(Priority.position, Priority.id)",
    )


class Priority(Base):
    """One priority of a policy. A region ("Golfregio") is a priority with several
    countries; a sector or pillar may name the themes by which records serve it."""

    __tablename__ = "policy_priorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(
        ForeignKey("policies.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)  # the order the policy names them
    kind: Mapped[PriorityKind] = mapped_column(enum_column(PriorityKind))
    name: Mapped[str] = mapped_column(String(200))
    # ISO 3166-1 alpha-2 codes separated by spaces ("AE SA QA KW BH OM"), as checked
    # against the countries table by the service; in the order the user gave them.
    country_codes: Mapped[str] = mapped_column(String(400), default="")

    policy: Mapped[Policy] = relationship(back_populates="priorities")
    themes: Mapped[list[Theme]] = relationship(secondary=priority_themes, order_by=Theme.name)
    # In an order every copy of the data agrees on (numbers differ between a database and
    # one an export was read into): trips by date, networks by name; services/policies.py
    # sorts the links it is given the same way.
    trips: Mapped[list[Trip]] = relationship(
        secondary=priority_trips, order_by=[Trip.start_date.nulls_first(), Trip.id]
    )
    relations: Mapped[list[Relation]] = relationship(
        secondary=priority_relations, order_by=Relation.id
    )
    networks: Mapped[list[Network]] = relationship(
        secondary=priority_networks, order_by=[Network.name, Network.id]
    )

    @property
    def countries(self) -> list[str]:
        return self.country_codes.split()

"""EU projects and subsidies: what the team applies for and runs with partner cities and
networks, what it brings in, and the dates it must not miss."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import FundingProgramme, ProjectRole, ProjectStatus
from .identity import Tracked
from .networks import Network
from .quantities import Money
from .relations import Relation
from .sourcing import Sourced
from .trips import Trip


def _project_link(other: str) -> Table:
    """A many-to-many table from a project to `other`s; rows go when either side goes."""
    return Table(
        f"project_{other}s",
        Base.metadata,
        Column(
            "project_id", Integer, ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
        ),
        Column(
            f"{other}_id",
            Integer,
            ForeignKey(f"{other}s.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


project_relations = _project_link("relation")
project_networks = _project_link("network")
project_trips = _project_link("trip")


class Project(Sourced, Tracked, Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    funding_programme: Mapped[FundingProgramme] = mapped_column(enum_column(FundingProgramme))
    call: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[ProjectRole] = mapped_column(enum_column(ProjectRole))
    status: Mapped[ProjectStatus] = mapped_column(enum_column(ProjectStatus))
    # Partners that are no relation or network of ours, as the application names them.
    other_partners: Mapped[str] = mapped_column(Text, default="")
    total_budget: Mapped[Decimal | None] = mapped_column(Money)
    grant: Mapped[Decimal | None] = mapped_column(Money)  # the municipality's own grant
    co_financing: Mapped[Decimal | None] = mapped_column(Money)  # what it pays itself
    call_deadline: Mapped[date | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    report_due: Mapped[date | None]  # the next report the funder expects
    notes: Mapped[str] = mapped_column(Text, default="")

    relations: Mapped[list[Relation]] = relationship(
        secondary=project_relations, order_by=Relation.id
    )
    networks: Mapped[list[Network]] = relationship(
        secondary=project_networks, order_by=[Network.name, Network.id]
    )
    # The trips that serve the project (a trip to a partner meeting).
    trips: Mapped[list[Trip]] = relationship(
        secondary=project_trips, order_by=[Trip.start_date.nulls_first(), Trip.id]
    )

"""Relations with cities abroad (twin cities, friendships, strategic partners) and their history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, link_table
from .enums import RelationEventKind, RelationKind, RelationStatus
from .identity import Tracked
from .people import Contact, Official
from .places import Place
from .sourcing import Sourced
from .themes import Theme

relation_themes = link_table("relation_themes", "relation", "theme")
relation_contacts = link_table("relation_contacts", "relation", "contact")


class Relation(Sourced, Tracked, Base):
    __tablename__ = "relations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RelationKind] = mapped_column(enum_column(RelationKind))
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    since_year: Mapped[int | None]
    status: Mapped[RelationStatus] = mapped_column(enum_column(RelationStatus))
    responsible_official_id: Mapped[int | None] = mapped_column(
        ForeignKey("officials.id"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    place: Mapped[Place] = relationship()
    responsible_official: Mapped[Official | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=relation_themes, order_by=Theme.name)
    contacts: Mapped[list[Contact]] = relationship(
        secondary=relation_contacts, order_by=[Contact.name, Contact.id]
    )
    events: Mapped[list[RelationEvent]] = relationship(
        back_populates="relation",
        cascade="all, delete-orphan",
        order_by="(RelationEvent.date, RelationEvent.id)",
    )


class RelationEvent(Base):
    __tablename__ = "relation_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    relation_id: Mapped[int] = mapped_column(
        ForeignKey("relations.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date]
    kind: Mapped[RelationEventKind] = mapped_column(enum_column(RelationEventKind))
    description: Mapped[str] = mapped_column(Text)

    relation: Mapped[Relation] = relationship(back_populates="events")

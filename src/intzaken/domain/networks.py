"""International city networks and the organisation's membership of each."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, link_table
from .enums import MembershipStatus, NetworkRole
from .identity import Tracked
from .people import Contact, Official
from .quantities import Money
from .sourcing import Sourced
from .themes import Theme

network_themes = link_table("network_themes", "network", "theme")
network_contacts = link_table("network_contacts", "network", "contact")


class Network(Sourced, Tracked, Base):
    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    acronym: Mapped[str] = mapped_column(String(40), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    member_since: Mapped[int | None]
    annual_fee: Mapped[Decimal | None] = mapped_column(Money)
    responsible_official_id: Mapped[int | None] = mapped_column(
        ForeignKey("officials.id"), index=True
    )
    # The portfolio the policy names as holder ("EWK"), kept as the source says it.
    portfolio_code: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[NetworkRole] = mapped_column(enum_column(NetworkRole), default=NetworkRole.MEMBER)
    # Not every network listed is joined: some are being joined, some only considered.
    membership: Mapped[MembershipStatus] = mapped_column(
        enum_column(MembershipStatus), default=MembershipStatus.MEMBER
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    responsible_official: Mapped[Official | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=network_themes, order_by=Theme.name)
    contacts: Mapped[list[Contact]] = relationship(
        secondary=network_contacts, order_by=[Contact.name, Contact.id]
    )

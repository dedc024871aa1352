"""Agreements (MoUs, letters of intent, covenants, roadmaps) and their signed documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, link_table
from .enums import AgreementKind, AgreementStatus
from .identity import Tracked
from .relations import Relation
from .sourcing import Sourced
from .themes import Theme

agreement_themes = link_table("agreement_themes", "agreement", "theme")
agreement_relations = link_table("agreement_relations", "agreement", "relation")


class Agreement(Sourced, Tracked, Base):
    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    title: Mapped[str] = mapped_column(String(300))
    counterparts: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date | None]
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]
    renewal_date: Mapped[date | None]
    status: Mapped[AgreementStatus] = mapped_column(enum_column(AgreementStatus))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Whether the signed document has been published (on the website or the Woo
    # platform): the Woo requires covenants to be published, and the Woo list says so.
    document_published: Mapped[bool] = mapped_column(Boolean, default=False)

    themes: Mapped[list[Theme]] = relationship(secondary=agreement_themes, order_by=Theme.name)
    relations: Mapped[list[Relation]] = relationship(
        secondary=agreement_relations, order_by=Relation.id
    )
    documents: Mapped[list[AgreementDocument]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="(AgreementDocument.added_at, AgreementDocument.id)",
    )


class AgreementDocument(Base):
    """The signed document itself, kept inside the database so it travels with the file."""

    __tablename__ = "agreement_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime]

    agreement: Mapped[Agreement] = relationship(back_populates="documents")

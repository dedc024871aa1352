"""Countries (ISO 3166-1) and the cities and regions in them."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import PlaceKind
from .identity import Tracked
from .sourcing import Sourced


class Country(Base):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(100))  # Dutch name (CLDR)


class Place(Sourced, Tracked, Base):
    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("country_code", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PlaceKind] = mapped_column(enum_column(PlaceKind), default=PlaceKind.CITY)
    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), index=True)
    # Coordinates are for maps, not for sums: a float is precise enough.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    country: Mapped[Country] = relationship()

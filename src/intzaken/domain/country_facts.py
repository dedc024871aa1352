"""What a delegation needs to know about a country, kept once per country and reused by
every trip to it: local time, money, language, the nearest Dutch embassy or consulate,
emergency numbers and the Dutch travel advice with the day staff last checked it.

Reference data typed in by staff (the app stays offline), not a tracked register: it
has no identity of its own beyond the country.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import TravelAdvice
from .places import Country


class CountryFacts(Base):
    __tablename__ = "country_facts"

    country_code: Mapped[str] = mapped_column(ForeignKey("countries.code"), primary_key=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="")  # IANA, e.g. Asia/Shanghai
    currency: Mapped[str] = mapped_column(String(3), default="")  # ISO 4217
    languages: Mapped[str] = mapped_column(String(200), default="")
    embassy_name: Mapped[str] = mapped_column(String(200), default="")
    embassy_address: Mapped[str] = mapped_column(String(300), default="")
    embassy_phone: Mapped[str] = mapped_column(String(50), default="")
    embassy_emergency_phone: Mapped[str] = mapped_column(String(50), default="")
    local_emergency_number: Mapped[str] = mapped_column(String(50), default="")
    travel_advice: Mapped[TravelAdvice | None] = mapped_column(enum_column(TravelAdvice))
    travel_advice_checked: Mapped[dt.date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    country: Mapped[Country] = relationship()

"""The organisation using the app, its officials with their terms of office, and contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import DatePrecision, OpenDataLicence, Role
from .identity import Tracked
from .places import Place
from .sourcing import Sourced


class Organisation(Sourced, Tracked, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_media_type: Mapped[str | None] = mapped_column(String(100))
    # Set on databases written by `intzaken demo`, so a demo may be replaced without asking.
    demo_profile: Mapped[str | None] = mapped_column(String(40))
    # The licence of its open data export (exchange/open_data.py); CC0 until chosen.
    open_data_licence: Mapped[OpenDataLicence] = mapped_column(
        enum_column(OpenDataLicence), default=OpenDataLicence.CC0
    )
    # Where its officials' journeys start and end: the first and last leg of a trip's CO2
    # estimate and the origin of the lines on the map (issue 20).
    home_place_id: Mapped[int | None] = mapped_column(
        ForeignKey("places.id", ondelete="SET NULL"), index=True
    )
    # The travel policy: below this distance (km, one way) the train is the rule, and a
    # flight needs a reason on the trip; optionally also a train time (minutes) below
    # which the train is the rule. None: no policy set.
    train_rule_km: Mapped[int | None]
    train_rule_minutes: Mapped[int | None]
    # The average speed (km/h over the rail distance) of the rough train time proposed
    # for a flight without a looked-up one: the team's own rule of thumb. None: the
    # app's default (services/train_time.py).
    train_speed_kmh: Mapped[int | None]
    # Whether new CO2 estimates include the non-CO2 effects of flying (radiative forcing).
    co2_with_radiative_forcing: Mapped[bool] = mapped_column(Boolean, default=True)
    # Whether the annual overview prints the gifts received on the year's trips (issue 21).
    print_gifts: Mapped[bool] = mapped_column(Boolean, default=False)

    home_place: Mapped[Place | None] = relationship()
    # The council letter (reports/council_letter.py): to whom it goes ("de gemeenteraad
    # van Rotterdam"; empty: the council of the organisation's municipality), who signs
    # it (empty: the official in office in that role on the letter's date) and what each
    # letter's reference starts with ("25BB"; empty: the reference as given).
    letter_addressee: Mapped[str] = mapped_column(String(200), default="")
    letter_secretary: Mapped[str] = mapped_column(String(200), default="")
    letter_mayor: Mapped[str] = mapped_column(String(200), default="")
    letter_reference_prefix: Mapped[str] = mapped_column(String(50), default="")


class Official(Sourced, Tracked, Base):
    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # The name printed after the title: "burgemeester Aboutaleb".
    short_name: Mapped[str] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")

    terms: Mapped[list[OfficeTerm]] = relationship(
        back_populates="official",
        cascade="all, delete-orphan",
        order_by="(OfficeTerm.start_date, OfficeTerm.id)",
    )


class OfficeTerm(Sourced, Base):
    __tablename__ = "office_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(enum_column(Role))
    portfolio: Mapped[str] = mapped_column(Text, default="")
    portfolio_code: Mapped[str] = mapped_column(String(20), default="")
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    # As the sources give a date: "juli 2024" is stored as the period's first day (start)
    # or last day (end), and shown as the month again (formatting.period_start).
    start_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision, "startprecision"), default=DatePrecision.DAY
    )
    end_precision: Mapped[DatePrecision] = mapped_column(
        enum_column(DatePrecision, "endprecision"), default=DatePrecision.DAY
    )

    official: Mapped[Official] = relationship(back_populates="terms")


class Contact(Sourced, Tracked, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # Optional, for the who's who of a briefing pack.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_media_type: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")

"""The calendar file a secretary imports into Outlook: complete, read by a real calendar
library, with each trip's days, status and people as the register holds them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
from sqlalchemy.orm import Session

from intzaken.domain.enums import DatePrecision, TripKind, TripStatus
from intzaken.domain.models import Trip, TripDestination, TripTraveller
from intzaken.exchange.ics import escape, export_ics, fold
from intzaken.i18n import language_scope

from .conftest import add_official

NOW = dt.datetime(2025, 2, 1, 9, 30, tzinfo=dt.UTC)


def _trip(
    session: Session, title: str, status: TripStatus, start: dt.date | None, **kw: object
) -> Trip:
    trip = Trip(
        title=title,
        kind=TripKind.TRADE_MISSION,
        status=status,
        start_date=start,
        end_date=kw.pop("end", None),
        **kw,
    )
    session.add(trip)
    session.flush()
    return trip


def _export(session: Session, path: Path, **kw: object) -> tuple[int, bytes]:
    with language_scope("nl"):
        count = export_ics(session, path, now=NOW, **kw)  # type: ignore[arg-type]
    return count, path.read_bytes()


def test_the_calendar_file_is_complete(session: Session, tmp_path: Path) -> None:
    official = add_official(session, "Burgemeester Test", "mayor", "2020-01-01")
    _trip(
        session,
        "Handelsmissie Lyon, Grenoble; Parijs",
        TripStatus.APPROVED,
        dt.date(2025, 3, 10),
        end=dt.date(2025, 3, 12),
        purpose="Havens en energie",
        destinations=[TripDestination(position=0, country_code="FR")],
        travellers=[TripTraveller(official_id=official, position=0, is_lead=True)],
    )
    _trip(session, "Idee Gent", TripStatus.IDEA, dt.date(2025, 5, 1))
    _trip(session, "Zonder datum", TripStatus.IDEA, None)
    count, data = _export(session, tmp_path / "reizen.ics")
    assert count == 2  # the trip without a date cannot be in a calendar
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    for needed in (
        "PRODID:-//Intzaken//Ambtsreizen//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Ambtsreizen Intzaken",
    ):
        assert needed in lines
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 2
    assert lines.count("TRANSP:OPAQUE") == 2

    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    lyon, gent = events
    assert str(lyon["SUMMARY"]) == "Handelsmissie Lyon, Grenoble; Parijs"
    assert lyon["DTSTART"].dt == dt.date(2025, 3, 10)
    assert lyon["DTEND"].dt == dt.date(2025, 3, 13)  # the day after the last day
    assert str(lyon["STATUS"]) == "CONFIRMED"
    assert str(lyon["LOCATION"]) == "Frankrijk"
    assert lyon["DTSTAMP"].dt == NOW
    assert str(lyon["DESCRIPTION"]).split("\n") == [
        "Soort: handelsmissie",
        "Status: goedgekeurd",
        "Reizigers: Burgemeester Test (delegatieleider)",
        "Doel: Havens en energie",
    ]
    # A trip of one day without an end date lasts that day.
    assert gent["DTEND"].dt == dt.date(2025, 5, 2)
    assert str(gent["STATUS"]) == "TENTATIVE"
    assert str(gent["DESCRIPTION"]).split("\n") == ["Soort: handelsmissie", "Status: idee"]


def test_the_same_trip_keeps_its_uid_from_one_export_to_the_next(
    session: Session, tmp_path: Path
) -> None:
    trip = _trip(session, "Lyon", TripStatus.PLANNED, dt.date(2025, 3, 10))
    _, first = _export(session, tmp_path / "a.ics")
    trip.title = "Lyon en Grenoble"
    session.flush()
    _, second = _export(session, tmp_path / "b.ics", year=2025)
    uids = [
        str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["UID"]) for data in (first, second)
    ]
    assert uids[0] == uids[1]
    assert uids[0].startswith(f"reis-{trip.id}@") and uids[0].endswith(".intzaken")
    _, other_year = _export(session, tmp_path / "c.ics", year=2024)
    assert icalendar.Calendar.from_ical(other_year).walk("VEVENT") == []


def test_status_of_a_cancelled_and_a_done_trip_and_a_month_only_trip(
    session: Session, tmp_path: Path
) -> None:
    _trip(session, "Afgelast", TripStatus.CANCELLED, dt.date(2025, 3, 1))
    _trip(session, "Gedaan", TripStatus.DONE, dt.date(2025, 3, 2))
    _trip(
        session,
        "Ergens in juni",
        TripStatus.PLANNED,
        dt.date(2025, 6, 1),
        end=dt.date(2025, 6, 30),
        date_precision=DatePrecision.MONTH,
    )
    _, data = _export(session, tmp_path / "s.ics")
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert [str(e["STATUS"]) for e in events] == ["CANCELLED", "CONFIRMED", "TENTATIVE"]
    assert str(events[2]["DESCRIPTION"]).endswith("Alleen de maand is bekend; de data volgen.")


def test_folding_keeps_lines_within_75_octets_without_splitting_a_character() -> None:
    assert fold("SUMMARY:kort") == "SUMMARY:kort\r\n"
    exact = "X" * 75
    assert fold(exact) == exact + "\r\n"
    assert fold("X" * 76) == "X" * 75 + "\r\n X\r\n"
    # Continuation lines hold 74 octets after their leading space.
    assert fold("X" * 75 + "Y" * 75) == "X" * 75 + "\r\n " + "Y" * 74 + "\r\n Y\r\n"
    folded = fold("S:" + "€" * 40)  # three octets each
    first = folded.split("\r\n")[0]
    assert len(first.encode("utf-8")) == 74  # 2 + 24 * 3: the 25th euro sign would not fit
    assert folded.replace("\r\n ", "") == "S:" + "€" * 40 + "\r\n"


def test_text_values_are_escaped_and_cleaned() -> None:
    assert escape("a\\b;c,d") == "a\\\\b\\;c\\,d"
    for newline in ("\r\n", "\n", "\r", "\x85", "\u2028", "\u2029"):
        assert escape(f"een{newline}twee") == "een\\ntwee"
    assert escape("bel\x07en\x1b\x7f\x9f") == "belen"
    assert escape("tab\tblijft") == "tab\tblijft"


def test_places_and_people_are_listed_in_order(session: Session, tmp_path: Path) -> None:
    from intzaken.domain.models import Place

    lyon = Place(name="Lyon", country_code="FR")
    session.add(lyon)
    session.flush()
    first = add_official(session, "Anna Bakker", "mayor", "2020-01-01")
    second = add_official(session, "Bram Claes", "alderman", "2020-01-01")
    _trip(
        session,
        "Rondreis",
        TripStatus.PLANNED,
        dt.date(2025, 4, 1),
        destinations=[
            TripDestination(position=0, country_code="FR", place_id=lyon.id),
            TripDestination(position=1, country_code="DE"),
        ],
        travellers=[
            TripTraveller(official_id=first, position=0),
            TripTraveller(official_id=second, position=1, is_lead=True),
        ],
    )
    _, data = _export(session, tmp_path / "r.ics")
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["LOCATION"]) == "Lyon (Frankrijk), Duitsland"
    assert "Reizigers: Anna Bakker, Bram Claes (delegatieleider)" in str(
        event["DESCRIPTION"]
    ).split("\n")
    # The UID's domain: twelve hexadecimal digits of the organisation's name.
    assert re.fullmatch(r"reis-\d+@[0-9a-f]{12}\.intzaken", str(event["UID"]))

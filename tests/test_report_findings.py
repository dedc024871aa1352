"""The findings a report's preflight names beside its trips (services/plausibility.py's
trips_findings), and the yardsticks they are measured against, as a council member
reading the annual report or a controller would state them.

The records are written straight to a fresh database, as in test_findings.py, whose
trip builder these tests share.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import DatePrecision, TransportMode
from intzaken.domain.models import Place, ProgrammeItem, Trip, TripDestination
from intzaken.i18n import language_scope
from intzaken.services.plausibility import (
    Finding,
    Questioned,
    plausibility_findings,
    trips_findings,
)

from .conftest import add_official
from .test_findings import _trip

TODAY = dt.date(2025, 6, 15)
PLANE, TRAIN, CAR = TransportMode.PLANE, TransportMode.TRAIN, TransportMode.CAR


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def _costing(
    session: Session,
    title: str,
    per_day: str,
    *,
    start: dt.date = dt.date(2025, 3, 10),
    modes: tuple[TransportMode, ...] = (TRAIN,),
) -> Trip:
    """A done trip of three days for one traveller, costing `per_day` a day (no offset)."""
    official = add_official(session, f"Reiziger {title}", "alderman", "2000-01-01")
    return _trip(
        session,
        title,
        start=start,
        modes=modes,
        travel_and_stay=Decimal(per_day) * 3,
        travellers=[official],
    )


def _cost_findings(found: list[Finding], trip: Trip) -> list[str]:
    return [
        f.message.replace("\xa0", " ")
        for f in found
        if f.record_id == trip.id and "per reiziger per dag" in f.message
    ]


def test_a_report_is_measured_against_its_own_year_and_the_two_before_not_older(
    session: Session,
) -> None:
    # The yardstick of a 2024 report: done trips from 1 January 2022 through 31 December
    # 2024, at 300 a day ...
    for start in (
        dt.date(2022, 1, 1),
        dt.date(2023, 3, 1),
        dt.date(2023, 5, 1),
        dt.date(2024, 12, 31),
    ):
        _costing(session, f"Gewoon {start}", "300.00", start=start)
    # ... not the dearer ones of 2021, up to its last day.
    for day in range(28, 32):
        _costing(session, f"Vorig {day}", "2000.00", start=dt.date(2021, 12, day))
    dear = _costing(session, "Duur", "900.01", start=dt.date(2024, 9, 2))
    assert _cost_findings(trips_findings(session, [dear], TODAY), dear) == [
        "kost € 900,01 per reiziger per dag, meer dan 3 keer het gebruikelijke € 300,00 bij "
        "vergelijkbare reizen."
    ]


def test_a_report_without_trips_has_no_findings(session: Session) -> None:
    _trip(session, "Geen kosten", travel_and_stay=None)  # a finding, but not in the report
    assert trips_findings(session, [], TODAY) == []


def test_a_reports_findings_follow_its_trips_with_what_they_question(session: Session) -> None:
    first = _trip(session, "Eerst", start=dt.date(2025, 3, 10), travel_and_stay=None)
    flown = _trip(session, "Gevlogen", start=dt.date(2025, 3, 20), modes=(PLANE,))
    later = _trip(session, "Daarna", start=dt.date(2025, 4, 1))
    session.add(ProgrammeItem(trip_id=later.id, day=dt.date(2025, 3, 31), activity="Ontvangst"))
    session.flush()
    found = trips_findings(session, [later, first, flown], TODAY)
    assert [(f.record_id, f.message, f.questions) for f in found] == [
        (later.id, "heeft een programmaonderdeel op 31 maart 2025, buiten de reisdata.", set()),
        (first.id, "is uitgevoerd, maar de reis- en verblijfkosten ontbreken.", {Questioned.COSTS}),
        (
            flown.id,
            "is met het vliegtuig gemaakt, maar de CO2-uitstoot ontbreekt.",
            {Questioned.CO2},
        ),
    ]


def test_a_finding_names_where_the_trip_went_and_when(session: Session) -> None:
    malmo, stockholm = (
        Place(name="Malmö", country_code="SE"),
        Place(name="Stockholm", country_code="SE"),
    )
    session.add_all([malmo, stockholm])
    session.flush()
    trip = _trip(session, "Noorden", travel_and_stay=None)
    trip.destinations = [
        TripDestination(position=0, country_code="SE", place_id=malmo.id),
        TripDestination(position=1, country_code="SE", place_id=stockholm.id),
        TripDestination(position=2, country_code="DE"),  # a country, no place known
        TripDestination(position=3, country_code="SE", place_id=malmo.id),  # back again
    ]
    year = _trip(session, "Ergens", precision=DatePrecision.YEAR, travel_and_stay=None)
    session.flush()
    session.expire_all()
    texts = [f.text for f in trips_findings(session, [trip, year], TODAY)]
    assert texts == [
        "Reis 'Noorden' naar Malmö, Stockholm en Duitsland (10 maart 2025) is uitgevoerd, "
        "maar de reis- en verblijfkosten ontbreken.",
        "Reis 'Ergens' (2025) is uitgevoerd, maar de reis- en verblijfkosten ontbreken.",
    ]


def test_trips_are_compared_within_their_main_means_of_transport(session: Session) -> None:
    """A flight decides the cost level if there was one, else the first means named;
    trips without any means of transport are a group of their own."""
    for number in range(5):
        _costing(session, f"Trein {number}", "100.00", modes=(TRAIN,))
        _costing(session, f"Vlucht {number}", "300.00", modes=(TRAIN, PLANE))
        _costing(session, f"Onbekend {number}", "1000.00", modes=())
    by_train = _costing(session, "Trein en auto", "350.00", modes=(TRAIN, CAR))
    flown = _costing(session, "Trein en vlucht", "950.00", modes=(TRAIN, PLANE))
    found = plausibility_findings(session, TODAY)
    assert _cost_findings(found, by_train) == [
        "kost € 350,00 per reiziger per dag, meer dan 3 keer het gebruikelijke € 100,00 bij "
        "vergelijkbare reizen."
    ]
    assert _cost_findings(found, flown) == [
        "kost € 950,00 per reiziger per dag, meer dan 3 keer het gebruikelijke € 300,00 bij "
        "vergelijkbare reizen."
    ]
    assert _cost_findings(trips_findings(session, [by_train, flown], TODAY), by_train) == (
        _cost_findings(found, by_train)
    )


def test_five_offset_rates_are_enough_for_a_usual_rate(session: Session) -> None:
    official = add_official(session, "Reiziger", "alderman", "2000-01-01")
    for number, offset in enumerate(("50.00", "50.00", "50.00", "50.00", "100.00")):
        _trip(
            session,
            f"Vlucht {number}",
            modes=(PLANE,),
            travellers=[official],
            co2_tonnes=Decimal(2),
            co2_offset=Decimal(offset),
        )
    rates = [f for f in plausibility_findings(session, TODAY) if "per ton" in f.message]
    assert [(f.subject, f.questions) for f in rates] == [
        ("Reis 'Vlucht 4' (10 maart 2025)", {Questioned.COSTS, Questioned.CO2})
    ]


def test_without_a_date_the_findings_are_as_of_today(session: Session) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    _trip(session, "Morgen", start=tomorrow)
    _trip(session, "Gisteren", start=dt.date.today() - dt.timedelta(days=5))
    assert [f.message for f in plausibility_findings(session) if f.register == "trips"] == [
        "staat op uitgevoerd, maar begint pas in de toekomst."
    ]


def test_a_report_names_only_its_own_trips_programme_and_stays_outside_their_dates(
    session: Session,
) -> None:
    # trips_findings asks the dates' queries for the report's trips only (the False of
    # _outside_dates_findings): a trip left out of the report, with a programme item and a
    # stay outside its dates, must not be read, let alone named.
    from intzaken.domain.models import TripStay

    shown = _trip(session, "In het verslag", start=dt.date(2025, 3, 10))  # 10 to 12 March
    left_out = _trip(session, "Niet in het verslag", start=dt.date(2025, 3, 10))
    session.add(ProgrammeItem(trip_id=shown.id, day=dt.date(2025, 3, 13), activity="Diner"))
    session.add(ProgrammeItem(trip_id=left_out.id, day=dt.date(2025, 3, 9), activity="Ontbijt"))
    session.add(
        TripStay(
            trip_id=left_out.id,
            position=0,
            hotel="Hotel Vroeg",
            check_in=dt.date(2025, 3, 8),
            check_out=dt.date(2025, 3, 12),
        )
    )
    session.flush()
    found = trips_findings(session, [shown], TODAY)
    assert [(f.record_id, f.message) for f in found] == [
        (shown.id, "heeft een programmaonderdeel op 13 maart 2025, buiten de reisdata."),
    ]
    # The left-out trip's own findings are there when it is asked for.
    assert [(f.record_id, f.message) for f in trips_findings(session, [left_out], TODAY)] == [
        (left_out.id, "heeft een programmaonderdeel op 9 maart 2025, buiten de reisdata."),
        (left_out.id, "heeft een verblijf in Hotel Vroeg buiten de reisdata."),
    ]

"""What a careful controller would question, stated as the controller would: each rule of
services/plausibility.py once with a record that breaks it and once with one just inside.

The records are written straight to a fresh database (the findings read what is stored,
however it got there: a form, an import, a record saved before a rule existed).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import (
    AgreementKind,
    AgreementStatus,
    BudgetEntryKind,
    DatePrecision,
    TransportMode,
    TripKind,
    TripStatus,
)
from intzaken.domain.models import (
    Agreement,
    BudgetEntry,
    BudgetLine,
    Trip,
    TripTransport,
    TripTraveller,
)
from intzaken.i18n import language_scope
from intzaken.registers import RegisterKey
from intzaken.services.plausibility import (
    COST_OUTLIER_FACTOR,
    MIN_COMPARABLE_TRIPS,
    NORM_YEARS,
    plausibility_findings,
    record_findings,
    trips_findings,
)
from intzaken.services.trips import trips_query

from .conftest import add_official

TODAY = dt.date(2025, 6, 15)


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def _trip(
    session: Session,
    title: str,
    *,
    status: TripStatus = TripStatus.DONE,
    start: dt.date | None = dt.date(2025, 3, 10),
    days: int = 3,
    modes: tuple[TransportMode, ...] = (TransportMode.TRAIN,),
    travel_and_stay: Decimal | None = Decimal("900.00"),
    co2_tonnes: Decimal | None = None,
    co2_offset: Decimal | None = None,
    travellers: list[int] | None = None,
    precision: DatePrecision = DatePrecision.DAY,
) -> Trip:
    trip = Trip(
        title=title,
        kind=TripKind.WORKING_VISIT,
        status=status,
        start_date=start,
        end_date=start + dt.timedelta(days=days - 1) if start else None,
        date_precision=precision,
        travel_and_stay=travel_and_stay,
        co2_tonnes=co2_tonnes,
        co2_offset=co2_offset,
        transport=[TripTransport(mode=mode, position=i) for i, mode in enumerate(modes)],
        travellers=[
            TripTraveller(official_id=official, position=i)
            for i, official in enumerate(travellers or [])
        ],
    )
    session.add(trip)
    session.flush()
    return trip


def _messages(session: Session, title: str) -> list[str]:
    return [
        f.message
        for f in plausibility_findings(session, TODAY)
        if f.subject.startswith(f"Reis '{title}'")
    ]


def test_a_trip_ended_but_still_planned_is_a_finding(session: Session) -> None:
    _trip(session, "Lyon", status=TripStatus.PLANNED, start=dt.date(2025, 6, 10), days=5)
    _trip(session, "Gent", status=TripStatus.APPROVED, start=dt.date(2025, 6, 1), days=3)
    _trip(session, "Porto", status=TripStatus.PLANNED, start=dt.date(2025, 6, 12), days=4)
    assert len(_messages(session, "Lyon")) == 1  # ended 14 June, the day before today
    assert "voorgenomen" in _messages(session, "Lyon")[0]
    assert len(_messages(session, "Gent")) == 1
    assert _messages(session, "Porto") == []  # ends today: not over yet


def test_a_trip_marked_done_that_is_still_to_come_is_a_finding(session: Session) -> None:
    _trip(session, "Toekomst", start=TODAY + dt.timedelta(days=1))
    _trip(session, "Vandaag", start=TODAY)
    assert len(_messages(session, "Toekomst")) == 1
    assert _messages(session, "Vandaag") == []


def test_a_flight_without_co2_and_co2_without_an_offset(session: Session) -> None:
    _trip(session, "Zonder CO2", modes=(TransportMode.PLANE,))
    _trip(session, "Zonder compensatie", modes=(TransportMode.PLANE,), co2_tonnes=Decimal(2))
    _trip(
        session,
        "Compleet",
        modes=(TransportMode.TRAIN, TransportMode.PLANE),
        co2_tonnes=Decimal(2),
        co2_offset=Decimal("50.00"),
    )
    _trip(session, "Trein met CO2", modes=(TransportMode.TRAIN,), co2_tonnes=Decimal(1))
    assert len(_messages(session, "Zonder CO2")) == 1
    assert "CO2" in _messages(session, "Zonder CO2")[0]
    assert len(_messages(session, "Zonder compensatie")) == 1
    assert _messages(session, "Compleet") == []
    # CO2 on a train journey: the plane is missing from the means of transport.
    assert len(_messages(session, "Trein met CO2")) == 1


def test_a_done_trip_without_costs_or_transport(session: Session) -> None:
    _trip(session, "Geen kosten", travel_and_stay=None)
    _trip(session, "Geen vervoer", modes=())
    _trip(session, "Idee zonder alles", status=TripStatus.IDEA, travel_and_stay=None, modes=())
    assert len(_messages(session, "Geen kosten")) == 1
    assert len(_messages(session, "Geen vervoer")) == 1
    assert _messages(session, "Idee zonder alles") == []


def test_a_traveller_outside_their_term_of_office(session: Session) -> None:
    early = add_official(session, "Wethouder Vroeg", "alderman", "2018-01-01", "2022-05-31")
    sitting = add_official(session, "Wethouder Nu", "alderman", "2022-06-01")
    _trip(session, "Na de termijn", travellers=[early])
    _trip(session, "Binnen de termijn", travellers=[sitting])
    outside = _messages(session, "Na de termijn")
    assert len(outside) == 1 and outside[0].startswith("Wethouder Vroeg")
    assert _messages(session, "Binnen de termijn") == []


def _usual_trips(session: Session, count: int) -> None:
    # Done trips of three days for one traveller at 300 a day (the CO2 offset counts as a
    # cost) with a flight, offset 25 a tonne.
    official = add_official(session, "Reiziger", "alderman", "2000-01-01")
    for number in range(count):
        _trip(
            session,
            f"Gewoon {number}",
            start=dt.date(2024, 1, 1 + number),
            travel_and_stay=Decimal("850.00"),
            travellers=[official],
            modes=(TransportMode.TRAIN, TransportMode.PLANE),
            co2_tonnes=Decimal(2),
            co2_offset=Decimal("50.00"),
        )
    session.info["official"] = official


def test_costs_far_above_comparable_trips_stand_out(session: Session) -> None:
    assert (COST_OUTLIER_FACTOR, MIN_COMPARABLE_TRIPS) == (3, 5)
    _usual_trips(session, MIN_COMPARABLE_TRIPS)
    official = session.info["official"]
    common = {
        "travellers": [official],
        "modes": (TransportMode.PLANE,),
        "co2_tonnes": Decimal(2),
        "co2_offset": Decimal("50.00"),
    }
    # 900 a day is three times the usual 300: not more than three times.
    _trip(session, "Drie keer", travel_and_stay=Decimal("2650.00"), **common)  # type: ignore[arg-type]
    _trip(session, "Ruim drie keer", travel_and_stay=Decimal("2650.03"), **common)  # type: ignore[arg-type]
    assert _messages(session, "Drie keer") == []
    outlier = _messages(session, "Ruim drie keer")
    assert len(outlier) == 1
    assert "€ 900,01" in outlier[0].replace("\xa0", " ")
    assert "€ 300,00" in outlier[0].replace("\xa0", " ")


def test_a_report_compares_its_trips_with_those_of_their_own_years(session: Session) -> None:
    """The preflight of a report (trips_findings) measures against the trips of the
    report's years and the two before, not against prices of long ago."""
    assert NORM_YEARS == 3
    _usual_trips(session, MIN_COMPARABLE_TRIPS)  # 2024: 300 a traveller-day
    official = session.info["official"]
    common = {
        "travellers": [official],
        "modes": (TransportMode.PLANE,),
        "co2_tonnes": Decimal(2),
        "co2_offset": Decimal("50.00"),  # the usual 25 a tonne; a cost too
    }
    for number in range(MIN_COMPARABLE_TRIPS + 1):  # 2005: 50 a traveller-day
        _trip(
            session,
            f"Vroeger {number}",
            start=dt.date(2005, 5, 1 + number),
            travel_and_stay=Decimal("100.00"),
            **common,
        )  # type: ignore[arg-type]
    dear = _trip(
        session, "Duur", start=dt.date(2024, 9, 2), travel_and_stay=Decimal("2050.00"), **common
    )  # type: ignore[arg-type]
    # Against the whole archive (median (50 + 300) / 2 = 175) 700 a day stands out ...
    assert len(_messages(session, "Duur")) == 1
    # ... against the trips of 2022-2024 (median 300) it does not: 2005's prices are not 2024's.
    report_trips = [t for t in session.scalars(trips_query()) if t.start_date.year == 2024]
    assert dear in report_trips
    assert [f for f in trips_findings(session, report_trips, TODAY) if f.record_id == dear.id] == []


def test_too_few_comparable_trips_give_no_norm(session: Session) -> None:
    _usual_trips(session, MIN_COMPARABLE_TRIPS - 2)
    official = session.info["official"]
    _trip(
        session,
        "Duur",
        travel_and_stay=Decimal("90000.00"),
        travellers=[official],
        modes=(TransportMode.PLANE,),
        co2_tonnes=Decimal(2),
        co2_offset=Decimal("5000.00"),
    )
    assert _messages(session, "Duur") == []


def test_an_offset_rate_far_from_the_usual_is_questioned(session: Session) -> None:
    _usual_trips(session, MIN_COMPARABLE_TRIPS)
    official = session.info["official"]
    base = {"travellers": [official], "modes": (TransportMode.PLANE,), "co2_tonnes": Decimal(2)}
    # The usual rate is 25 a tonne; a quarter either way is tolerated.
    _trip(session, "Rand", co2_offset=Decimal("62.50"), **base)  # type: ignore[arg-type]
    _trip(session, "Laag", co2_offset=Decimal("37.00"), **base)  # type: ignore[arg-type]
    _trip(session, "Hoog", co2_offset=Decimal("63.00"), **base)  # type: ignore[arg-type]
    assert _messages(session, "Rand") == []
    assert len(_messages(session, "Laag")) == 1
    assert len(_messages(session, "Hoog")) == 1
    assert "€ 31,50" in _messages(session, "Hoog")[0].replace("\xa0", " ")


def test_the_norms_for_one_record_are_those_of_the_archive(session: Session) -> None:
    _usual_trips(session, MIN_COMPARABLE_TRIPS)
    official = session.info["official"]
    odd = _trip(
        session,
        "Apart",
        travel_and_stay=Decimal("9000.00"),
        travellers=[official],
        modes=(TransportMode.PLANE,),
        co2_tonnes=Decimal(2),
        co2_offset=Decimal("500.00"),
    )
    alone = record_findings(session, RegisterKey.TRIPS, odd.id, TODAY)
    assert len(alone) == 2  # the cost and the offset rate
    assert alone == [f for f in plausibility_findings(session, TODAY) if f.record_id == odd.id]
    recent = plausibility_findings(session, TODAY, trips_since=dt.date(2025, 1, 1))
    assert [f.subject for f in recent if f.register == RegisterKey.TRIPS] == [
        alone[0].subject,
        alone[1].subject,
    ]
    assert record_findings(session, RegisterKey.TRIPS, 99999, TODAY) == []


def test_a_trip_known_by_its_month_is_named_by_its_month(session: Session) -> None:
    _trip(session, "Maand", precision=DatePrecision.MONTH, travel_and_stay=None)
    _trip(session, "Zonder datum", start=None, modes=())
    subjects = {f.subject for f in plausibility_findings(session, TODAY)}
    assert "Reis 'Maand' (maart 2025)" in subjects
    assert "Reis 'Zonder datum' (zonder datum)" in subjects


def _agreement(
    session: Session, title: str, status: AgreementStatus, until: dt.date | None
) -> Agreement:
    agreement = Agreement(kind=AgreementKind.MOU, title=title, status=status, valid_until=until)
    session.add(agreement)
    session.flush()
    return agreement


def test_agreement_findings(session: Session) -> None:
    expired = _agreement(session, "Verlopen", AgreementStatus.ACTIVE, TODAY - dt.timedelta(1))
    today = _agreement(session, "Tot vandaag", AgreementStatus.ACTIVE, TODAY)
    draft = _agreement(session, "Concept", AgreementStatus.DRAFT, TODAY - dt.timedelta(1))
    by_id: dict[int, list[str]] = {}
    for finding in plausibility_findings(session, TODAY):
        if finding.register == RegisterKey.AGREEMENTS:
            by_id.setdefault(finding.record_id, []).append(finding.message)
    # Active but expired, and active without the signed document: both.
    assert len(by_id[expired.id]) == 2
    assert len(by_id[today.id]) == 1  # valid through today; only the document is missing
    assert "document" in by_id[today.id][0]
    assert draft.id not in by_id
    assert record_findings(session, RegisterKey.AGREEMENTS, expired.id, TODAY) == [
        f
        for f in plausibility_findings(session, TODAY)
        if f.record_id == expired.id and f.register == RegisterKey.AGREEMENTS
    ]


def _line(session: Session, name: str, amount: Decimal, spent: Decimal) -> BudgetLine:
    line = BudgetLine(year=TODAY.year, name=name, amount=amount)
    session.add(line)
    session.flush()
    session.add(
        BudgetEntry(
            budget_line_id=line.id,
            kind=BudgetEntryKind.EXPENSE,
            date=TODAY,
            description="factuur",
            amount=spent,
        )
    )
    session.flush()
    return line


def test_an_overspent_budget_line_is_a_finding(session: Session) -> None:
    over = _line(session, "Europa", Decimal("1000.00"), Decimal("1000.01"))
    exact = _line(session, "Azië", Decimal("1000.00"), Decimal("1000.00"))
    budget = [f for f in plausibility_findings(session, TODAY) if f.register == "budget"]
    assert [(f.record_id, f.subject) for f in budget] == [
        (over.id, "Begrotingspost 'Europa' (2025)")
    ]
    assert "€ 0,01" in budget[0].message.replace("\xa0", " ")
    assert record_findings(session, RegisterKey.BUDGET, over.id, TODAY) == budget
    assert record_findings(session, RegisterKey.BUDGET, exact.id, TODAY) == []
    assert record_findings(session, RegisterKey.BUDGET, 99999, TODAY) == []
    assert record_findings(session, "relations", 1, TODAY) == []


def test_programme_items_and_stays_outside_the_trip_are_findings(session: Session) -> None:
    from intzaken.domain.models import ProgrammeItem, TripStay

    trip = _trip(session, "Osaka", start=dt.date(2025, 3, 10), days=3)  # 10 to 12 March
    other = _trip(session, "Lyon", start=dt.date(2025, 3, 10), days=3)
    for day in (dt.date(2025, 3, 9), dt.date(2025, 3, 10), dt.date(2025, 3, 12)):
        session.add(ProgrammeItem(trip_id=trip.id, day=day, activity="Bezoek"))
    session.add(ProgrammeItem(trip_id=other.id, day=dt.date(2025, 3, 13), activity="Diner"))
    session.add_all(
        [
            TripStay(
                trip_id=trip.id,
                position=0,
                hotel="Binnen",
                check_in=dt.date(2025, 3, 10),
                check_out=dt.date(2025, 3, 12),
            ),
            TripStay(
                trip_id=trip.id,
                position=1,
                hotel="Te laat",
                check_in=dt.date(2025, 3, 11),
                check_out=dt.date(2025, 3, 13),
            ),
        ]
    )
    session.flush()
    assert _messages(session, "Osaka") == [
        "heeft een programmaonderdeel op 9 maart 2025, buiten de reisdata.",
        "heeft een verblijf in Te laat buiten de reisdata.",
    ]
    assert len(_messages(session, "Lyon")) == 1
    # One trip's findings, and the recent trips', hold the same.
    assert [f.message for f in record_findings(session, RegisterKey.TRIPS, trip.id, TODAY)] == (
        _messages(session, "Osaka")
    )
    recent = plausibility_findings(session, TODAY, trips_since=dt.date(2025, 3, 10))
    assert sum(f.record_id == trip.id for f in recent) == 2
    assert not [
        f
        for f in plausibility_findings(session, TODAY, trips_since=TODAY)
        if f.record_id in (trip.id, other.id)
    ]


def test_five_comparable_trips_are_enough_for_a_norm(session: Session) -> None:
    _usual_trips(session, MIN_COMPARABLE_TRIPS - 1)
    official = session.info["official"]
    _trip(
        session,
        "Vijfde",
        travel_and_stay=Decimal("2650.03"),
        travellers=[official],
        modes=(TransportMode.PLANE,),
        co2_tonnes=Decimal(2),
        co2_offset=Decimal("50.00"),
    )
    assert len(_messages(session, "Vijfde")) == 1


def test_the_archive_norms_skip_trips_without_travellers_or_a_rate(session: Session) -> None:
    _usual_trips(session, MIN_COMPARABLE_TRIPS)
    official = session.info["official"]
    # Done trips nobody is listed on, or with CO2 but no offset (or an offset without CO2),
    # tell nothing about a traveller-day or a rate: they stay out of the norms.
    for number in range(MIN_COMPARABLE_TRIPS + 1):
        _trip(
            session,
            f"Zonder reizigers {number}",
            travel_and_stay=Decimal("30000.00"),
            modes=(TransportMode.PLANE,),
            co2_tonnes=Decimal(2) if number % 2 else None,
            co2_offset=None if number % 2 else Decimal("50.00"),
        )
    odd = _trip(
        session,
        "Getoetst",
        travel_and_stay=Decimal("2650.03"),
        travellers=[official],
        modes=(TransportMode.PLANE,),
        co2_tonnes=Decimal(2),
        co2_offset=Decimal("50.00"),
    )
    found = record_findings(session, RegisterKey.TRIPS, odd.id, TODAY)
    assert [f.message.replace("\xa0", " ") for f in found] == [
        "kost € 900,01 per reiziger per dag, meer dan 3 keer het gebruikelijke € 300,00 bij "
        "vergelijkbare reizen."
    ]

"""The overview's queries (services/outlook.py) on a small file built through the services,
on SQLite and PostgreSQL: dormant relations, follow-ups due, upcoming trips, the year
to show and the reports' default year and period."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import TripStatus
from intzaken.services import data as records
from intzaken.services.agreements import create_agreement
from intzaken.services.budget import create_budget_line
from intzaken.services.officials import create_official
from intzaken.services.outlook import (
    budget_report_year,
    dormant_relations,
    due_follow_ups,
    planned_period,
    report_year,
    upcoming_trips,
    year_choice,
)
from intzaken.services.places import create_place
from intzaken.services.relations import create_relation
from intzaken.services.trips import create_trip

TODAY = dt.date(2026, 6, 1)


class Builder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.mayor = create_official(
            session,
            records.OfficialData(
                "Burgemeester Test", [records.TermData("mayor", dt.date(2015, 1, 1))]
            ),
        ).id
        self.places: dict[int, tuple[str, int]] = {}  # relation id -> its country and place

    def relation(self, city: str, country: str, status: str = "active", **extra) -> int:
        place = create_place(self.session, records.PlaceData(city, country)).id
        data = records.RelationData("twin_city", place, status, **extra)
        relation = create_relation(self.session, data)
        self.places[relation.id] = (country, place)
        return relation.id

    def trip(
        self,
        start: dt.date,
        status: str = "done",
        *,
        to_relation: int | None = None,
        linked: list[int] | None = None,
        follow_ups: list[records.FollowUpData] | None = None,
        precision: str = "day",
        title: str = "Werkbezoek",
        travel_and_stay: Decimal | None = None,
    ) -> int:
        destination = records.DestinationData("DE")
        if to_relation is not None:
            country, place = self.places[to_relation]
            destination = records.DestinationData(country, place)
        end = start + dt.timedelta(days=2)
        if precision == "month":
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end -= dt.timedelta(days=1)
        return create_trip(
            self.session,
            records.TripData(
                title=title,
                kind="working_visit",
                status=status,
                start_date=start,
                end_date=end,
                date_precision=precision,
                destinations=[destination],
                traveller_ids=[self.mayor],
                lead_official_id=self.mayor,
                relation_ids=linked or [],
                follow_ups=follow_ups or [],
                travel_and_stay=travel_and_stay,
            ),
        ).id


@pytest.fixture
def build(session: Session) -> Builder:
    return Builder(session)


def test_dormant_relations_have_no_trip_event_or_agreement_for_n_years(
    build: Builder, session: Session
) -> None:
    event_2020 = build.relation(
        "Oldenburg",
        "DE",
        events=[records.RelationEventData(dt.date(2020, 5, 1), "visit", "Bezoek")],
    )
    visited_2024 = build.relation("Bremen", "DE")
    build.trip(dt.date(2024, 3, 4), to_relation=visited_2024)
    linked_2023 = build.relation("Hamburg", "DE")
    build.trip(dt.date(2023, 9, 1), linked=[linked_2023])
    agreement_2022 = build.relation("Tianjin", "CN")
    create_agreement(
        session,
        records.AgreementData(
            "mou", "MoU", "active", signed_on=dt.date(2022, 2, 1), relation_ids=[agreement_2022]
        ),
    )
    never = build.relation("San Carlos", "NI", status="dormant")
    build.relation("Moermansk", "RU", status="ended")  # ended: no longer a concern
    cancelled_only = build.relation("Xi'an", "CN")
    build.trip(dt.date(2025, 5, 1), "cancelled", to_relation=cancelled_only)
    # A planned visit ahead keeps a relation out of the list only once it has started.
    planned_ahead = build.relation("Aalborg", "DK")
    build.trip(dt.date(2026, 9, 1), "planned", to_relation=planned_ahead)
    session.flush()

    found = dormant_relations(session, TODAY, 3)  # no contact since 1 June 2023
    assert [(d.name, d.last_contact) for d in found] == [
        ("Aalborg", None),
        ("San Carlos", None),
        ("Xi'an", None),
        ("Oldenburg", dt.date(2020, 5, 1)),
        ("Tianjin", dt.date(2022, 2, 1)),
    ]
    assert {d.relation_id for d in found}.isdisjoint({visited_2024, linked_2023})
    assert event_2020 in {d.relation_id for d in found}
    assert never in {d.relation_id for d in found}
    # Five years back, the 2022 agreement and the 2020 event... only the event is older.
    assert [d.name for d in dormant_relations(session, TODAY, 5)] == [
        "Aalborg",
        "San Carlos",
        "Xi'an",
        "Oldenburg",
    ]
    assert [d.name for d in dormant_relations(session, TODAY, 10)] == [
        "Aalborg",
        "San Carlos",
        "Xi'an",
    ]


def test_follow_ups_due_or_overdue_from_every_trip(build: Builder, session: Session) -> None:
    build.trip(
        dt.date(2026, 3, 2),
        title="Bremen",
        follow_ups=[
            records.FollowUpData("Verslag", dt.date(2026, 5, 1)),  # overdue
            records.FollowUpData("Al gedaan", dt.date(2026, 4, 1), done=True),
            records.FollowUpData("Zonder datum"),
        ],
    )
    build.trip(
        dt.date(2026, 4, 20),
        title="Hamburg",
        follow_ups=[
            records.FollowUpData("Offerte", dt.date(2026, 6, 10)),  # in 9 days
            records.FollowUpData("Later", dt.date(2026, 8, 1)),  # beyond 14 days
        ],
    )
    build.trip(
        dt.date(2026, 2, 1),
        "cancelled",
        follow_ups=[records.FollowUpData("Vervallen", dt.date(2026, 5, 1))],
    )
    session.flush()
    due = due_follow_ups(session, TODAY, 14)
    assert [(f.description, f.trip_title, f.days_left) for f in due] == [
        ("Verslag", "Bremen", -31),
        ("Offerte", "Hamburg", 9),
    ]
    assert [f.description for f in due_follow_ups(session, TODAY, 61)][-1] == "Later"


def test_upcoming_trips_within_the_horizon_with_days_to_departure(
    build: Builder, session: Session
) -> None:
    build.trip(dt.date(2026, 5, 31), "approved", title="Onderweg")
    build.trip(dt.date(2026, 6, 1), "planned", title="Vandaag")
    build.trip(dt.date(2026, 9, 1), "planned", precision="month", title="September")
    build.trip(dt.date(2026, 12, 2), "planned", title="Voorbij de horizon")
    build.trip(dt.date(2026, 7, 1), "idea", title="Idee")
    session.flush()
    trips = upcoming_trips(session, TODAY, 6)
    assert [(t.title, t.days_to_departure, t.under_way, t.status) for t in trips] == [
        ("Onderweg", 0, True, TripStatus.APPROVED),
        ("Vandaag", 0, False, TripStatus.PLANNED),
        ("September", 92, False, TripStatus.PLANNED),
    ]
    assert trips[2].month_only and trips[2].when == "september 2026"


def test_upcoming_trips_come_with_their_estimated_costs_where_there_are_any(
    build: Builder, session: Session
) -> None:
    build.trip(dt.date(2026, 6, 10), "approved", title="Geraamd", travel_and_stay=Decimal("2450"))
    build.trip(dt.date(2026, 6, 20), "planned", title="Nog geen raming")
    session.flush()
    trips = upcoming_trips(session, TODAY, 6)
    assert [(t.title, t.estimated_costs) for t in trips] == [
        ("Geraamd", Decimal("2450.00")),
        ("Nog geen raming", None),  # unknown, not zero
    ]


def test_the_year_to_show_follows_the_data_not_the_clock(build: Builder, session: Session) -> None:
    empty = year_choice(session, TODAY)
    assert (empty.years, empty.default) == ([2026], 2026)
    assert report_year(session, TODAY) == 2025
    assert planned_period(session, TODAY) == (dt.date(2026, 6, 1), dt.date(2026, 12, 1))
    for year in (2021, 2022):
        create_budget_line(session, records.BudgetLineData(year, "Werkbudget", Decimal("1000.00")))
    budget_only = year_choice(session, TODAY)
    assert (budget_only.years, budget_only.default) == ([2026, 2022, 2021], 2022)
    assert budget_report_year(session, TODAY) == 2022
    build.trip(dt.date(2024, 3, 1))
    build.trip(dt.date(2025, 6, 1), "planned", precision="month")
    build.trip(dt.date(2025, 9, 1), "planned", precision="month")
    session.flush()
    choice = year_choice(session, TODAY)
    # 2025 has only planned trips: the year of the trips made says more.
    assert (choice.years, choice.default) == ([2026, 2025, 2024, 2022, 2021], 2024)
    assert report_year(session, TODAY) == 2024
    # Nothing planned ahead: the most recent planned trips' months.
    assert planned_period(session, TODAY) == (dt.date(2025, 6, 1), dt.date(2025, 9, 1))
    build.trip(dt.date(2026, 2, 1))
    build.trip(dt.date(2026, 11, 5), "approved")
    session.flush()
    assert year_choice(session, TODAY).default == 2026
    assert report_year(session, TODAY) == 2024  # the last full year with trips made
    assert planned_period(session, TODAY) == (dt.date(2026, 6, 1), dt.date(2026, 11, 1))

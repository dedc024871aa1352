"""The overview compares like with like (issue 19): while a year runs, its trips made so
far against last year's up to the same day, and the planned trips with their estimates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from intzaken.services.year_figures import year_comparison

from .conftest import add_official
from .test_unknown_figures import add_trip


def test_this_year_so_far_is_compared_with_last_year_to_the_same_day(session: Session) -> None:
    mayor = add_official(session)
    costs = {"other_costs": Decimal("0.00"), "co2_offset": Decimal("0.00")}
    add_trip(
        session,
        mayor,
        dt.date(2025, 3, 1),
        title="Maart",
        travel_and_stay=Decimal("100.00"),
        **costs,
    )
    add_trip(
        session,
        mayor,
        dt.date(2025, 6, 1),
        title="Zelfde dag",
        travel_and_stay=Decimal("20.00"),
        **costs,
    )
    # After 1 June last year: not the same period as this year so far.
    add_trip(
        session,
        mayor,
        dt.date(2025, 6, 2),
        title="Juni",
        travel_and_stay=Decimal("900.00"),
        **costs,
    )
    add_trip(
        session,
        mayor,
        dt.date(2026, 2, 1),
        title="Februari",
        travel_and_stay=Decimal("50.00"),
        **costs,
    )
    session.flush()

    figures = year_comparison(session, 2026, dt.date(2026, 6, 1))

    assert (figures.until, figures.until_last_year) == (dt.date(2026, 6, 1), dt.date(2025, 6, 1))
    assert figures.done_last_year.trips == 2
    assert figures.done_last_year.costs.value == Decimal("120.00")
    assert (figures.done_this_year.trips, figures.done_this_year.costs.value) == (
        1,
        Decimal("50.00"),
    )


def test_a_year_gone_by_is_compared_whole_with_the_whole_year_before(session: Session) -> None:
    mayor = add_official(session)
    add_trip(session, mayor, dt.date(2024, 11, 30), title="November 2024")
    add_trip(session, mayor, dt.date(2025, 12, 20), title="December 2025")
    session.flush()

    figures = year_comparison(session, 2025, dt.date(2026, 6, 1))

    assert (figures.until, figures.until_last_year) == (None, None)
    assert (figures.done_last_year.trips, figures.done_this_year.trips) == (1, 1)


def test_on_29_february_last_year_runs_to_28_february(session: Session) -> None:
    mayor = add_official(session)
    add_trip(session, mayor, dt.date(2027, 2, 28), title="Laatste dag")
    add_trip(session, mayor, dt.date(2027, 3, 1), title="Maart")
    session.flush()

    figures = year_comparison(session, 2028, dt.date(2028, 2, 29))

    assert figures.until_last_year == dt.date(2027, 2, 28)
    assert figures.done_last_year.trips == 1


def test_planned_trips_count_with_their_estimates_and_say_which_lack_one(
    session: Session,
) -> None:
    mayor = add_official(session)
    estimate = {"other_costs": Decimal("250.00"), "co2_offset": Decimal("15.00")}
    add_trip(
        session,
        mayor,
        dt.date(2026, 9, 7),
        title="Geraamd",
        status="planned",
        travel_and_stay=Decimal("1200.00"),
        **estimate,
    )
    add_trip(
        session,
        mayor,
        dt.date(2026, 10, 5),
        title="Goedgekeurd",
        status="approved",
        travel_and_stay=Decimal("800.00"),
        **estimate,
    )
    add_trip(session, mayor, dt.date(2026, 11, 2), title="Nog zonder raming", status="planned")
    add_trip(
        session,
        mayor,
        dt.date(2026, 5, 4),
        title="Idee",
        status="idea",
        travel_and_stay=Decimal("99.00"),
    )
    session.flush()

    planned = year_comparison(session, 2026, dt.date(2026, 6, 1)).planned_this_year

    assert planned.trips == 3  # planned and approved, ahead or not; an idea is no plan
    assert planned.costs.value == Decimal("2530.00")  # the two estimates
    assert planned.costs.missing == 1  # the third is not taken as € 0

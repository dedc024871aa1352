"""The export's sheet "Totalen" (issue 21): per year of trips made, the council report's
total (travel and stay plus other costs) and the total with the CO2 offset, each with
what it holds, and the amounts kept apart (cancellation costs, paid by third parties).

Someone who opens the workbook to answer a council question finds the figure of the
report and knows which one it is. The import passes over this sheet (template_words).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import TripStatus
from ..domain.models import Trip
from ..i18n import N_, dutch
from ..services.cost_columns import column_sums
from ..services.known_figures import KnownSum, sums_of
from .template_words import TOTALS_HEADINGS, TOTALS_SHEET

__all__ = ["TOTALS_HEADINGS", "TOTALS_SHEET", "totals_rows"]

COUNCIL = N_("Costs in the council report")
COUNCIL_HOLDS = N_(
    "Travel and stay plus other costs of the trips made in {year}; without the CO2 offset."
)
TOTAL = N_("Total costs including CO2 offset")
TOTAL_HOLDS = N_("Travel and stay, other costs and CO2 offset of the trips made in {year}.")
CANCELLATION = N_("Cancellation costs")
CANCELLATION_HOLDS = N_(
    "Kept apart, in neither total: cancellation costs of the trips made or called off in {year}."
)
THIRD_PARTY = N_("Paid by third parties")
THIRD_PARTY_HOLDS = N_("Paid by others for the trips made in {year}; not in the costs.")


def _value(figures: KnownSum) -> Decimal | None:
    return figures.value


def totals_rows(session: Session) -> list[list[Any]]:
    """The rows of the sheet: per year with trips made, both totals and what is apart."""
    statuses = (TripStatus.DONE, TripStatus.CANCELLED)
    trips = session.scalars(
        select(Trip)
        .where(Trip.status.in_(statuses), Trip.start_date.is_not(None))
        .options(selectinload(Trip.transport))
        .order_by(Trip.start_date, Trip.id)
    ).all()
    years = sorted({t.start_date.year for t in trips if t.start_date is not None})
    rows: list[list[Any]] = []
    for year in years:
        of_year = [t for t in trips if t.start_date is not None and t.start_date.year == year]
        made = [t for t in of_year if t.status is TripStatus.DONE]
        cancelled = [t for t in of_year if t.status is TripStatus.CANCELLED]
        sums = sums_of(made)
        apart = column_sums(made, cancelled)
        count = len(made)
        if made:
            rows.append(
                [
                    year,
                    dutch(COUNCIL),
                    _value(sums.council_costs),
                    count,
                    _holds(COUNCIL_HOLDS, year),
                ]
            )
            rows.append(
                [year, dutch(TOTAL), _value(sums.total_costs), count, _holds(TOTAL_HOLDS, year)]
            )
        if apart.cancellation.any_known:
            rows.append(
                [
                    year,
                    dutch(CANCELLATION),
                    apart.cancellation.value,
                    apart.cancellation_trips,
                    _holds(CANCELLATION_HOLDS, year),
                ]
            )
        if apart.third_party.any_known:
            rows.append(
                [
                    year,
                    dutch(THIRD_PARTY),
                    apart.third_party.value,
                    None,
                    _holds(THIRD_PARTY_HOLDS, year),
                ]
            )
    return rows


def _holds(message: str, year: int) -> str:
    return dutch(message).format(year=year)

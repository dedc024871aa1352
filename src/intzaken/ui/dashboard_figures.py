"""Everything the "Overzicht" page (ui/dashboard.py) shows, gathered in one reading
session on a worker thread from the Qt-free services, as plain values: no widget ever
touches a detached record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..services.budget import budget_use
from ..services.horizons import Horizons
from ..services.outlook import (
    DormantRelation,
    DueFollowUp,
    ExpiringAgreement,
    UpcomingTrip,
    YearChoice,
    dormant_relations,
    due_follow_ups,
    expiring_agreements,
    months_later,
    relations_in_force,
    upcoming_trips,
    year_choice,
)
from ..services.plausibility import Finding, plausibility_findings
from ..services.policy_year import policy_sentence, policy_year
from ..services.projects import ProjectDeadline, project_deadlines
from ..services.readiness import readiness_of_trips
from ..services.year_figures import YearComparison, year_comparison
from .charts import BudgetBar, budget_bars


@dataclass(frozen=True)
class DashboardData:
    """Everything the page shows, read in one session."""

    today: dt.date
    horizons: Horizons
    years: YearChoice
    year: int  # the year of the figures and the budget: the user's pick, else the default
    upcoming: list[UpcomingTrip]
    follow_ups: list[DueFollowUp]
    agreements: list[ExpiringAgreement]
    dormant: list[DormantRelation]
    relations: int  # relations not ended: none at all is said differently from none dormant
    figures: YearComparison
    findings: list[Finding]
    budget: list[BudgetBar]
    # Trip id -> what is still to be filled in before the briefing pack
    # (services/readiness.py), for the upcoming trips; the list shows its column only
    # when some trip has a checklist.
    readiness: dict[int, list[str]] = field(default_factory=dict)
    # What the year's trips made say about the policy in force ("10 van 32 reizen naar
    # prioriteitslanden; ..."); None without a policy or without trips made.
    policy: str | None = None
    # Call deadlines and reports due of EU projects within the agreements' horizon.
    deadlines: list[ProjectDeadline] = field(default_factory=list)


def gather(
    session: Session, today: dt.date, chosen_year: int | None, horizons: Horizons
) -> DashboardData:
    """Read the page's data. `chosen_year` is the year the user picked (None: the
    default, the current year when it has trips, else the most recent one with trips)."""
    years = year_choice(session, today)
    year = chosen_year if chosen_year in years.years else years.default
    upcoming = upcoming_trips(session, today, horizons.upcoming_months)
    return DashboardData(
        today=today,
        horizons=horizons,
        years=years,
        year=year,
        upcoming=upcoming,
        follow_ups=due_follow_ups(session, today, horizons.follow_up_days),
        agreements=expiring_agreements(session, today, horizons.expiry_months),
        dormant=dormant_relations(session, today, horizons.dormant_years),
        relations=relations_in_force(session),
        figures=year_comparison(session, year, today),
        # The trips of the last year and the planned ones: an archive of decades would
        # bury the points that still matter.
        findings=plausibility_findings(session, today, trips_since=today - dt.timedelta(days=365)),
        budget=budget_bars(budget_use(session, year)),
        readiness={
            trip_id: [item.message for item in items]
            for trip_id, items in readiness_of_trips(
                session, [t.trip_id for t in upcoming], today
            ).items()
        },
        policy=_policy(session, year),
        deadlines=project_deadlines(
            session, today, (months_later(today, horizons.expiry_months) - today).days
        ),
    )


def _policy(session: Session, year: int) -> str | None:
    figures = policy_year(session, year)
    return policy_sentence(figures) if figures is not None and figures.trips else None

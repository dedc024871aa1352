"""What a year's trips say about the policy: how many went to the priority countries (and
to the markets explored) of the policies in force, and which theme most trips served.
A trip serves a priority country by going there, or by being linked to it by a person
(the trip form's Beleid tab, or the policy form): a trip to Brussels that met the Gulf
delegations counts once someone links it to the Gulf region.
The counts a council asks for when it debates the policy; the sentence is made from them
in the current language (`policy_sentence`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..domain.enums import PriorityKind
from ..domain.models import Policy, Trip
from ..i18n import _, ngettext
from .records import policies_in_force
from .reporting import done_trips


@dataclass(frozen=True)
class PolicyYear:
    year: int
    trips: int  # the trips made in the year
    to_priority_countries: int  # of those, going to at least one priority country
    to_markets_explored: int  # going to at least one market explored
    top_theme: str | None  # the theme most of them carry (first by name on a tie)
    top_theme_trips: int


def policy_year(
    session: Session, year: int, trips: Sequence[Trip] | None = None
) -> PolicyYear | None:
    """The figures of `year` (its trips made, unless `trips` gives them), or None when no
    policy is in force that year."""
    policies = policies_in_force(session, year)
    if not policies:
        return None
    trips = done_trips(session, year) if trips is None else trips
    priority = _countries(policies, PriorityKind.PRIORITY_COUNTRY)
    markets = _countries(policies, PriorityKind.MARKET_EXPLORED)
    linked_priority = _linked(policies, PriorityKind.PRIORITY_COUNTRY)
    linked_markets = _linked(policies, PriorityKind.MARKET_EXPLORED)
    goes_to = [({d.country_code for d in trip.destinations}, trip.id) for trip in trips]
    themes = Counter(t.name for trip in trips for t in trip.themes)
    # Most trips first, then by name: the same answer every time on a tie.
    top = min(themes.items(), key=lambda item: (-item[1], item[0]), default=None)
    return PolicyYear(
        year=year,
        trips=len(trips),
        to_priority_countries=sum(
            1 for countries, id_ in goes_to if countries & priority or id_ in linked_priority
        ),
        to_markets_explored=sum(
            1 for countries, id_ in goes_to if countries & markets or id_ in linked_markets
        ),
        top_theme=top[0] if top else None,
        top_theme_trips=top[1] if top else 0,
    )


def _countries(policies: Sequence[Policy], kind: PriorityKind) -> set[str]:
    return {
        code
        for policy in policies
        for priority in policy.priorities
        if priority.kind is kind
        for code in priority.countries
    }


def _linked(policies: Sequence[Policy], kind: PriorityKind) -> set[int]:
    """The trips linked to a priority of `kind` of these policies."""
    return {
        trip.id
        for policy in policies
        for priority in policy.priorities
        if priority.kind is kind
        for trip in priority.trips
    }


def policy_sentence(figures: PolicyYear) -> str:
    """'10 van 32 reizen naar prioriteitslanden; meest gediende thema: haven'."""
    parts = [
        ngettext(
            "{served} of {count} trip to priority countries",
            "{served} of {count} trips to priority countries",
            figures.trips,
        ).format(served=figures.to_priority_countries, count=figures.trips)
    ]
    if figures.to_markets_explored:
        parts.append(
            ngettext(
                "{count} to a market explored",
                "{count} to markets explored",
                figures.to_markets_explored,
            ).format(count=figures.to_markets_explored)
        )
    if figures.top_theme:
        parts.append(_("most served theme: {theme}").format(theme=figures.top_theme))
    return "; ".join(parts)

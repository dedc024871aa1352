"""Phrases built from the records, as the council reports word them (in the current
language; the Dutch as the council reads it)."""

from __future__ import annotations

import datetime as dt

from ..domain.enums import TripKind
from ..domain.labels import label
from ..domain.models import Trip
from ..domain.titles import titled_name
from ..formatting import country_name, dutch_list, money, period_range
from ..i18n import N_, _
from ..services.known_figures import cost_parts


def capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def trip_when(trip: Trip) -> str:
    """27 januari t/m 3 februari 2024, or juni 2025 for a trip known by its month, 2016
    for one known by its year."""
    if trip.start_date is None:
        return _("date not yet known")
    return period_range(trip.start_date, trip.end_date, trip.date_precision)


def places_text(trip: Trip, *, brackets: bool = False) -> str:
    """Kopenhagen, Denemarken; Malmö en Stockholm (Zweden); Ecuador, Peru en Colombia.

    Destinations are grouped per country in the trip's order; a country is named after
    its places, and alone when no place is known.
    """
    groups: dict[str, list[str]] = {}
    countries: dict[str, str] = {}
    for destination in trip.destinations:
        code = destination.country_code
        countries[code] = country_name(code, destination.country.name)
        names = groups.setdefault(destination.country_code, [])
        if destination.place is not None and destination.place.name not in names:
            names.append(destination.place.name)
    with_places = any(groups.values())
    parts = []
    for code, names in groups.items():
        country = countries[code]
        shown = [n for n in names if n != country]  # Singapore, Singapore
        if not shown:
            parts.append(dutch_list(names) or country)
        elif brackets or (len(groups) > 1 and with_places):
            parts.append(f"{dutch_list(shown)} ({country})")
        else:
            parts.append(f"{dutch_list(shown)}, {country}")
    return dutch_list(parts)


def trip_day(trip: Trip, as_of: dt.date) -> dt.date:
    """The day that decides a traveller's title: the start, or the report's date."""
    return trip.start_date or as_of


def travellers_text(trip: Trip, as_of: dt.date) -> str:
    """burgemeester Aboutaleb en wethouder Zeegers (titles as on the trip's first day)."""
    day = trip_day(trip, as_of)
    return dutch_list([titled_name(t.official, day, as_of) for t in trip.travellers])


# The heading of a trip per kind, with the preposition the kind takes ("naar" a mission's
# destination, "in" a congress's city). A new kind needs one entry here; a kind without
# one is named by its label.
KIND_HEADINGS: dict[TripKind, str] = {
    TripKind.WORKING_VISIT: N_("Working visit to {places}"),
    TripKind.TRADE_MISSION: N_("Trade mission to {places}"),
    TripKind.CONFERENCE: N_("Conference in {places}"),
    TripKind.NETWORK_MEETING: N_("Network meeting in {places}"),
    TripKind.STUDY_TRIP: N_("Study trip to {places}"),
}


def kind_heading(kind: TripKind, places: str) -> str:
    """Werkbezoek Kopenhagen, Denemarken; Congres in Nantes, Frankrijk."""
    phrase = KIND_HEADINGS.get(kind)
    if phrase is None:
        return _("{kind}: {places}").format(kind=capitalised(label(kind)), places=places)
    return _(phrase).format(places=places)


def trip_heading(trip: Trip, as_of: dt.date) -> str:
    """Werkbezoek Kopenhagen, Denemarken door voormalig wethouder Karremans."""
    places = kind_heading(trip.kind, places_text(trip))
    travellers = travellers_text(trip, as_of)
    if travellers:
        return _("{heading} by {travellers}").format(heading=places, travellers=travellers)
    return places


def transport_text(trip: Trip) -> str:
    """Trein en dienstauto."""
    return capitalised(dutch_list([label(t.mode) for t in trip.transport]))


def total_costs_text(trip: Trip, *, whole: bool = False) -> str:
    """The trip's total costs; when a part of it is unknown, it says so rather than pass
    for complete."""
    total = money(trip.total_costs, whole=whole)
    if any(part is None for part in cost_parts(trip)):
        return _("{amount} (incomplete: not every amount is known)").format(amount=total)
    return total


def themes_text(themes: list) -> str:
    return ", ".join(t.name for t in themes)

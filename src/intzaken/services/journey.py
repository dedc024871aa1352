"""A trip's journey as legs, proposed, saved and estimated (issue 20).

The proposal goes from the organisation's home place through the destinations in their
order and back home, by the trip's first transport mode. Saving the legs estimates the
trip again with the factor set it was estimated with before (a printed figure stays
reproducible); `estimate_trip(..., again=True)` takes the newest set and the
organisation's current choice on radiative forcing, which the user asks for.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..domain.enums import CabinClass, TransportMode
from ..domain.models import JourneyLeg, Place, Trip
from ..i18n import _
from ..registers import RegisterKey
from .airports import airport_point
from .checks import Checker
from .co2_estimate import LegInput, Point, TripEstimate, estimate_journey
from .common import Records, check_reference
from .data import JourneyLegData
from .emission_factors import FactorSet, factor_sets, newest_set
from .fields import field_label
from .organisation import get_organisation
from .record_values import estimate_method_text
from .tracking import editing
from .train_time import parse_duration
from .travel_policy import MAX_MINUTES

_IATA = re.compile(r"^[A-Z]{3}$")


def place_point(place: Place | None) -> Point | None:
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return Point(place.latitude, place.longitude, place.country_code)


def propose_journey(session: Session, trip: Trip) -> list[JourneyLegData]:
    """Home -> each destination with a place, in order -> home, by the trip's first
    transport mode (plane when none is given). Empty without a home place."""
    mode = trip.transport[0].mode if trip.transport else TransportMode.PLANE
    return propose_legs(session, [d.place_id for d in trip.destinations], mode)


def propose_legs(
    session: Session,
    place_ids: list[int | None],
    mode: TransportMode | None,
    *,
    home_id: int | None = None,
) -> list[JourneyLegData]:
    """The proposal for destinations (place numbers in order; None for a country
    without a place, skipped) and a main mode (plane when None), from `home_id` or the
    organisation's home place. Empty without a home place or a destination with a place."""
    if home_id is None:
        organisation = get_organisation(session)
        home_id = organisation.home_place_id if organisation is not None else None
    if home_id is None:
        return []
    stops = [home_id]
    for place_id in place_ids:
        if place_id is not None and place_id != stops[-1]:
            stops.append(place_id)
    if len(stops) == 1:
        return []
    stops.append(home_id)
    mode = mode or TransportMode.PLANE
    return [JourneyLegData(a, b, mode) for a, b in zip(stops, stops[1:], strict=False)]


def checked_journey(
    check: Checker, source: Records, legs: list[JourneyLegData]
) -> list[JourneyLeg]:
    """The legs as stored; problems go to `check` (also a form's trial save)."""
    result = []
    for index, data in enumerate(legs):
        prefix = f"journey[{index}]"
        start = check_reference(
            check, source, Place, f"{prefix}.from_place_id", data.from_place_id, required=True
        )
        end = check_reference(
            check, source, Place, f"{prefix}.to_place_id", data.to_place_id, required=True
        )
        mode = check.choice(f"{prefix}.mode", TransportMode, data.mode)
        cabin = check.choice(f"{prefix}.cabin", CabinClass, data.cabin or CabinClass.AVERAGE)
        airports = []
        for name in ("from_airport", "to_airport"):
            code = (getattr(data, name) or "").strip().upper()
            field = f"{prefix}.{name}"
            if code and mode is not TransportMode.PLANE:
                check.fail(field, _("{field}: only for a flight.").format(field=field_label(field)))
            elif code and (not _IATA.match(code) or airport_point(code) is None):
                check.fail(
                    field,
                    _(
                        "{field}: '{code}' is not a known airport code (three letters, IATA)."
                    ).format(field=field_label(field), code=code),
                )
            airports.append(code)
        train_minutes = _train_minutes(check, f"{prefix}.train_minutes", data.train_minutes, mode)
        if start is None or end is None or mode is None or cabin is None:
            continue
        if mode is not TransportMode.PLANE:
            cabin = CabinClass.AVERAGE
        result.append(
            JourneyLeg(
                position=index,
                from_place_id=start.id,
                to_place_id=end.id,
                mode=mode,
                from_airport=airports[0],
                to_airport=airports[1],
                cabin=cabin,
                train_minutes=train_minutes,
            )
        )
    return result


def _train_minutes(
    check: Checker, field: str, value: int | str | None, mode: TransportMode | None
) -> int | None:
    """A flight's looked-up train time: whole minutes, or '5:30' as typed in the form."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    minutes = parse_duration(value) if isinstance(value, str) else value
    if mode is not TransportMode.PLANE:
        check.fail(field, _("{field}: only for a flight.").format(field=field_label(field)))
        return None
    if minutes is None or not 0 < minutes <= MAX_MINUTES:
        check.fail(
            field,
            _(
                "{field}: give the door-to-door time by train as hours and minutes (5:30) "
                "or in minutes (330), at most 48 hours."
            ).format(field=field_label(field)),
        )
        return None
    return minutes


def set_journey(
    session: Session,
    trip_id: int,
    legs: list[JourneyLegData],
    *,
    expected_version: int | None = None,
    policy_reason: str | None = None,
    folder: Path | None = None,
) -> Trip:
    """Replace the trip's legs (and, if given, the reason for flying below the travel
    policy's distance) and estimate it again with the set it had."""
    check = Checker()
    checked = checked_journey(check, session, legs)
    reason = check.text("policy_reason", policy_reason, multiline=True)
    check.done()
    trip: Trip
    with editing(session, RegisterKey.TRIPS, trip_id, expected_version) as trip:
        trip.journey = checked
        if policy_reason is not None:
            trip.policy_reason = reason
        session.flush()
        _store(trip, _estimate(session, trip, again=False, folder=folder))
    return trip


def leg_input(
    start: Place | None,
    end: Place | None,
    mode: TransportMode,
    from_airport: str = "",
    to_airport: str = "",
    cabin: CabinClass = CabinClass.AVERAGE,
) -> LegInput:
    """A leg as the arithmetic takes it: a flight's airports where given, else the
    places' own coordinates."""
    start_point, end_point = place_point(start), place_point(end)
    if mode is TransportMode.PLANE:
        start_point = (airport_point(from_airport) if from_airport else None) or start_point
        end_point = (airport_point(to_airport) if to_airport else None) or end_point
    return LegInput(start_point, end_point, mode, cabin)


def leg_inputs(trip: Trip) -> list[LegInput]:
    return [
        leg_input(
            leg.from_place, leg.to_place, leg.mode, leg.from_airport, leg.to_airport, leg.cabin
        )
        for leg in trip.journey
    ]


def preview_estimate(
    session: Session, trip_id: int | None, legs: list[JourneyLegData], travellers: int
) -> TripEstimate | None:
    """What the form's input would estimate, with the set the trip keeps (the newest for
    a new trip); None without legs. Legs that are not complete count as unknown."""
    if not legs:
        return None
    trip = session.get(Trip, trip_id) if trip_id is not None else None
    kept = factor_set_of(trip) if trip is not None else None
    if trip is not None and kept is not None and trip.co2_estimate_rf is not None:
        factors, with_rf = kept, trip.co2_estimate_rf
    else:
        organisation = get_organisation(session)
        factors = newest_set()
        with_rf = organisation.co2_with_radiative_forcing if organisation is not None else True
    inputs = []
    for leg in legs:
        try:
            mode = TransportMode(leg.mode)
            cabin = CabinClass(leg.cabin or CabinClass.AVERAGE)
        except ValueError:
            mode, cabin = TransportMode.OTHER, CabinClass.AVERAGE
        start = session.get(Place, leg.from_place_id) if leg.from_place_id else None
        end = session.get(Place, leg.to_place_id) if leg.to_place_id else None
        from_code = (leg.from_airport or "").strip().upper()
        to_code = (leg.to_airport or "").strip().upper()
        inputs.append(leg_input(start, end, mode, from_code, to_code, cabin))
    return estimate_journey(factors, inputs, travellers, with_rf=with_rf)


def factor_set_of(trip: Trip, folder: Path | None = None) -> FactorSet | None:
    """The set the trip was estimated with, if it is still there."""
    return factor_sets(folder).get(trip.co2_estimate_set) if trip.co2_estimate_set else None


def _estimate(
    session: Session, trip: Trip, *, again: bool, folder: Path | None
) -> TripEstimate | None:
    if not trip.journey:
        return None
    kept = None if again else factor_set_of(trip, folder)
    if kept is not None and trip.co2_estimate_rf is not None:
        factors, with_rf = kept, trip.co2_estimate_rf
    else:
        organisation = get_organisation(session)
        factors = newest_set(folder)
        with_rf = organisation.co2_with_radiative_forcing if organisation is not None else True
    return estimate_journey(factors, leg_inputs(trip), len(trip.travellers), with_rf=with_rf)


def trip_estimate(session: Session, trip: Trip, folder: Path | None = None) -> TripEstimate | None:
    """The trip's estimate per leg as stored: with its own set (for showing, not saving)."""
    return _estimate(session, trip, again=False, folder=folder)


def estimate_columns(session: Session, trip: Any) -> dict[str, Any]:
    """The estimate columns of a new trip written in bulk (an import): `trip` is its
    CheckedTrip, whose journey legs are not stored yet."""
    legs = [
        JourneyLegData(
            leg.from_place_id,
            leg.to_place_id,
            leg.mode,
            leg.from_airport,
            leg.to_airport,
            leg.cabin,
            leg.train_minutes,
        )
        for leg in trip.journey or []
    ]
    estimate = preview_estimate(session, None, legs, len(trip.travellers))
    if estimate is None:  # every row of a bulk insert names the same columns
        return dict.fromkeys(
            ("co2_estimate", "co2_estimate_year", "co2_estimate_rf", "co2_estimate_travellers")
        ) | {"co2_estimate_set": ""}
    return {
        "co2_estimate": estimate.delegation,
        "co2_estimate_set": estimate.factor_set.id,
        "co2_estimate_year": estimate.factor_set.year,
        "co2_estimate_rf": estimate.with_rf,
        "co2_estimate_travellers": estimate.travellers,
    }


def estimate_method(trip: Trip) -> str | None:
    """How the stored estimate was made (record_values.estimate_method_text)."""
    return estimate_method_text(
        trip.co2_estimate is not None,
        trip.co2_estimate_set,
        trip.co2_estimate_year,
        trip.co2_estimate_rf,
    )


def refresh_estimate(session: Session, trip: Trip) -> None:
    """Estimate the trip again with the set it was estimated with (its journey or its
    travellers changed); the newest set for a trip never estimated."""
    _store(trip, _estimate(session, trip, again=False, folder=None))


def _store(trip: Trip, estimate: TripEstimate | None) -> None:
    if estimate is None:
        trip.co2_estimate, trip.co2_estimate_set = None, ""
        trip.co2_estimate_year = trip.co2_estimate_rf = trip.co2_estimate_travellers = None
        return
    trip.co2_estimate = estimate.delegation
    trip.co2_estimate_set = estimate.factor_set.id
    trip.co2_estimate_year = estimate.factor_set.year
    trip.co2_estimate_rf = estimate.with_rf
    trip.co2_estimate_travellers = estimate.travellers


def estimate_trip(
    session: Session, trip_id: int, *, again: bool = False, folder: Path | None = None
) -> Trip:
    """Estimate the trip from its journey (proposed first when it has none). `again`:
    with the newest factor set and the current choice on radiative forcing, instead of
    the set the trip was estimated with."""
    trip: Trip
    with editing(session, RegisterKey.TRIPS, trip_id) as trip:
        if not trip.journey:
            proposal = propose_journey(session, trip)
            check = Checker()
            trip.journey = checked_journey(check, session, proposal)
            check.done()
            session.flush()
        _store(trip, _estimate(session, trip, again=again, folder=folder))
    return trip

"""Official trips: planning, recording costs and CO2, programme and follow-up."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, extract, select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import DatePrecision, TransportMode, TripKind, TripStatus
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Country,
    DelegationMember,
    FollowUp,
    JourneyLeg,
    Network,
    Official,
    Place,
    ProgrammeContact,
    ProgrammeItem,
    Relation,
    Trip,
    TripDestination,
    TripHost,
    TripLeg,
    TripStay,
    TripTransport,
    TripTraveller,
)
from ..formatting import country_name
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import Records, check_reference, check_references, themes_named
from .data import (
    DelegateData,  # noqa: F401 -- re-exported with its service
    DestinationData,
    FollowUpData,  # noqa: F401 -- re-exported with its service
    GiftData,  # noqa: F401 -- re-exported with its service
    HostData,  # noqa: F401 -- re-exported with its service
    LegData,  # noqa: F401 -- re-exported with its service
    ProgrammeItemData,  # noqa: F401 -- re-exported with its service
    StayData,  # noqa: F401 -- re-exported with its service
    TripData,
)
from .fields import field_label
from .journey import checked_journey, refresh_estimate
from .mission_checks import (
    CheckedLeg,
    CheckedProgrammeItem,
    CheckedStay,
    check_hosts,
    check_legs,
    check_programme,
    check_stays,
    check_traveller_roles,
    check_zone,
)
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created
from .trip_costs import CheckedCostColumns, apply_cost_columns, check_cost_columns


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def _dates(
    check: Checker, data: TripData, status: TripStatus | None, precision: DatePrecision | None
) -> tuple[dt.date | None, dt.date | None]:
    start, end = data.start_date, data.end_date
    if start is None:
        if status not in (TripStatus.IDEA, TripStatus.CANCELLED):
            check.fail(
                "start_date",
                _("{field} is required (for a planned trip the month is enough).").format(
                    field=field_label("start_date")
                ),
            )
        if end is not None:
            check.fail(
                "start_date",
                _("{field} is missing while there is an end date.").format(
                    field=field_label("start_date")
                ),
            )
        return None, None
    if precision is DatePrecision.MONTH:
        # A trip known by its month spans that whole month (or months).
        start = month_bounds(start)[0]
        end = month_bounds(end or start)[1]
    elif precision is DatePrecision.YEAR:
        # Known by its year: 1 January to 31 December (of the end's year, if given).
        start = start.replace(month=1, day=1)
        end = (end or start).replace(month=12, day=31)
    elif end is None:
        end = start
    check.date_order("start_date", start, "end_date", end)
    return start, end


def _destinations(
    check: Checker, source: Records, items: list[DestinationData]
) -> list[tuple[Country, Place | None]]:
    if not items:
        check.fail(
            "destinations",
            _("{field}: give at least one country.").format(field=field_label("destinations")),
        )
    result = []
    for index, item in enumerate(items):
        prefix = f"destinations[{index}]"
        country = check_reference(
            check,
            source,
            Country,
            f"{prefix}.country_code",
            (item.country_code or "").upper() or None,
            required=True,
        )
        place = check_reference(check, source, Place, f"{prefix}.place_id", item.place_id)
        if country is not None and place is not None and place.country_code != country.code:
            check.fail(
                f"{prefix}.place_id",
                _("{field}: {place} is not in {country}.").format(
                    field=field_label(prefix),
                    place=place.name,
                    country=country_name(country.code, country.name),
                ),
            )
        if country is not None:
            result.append((country, place))
    return result


def lead_official(data: TripData) -> int | None:
    """The delegation leader: the one chosen, or the only traveller when there is one.

    One traveller leads their own delegation; asking would only make the user type what
    the app already knows (in the window, an import and the command line alike).
    """
    if data.lead_official_id is None and len(set(data.traveller_ids)) == 1:
        return data.traveller_ids[0]
    return data.lead_official_id


def _travellers(check: Checker, source: Records, data: TripData) -> list[Official]:
    if not data.traveller_ids:
        check.fail(
            "travellers",
            _("{field}: choose at least one official.").format(field=field_label("travellers")),
        )
    officials = check_references(check, source, Official, "travellers", data.traveller_ids)
    if data.traveller_ids and lead_official(data) is None:
        check.fail(
            "lead_official_id",
            _("{field}: choose which of the travellers leads.").format(
                field=field_label("lead_official_id")
            ),
        )
    elif data.lead_official_id is not None and data.lead_official_id not in data.traveller_ids:
        check.fail(
            "lead_official_id",
            _("{field} must be one of the travellers.").format(
                field=field_label("lead_official_id")
            ),
        )
    return officials


def _budget_line(
    check: Checker, source: Records, data: TripData, start: dt.date | None
) -> BudgetLine | None:
    line = check_reference(check, source, BudgetLine, "budget_line_id", data.budget_line_id)
    if line is not None and start is not None and line.year != start.year:
        check.fail(
            "budget_line_id",
            _("Budget line '{name}' belongs to {year}, the trip begins in {start}.").format(
                name=line.name, year=line.year, start=start.year
            ),
        )
    return line


@dataclass
class CheckedTrip:
    """A trip's data as the rules accept it and as it is stored: what a form and an import
    both get from `check_trip`, before either writes it in its own way."""

    title: str
    kind: TripKind
    status: TripStatus
    precision: DatePrecision
    start: dt.date | None
    end: dt.date | None
    purpose: str
    outcomes: str
    notes: str
    travel_and_stay: Decimal | None
    other_costs: Decimal | None
    co2_tonnes: Decimal | None
    co2_offset: Decimal | None
    budget_line: BudgetLine | None
    destinations: list[tuple[Country, Place | None]]
    travellers: list[Official]
    lead_official_id: int | None
    modes: list[TransportMode]
    delegation: list[tuple[str, str, str, str]]  # organisation, name, function, role
    programme: list[CheckedProgrammeItem]
    follow_ups: list[tuple[str, dt.date | None, bool]]  # description, due, done
    relations: list[Relation]
    networks: list[Network]
    agreements: list[Agreement]
    themes: list[str]
    traveller_roles: dict[int, str]  # official id -> role
    legs: list[CheckedLeg]
    stays: list[CheckedStay]
    hosts: list[tuple[Contact, str]]  # contact, role
    local_transport: str
    ground_contact: Contact | None
    time_zone: str
    journey: list[JourneyLeg] | None = None  # None: keep the stored journey
    policy_reason: str | None = None
    sourced: CheckedSource = CheckedSource()  # services/sources.py
    columns: CheckedCostColumns | None = None  # the columns councils ask for (issue 21)


def check_trip(check: Checker, source: Records, data: TripData) -> CheckedTrip | None:
    """The trip rules: problems go to `check`; None when there are any.

    `source` answers `get(model, record_id)` for the records the trip names: the session
    for a form, records loaded once for an import (the same rules either way).
    """
    title = check.text("title", data.title, required=True, max_length=300)
    kind = check.choice("kind", TripKind, data.kind)
    status = check.choice("status", TripStatus, data.status)
    precision = check.choice("date_precision", DatePrecision, data.date_precision)
    start, end = _dates(check, data, status, precision)
    destinations = _destinations(check, source, data.destinations)
    travellers = _travellers(check, source, data)
    check.no_duplicates("transport", data.transport)
    modes = [
        check.choice(f"transport[{i}]", TransportMode, m) for i, m in enumerate(data.transport)
    ]
    travel = check.amount("travel_and_stay", data.travel_and_stay)
    other = check.amount("other_costs", data.other_costs)
    co2 = check.amount("co2_tonnes", data.co2_tonnes, places=3)
    offset = check.amount("co2_offset", data.co2_offset)
    columns = check_cost_columns(check, data)
    line = _budget_line(check, source, data, start)
    relations = check_references(check, source, Relation, "relation_ids", data.relation_ids)
    networks = check_references(check, source, Network, "network_ids", data.network_ids)
    agreements = check_references(check, source, Agreement, "agreement_ids", data.agreement_ids)
    delegation = [
        (
            check.text(
                f"delegation[{i}].organisation", d.organisation, required=True, max_length=200
            ),
            check.text(f"delegation[{i}].name", d.name, max_length=200),
            check.text(f"delegation[{i}].function", d.function, max_length=200),
            check.text(f"delegation[{i}].role", d.role, max_length=200),
        )
        for i, d in enumerate(data.delegation)
    ]
    programme = check_programme(check, source, data.programme, data.traveller_ids)
    roles = check_traveller_roles(check, source, data.traveller_roles, data.traveller_ids)
    legs = check_legs(check, data.legs)
    stays = check_stays(check, data.stays)
    hosts = check_hosts(check, source, data.hosts)
    ground = check_reference(check, source, Contact, "ground_contact_id", data.ground_contact_id)
    local_transport = check.text("local_transport", data.local_transport, multiline=True)
    time_zone = check_zone(check, "time_zone", data.time_zone)
    follow_ups = [
        (
            check.text(
                f"follow_ups[{i}].description", f.description, required=True, multiline=True
            ),
            f.due,
            f.done,
        )
        for i, f in enumerate(data.follow_ups)
    ]
    themes = check.themes("themes", data.themes)
    purpose = check.text("purpose", data.purpose, multiline=True)
    outcomes = check.text("outcomes", data.outcomes, multiline=True)
    notes = check.text("notes", data.notes, multiline=True)
    journey = None if data.journey is None else checked_journey(check, source, data.journey)
    reason = data.policy_reason
    if reason is not None:
        reason = check.text("policy_reason", reason, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert kind and status and precision
    return CheckedTrip(
        title=title,
        kind=kind,
        status=status,
        precision=precision,
        start=start,
        end=end,
        purpose=purpose,
        outcomes=outcomes,
        notes=notes,
        travel_and_stay=travel,
        other_costs=other,
        co2_tonnes=co2,
        co2_offset=offset,
        budget_line=line,
        destinations=destinations,
        travellers=travellers,
        lead_official_id=lead_official(data),
        modes=[m for m in modes if m],
        delegation=delegation,
        programme=programme,
        follow_ups=follow_ups,
        relations=relations,
        networks=networks,
        agreements=agreements,
        themes=themes,
        traveller_roles=roles,
        legs=legs,
        stays=stays,
        hosts=hosts,
        local_transport=local_transport,
        ground_contact=ground,
        time_zone=time_zone,
        journey=journey,
        policy_reason=reason,
        sourced=sourced,
        columns=columns,
    )


def _apply(session: Session, trip: Trip, data: TripData) -> Trip:
    check = Checker()
    checked = check_trip(check, session, data)
    check.done()
    assert checked is not None
    apply_source(trip, checked.sourced)
    if trip.id is not None:
        # Replacing keyed children: remove the old rows first so the keys (trip, official),
        # (trip, mode), (trip, contact) and (item, contact) of the new rows cannot collide
        # with them in one flush.
        trip.travellers, trip.transport, trip.hosts, trip.programme = [], [], [], []
        session.flush()
    trip.title, trip.kind, trip.status = checked.title, checked.kind, checked.status
    trip.date_precision = checked.precision
    trip.purpose, trip.outcomes, trip.notes = checked.purpose, checked.outcomes, checked.notes
    trip.start_date, trip.end_date = checked.start, checked.end
    assert checked.columns is not None
    costs = (checked.travel_and_stay, checked.other_costs)
    apply_cost_columns(trip, checked.columns, checked.status, costs)
    trip.travel_and_stay, trip.other_costs = checked.travel_and_stay, checked.other_costs
    trip.co2_tonnes, trip.co2_offset = checked.co2_tonnes, checked.co2_offset
    trip.budget_line = checked.budget_line
    trip.destinations = [
        TripDestination(position=i, country=country, place=place)
        for i, (country, place) in enumerate(checked.destinations)
    ]
    trip.time_zone, trip.local_transport = checked.time_zone, checked.local_transport
    trip.ground_contact = checked.ground_contact
    trip.travellers = [
        TripTraveller(
            official=o,
            position=i,
            is_lead=o.id == checked.lead_official_id,
            role=checked.traveller_roles.get(o.id, ""),
        )
        for i, o in enumerate(checked.travellers)
    ]
    trip.transport = [TripTransport(mode=m, position=i) for i, m in enumerate(checked.modes)]
    trip.delegation = [
        DelegationMember(organisation=organisation, name=name, function=function, role=role)
        for organisation, name, function, role in checked.delegation
    ]
    trip.programme = [
        ProgrammeItem(
            **p.columns(),
            contact_links=[
                ProgrammeContact(contact=contact, position=i)
                for i, contact in enumerate(p.contacts)
            ],
            attendees=p.attendees,
        )
        for p in checked.programme
    ]
    trip.legs = [TripLeg(position=i, **leg.columns()) for i, leg in enumerate(checked.legs)]
    trip.stays = [TripStay(position=i, **stay.columns()) for i, stay in enumerate(checked.stays)]
    trip.hosts = [
        TripHost(contact=contact, position=i, role=role)
        for i, (contact, role) in enumerate(checked.hosts)
    ]
    trip.follow_ups = [
        FollowUp(description=description, due=due, done=done)
        for description, due, done in checked.follow_ups
    ]
    trip.relations, trip.networks = checked.relations, checked.networks
    trip.agreements = checked.agreements
    trip.themes = themes_named(session, checked.themes)
    if checked.journey is not None:
        trip.journey = checked.journey
    if checked.policy_reason is not None:
        trip.policy_reason = checked.policy_reason
    session.add(trip)
    session.flush()
    if trip.journey or trip.co2_estimate is not None:
        # The legs or the travellers may have changed: the same factor set, new sums.
        refresh_estimate(session, trip)
        session.flush()
    return trip


def create_trip(session: Session, data: TripData, *, record_id: int | None = None) -> Trip:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    trip = _apply(session, new_record(session, RegisterKey.TRIPS, record_id), data)
    record_created(session, RegisterKey.TRIPS, trip)
    return trip


def update_trip(
    session: Session, trip_id: int, data: TripData, *, expected_version: int | None = None
) -> Trip:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.TRIPS, trip_id, expected_version) as trip:
        return _apply(session, trip, data)


def delete_trip(session: Session, trip_id: int, *, expected_version: int | None = None) -> None:
    """Trips are the leaves of the model: nothing refers to them but their own rows."""
    with deleting(session, RegisterKey.TRIPS, trip_id, expected_version) as trip:
        session.delete(trip)


def trips_query(year: int | None = None) -> Select[Trip]:
    """Trips in date order with what listing them needs, loaded in a few batch queries."""
    query = (
        select(Trip)
        .options(
            selectinload(Trip.destinations).selectinload(TripDestination.place),
            selectinload(Trip.destinations).selectinload(TripDestination.country),
            selectinload(Trip.travellers)
            .selectinload(TripTraveller.official)
            .selectinload(Official.terms),
            selectinload(Trip.transport),
            selectinload(Trip.themes),
            selectinload(Trip.budget_line),
            # The journey's legs and their places: the travel policy check reads them.
            selectinload(Trip.journey).selectinload(JourneyLeg.from_place),
            selectinload(Trip.journey).selectinload(JourneyLeg.to_place),
        )
        .order_by(Trip.start_date.nulls_first(), Trip.id)
    )
    if year is not None:
        query = query.where(extract("year", Trip.start_date) == year)
    return query


def list_trips(session: Session, year: int | None = None) -> list[Trip]:
    return list(session.scalars(trips_query(year)))

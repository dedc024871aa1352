"""Reads a demo profile (TOML files in resources/demo/<profile>/) and writes it through
the services, so demo data passes exactly the validation user input passes."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Trip
from ..resources import resource_path
from ..services import (
    agreements,
    budget,
    compensation,
    journey,
    networks,
    officials,
    organisation,
    places,
    policies,
    projects,
    relations,
)
from ..services import data as records
from ..services import trips as trip_service
from ..services.country_facts import CountryFactsData, save_country_facts
from ..services.errors import ValidationError
from ..services.priority_proposals import proposed_links
from .errors import DemoDataError
from .mission import DemoDateError, DemoDates, mission_fields
from .sources import DOCUMENTS, source_fields, take_file_source, term_source

PROFILES = ("rotterdam", "groningen", "almere")


def read_profile(profile: str) -> dict[str, Any]:
    """All TOML files of a profile merged: arrays concatenated in file-name order."""
    folder = resource_path("demo", profile)
    files = sorted(folder.glob("*.toml"))
    if profile not in PROFILES or not files:
        raise DemoDataError(f"Onbekend demoprofiel '{profile}'; kies uit {', '.join(PROFILES)}.")
    merged: dict[str, Any] = {}
    for path in files:
        with path.open("rb") as handle:
            loaded = tomllib.load(handle)
        take_file_source(loaded)
        for key, value in loaded.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            elif key == DOCUMENTS:
                merged.setdefault(key, {}).update(value)
            else:
                merged[key] = value
    return merged


def _amount(value: str | None) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise DemoDataError(f"amount {value!r} must be a string, floats are inexact")
    return Decimal(value)


@dataclass
class _Keys:
    officials: dict[str, int] = field(default_factory=dict)
    places: dict[str, int] = field(default_factory=dict)
    place_identity: dict[str, tuple[str, str]] = field(default_factory=dict)
    contacts: dict[str, int] = field(default_factory=dict)
    networks: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    agreements: dict[str, int] = field(default_factory=dict)
    budget_lines: dict[tuple[int, str], int] = field(default_factory=dict)
    profile: str = ""
    # The day the demo is written: relative dates (demo/mission.py) count from it.
    dates: DemoDates = field(default_factory=lambda: DemoDates(dt.date.today()))
    home: str | None = None  # the key of the organisation's home place: routes start there
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # demo/sources.py

    def source(self, item: dict[str, Any], where: str) -> dict[str, Any]:
        return source_fields(item, self.documents, where)

    def get(self, table: str, key: Any, where: str) -> int:
        try:
            return getattr(self, table)[key]
        except KeyError:
            raise DemoDataError(f"{where}: unknown {table} key {key!r}") from None

    def opt(self, table: str, key: Any, where: str) -> int | None:
        return None if key is None else self.get(table, key, where)

    def many(self, table: str, keys: list[Any], where: str) -> list[int]:
        return [self.get(table, k, where) for k in keys]


def load_profile(session: Session, profile: str, *, today: dt.date | None = None) -> dict[str, int]:
    """Write the profile into `session`; returns how many records of each kind it wrote.
    Relative dates (an example mission ahead) count from `today` (default: the date)."""
    data = read_profile(profile)
    keys = _Keys(
        profile=profile,
        dates=DemoDates(today or dt.date.today()),
        home=data["organisation"].get("home_place"),
        documents=data.get(DOCUMENTS, {}),
    )
    places.sync_countries(session)
    steps = [
        ("officials", _official),
        ("places", _place),
        # After its places, so it is created with its home place in one entry of the
        # history, as a user would save it.
        ("organisation", _organisation),
        ("contacts", _contact),
        ("budget_lines", _budget_line),
        ("networks", _network),
        ("relations", _relation),
        ("agreements", _agreement),
        ("country_facts", _country_facts),
        ("trips", _trip),
        ("policies", _policy),
        ("projects", _project),
    ]
    counts = {}
    for name, step in steps:
        items = [data[name]] if name == "organisation" else data.get(name, [])
        for index, item in enumerate(items):
            where = f"{profile}: {name}[{index}] {item.get('key') or item.get('title', '')}"
            try:
                step(session, item, keys, where)
            except (ValidationError, DemoDateError) as exc:
                raise DemoDataError(f"{where}: {exc}") from exc
        counts[name] = len(items)
    # Euros per tonne compensated, by year (issue 20).
    for year, price in data["organisation"].get("compensation_per_tonne", {}).items():
        compensation.set_compensation_price(session, int(year), _amount(price))
    return counts


def _policy(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    data = records.PolicyData(
        **keys.source(item, where),
        title=item["title"],
        period_from=item.get("period_from"),
        period_to=item.get("period_to"),
        adopted_on=item.get("adopted_on"),
        notes=item.get("notes", ""),
        priorities=[
            records.PriorityData(
                kind=p["kind"],
                name=p["name"],
                country_codes=p.get("countries", []),
                themes=p.get("themes", []),
            )
            for p in item.get("priorities", [])
        ],
    )
    if item.get("link_proposals"):
        # As a person would after pressing "link the records that serve them": the
        # proposals from countries and themes, saved with the policy.
        data = proposed_links(session, data)
    policies.create_policy(session, data)


def _project(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    projects.create_project(
        session,
        records.ProjectData(
            **keys.source(item, where),
            name=item["name"],
            funding_programme=item["funding_programme"],
            role=item["role"],
            status=item["status"],
            call=item.get("call", ""),
            relation_ids=keys.many("relations", item.get("relations", []), where),
            network_ids=keys.many("networks", item.get("networks", []), where),
            other_partners=item.get("other_partners", ""),
            total_budget=_amount(item.get("total_budget")),
            grant=_amount(item.get("grant")),
            co_financing=_amount(item.get("co_financing")),
            call_deadline=item.get("call_deadline"),
            start_date=item.get("start_date"),
            end_date=item.get("end_date"),
            report_due=item.get("report_due"),
            trip_ids=[_trip_titled(session, title, where) for title in item.get("trips", [])],
            notes=item.get("notes", ""),
        ),
    )


def _trip_titled(session: Session, title: str, where: str) -> int:
    """The one trip of the profile with this title (trips have no keys in the files)."""
    found = session.scalars(select(Trip.id).where(Trip.title == title)).all()
    if len(found) != 1:
        raise DemoDataError(f"{where}: {len(found)} trips titled {title!r}, expected one")
    return found[0]


def _organisation(session: Session, org: dict[str, Any], keys: _Keys, where: str) -> None:
    home = org.get("home_place")
    organisation.set_organisation(
        session,
        records.OrganisationData(
            **keys.source(org, where),
            name=org["name"],
            department=org.get("department", ""),
            email=org.get("email", ""),
            home_place_id=keys.opt("places", home, where),
        ),
        demo_profile=keys.profile,
    )


def _official(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    official = officials.create_official(
        session,
        records.OfficialData(
            **keys.source(item, where),
            name=item["name"],
            short_name=item.get("short_name", ""),
            notes=item.get("notes", ""),
            terms=[
                records.TermData(
                    **keys.source(term_source(item, t), f"{where} term {number + 1}"),
                    role=t["role"],
                    start_date=t.get("start"),
                    end_date=t.get("end"),
                    portfolio=t.get("portfolio", ""),
                    portfolio_code=t.get("portfolio_code", ""),
                    start_precision=t.get("start_precision", "day"),
                    end_precision=t.get("end_precision", "day"),
                )
                for number, t in enumerate(item.get("terms", []))
            ],
        ),
    )
    keys.officials[item["key"]] = official.id


def _place(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    # Files of one profile may each define the places they use; the same place twice is
    # fine, two different places under one key is a mistake.
    seen = keys.place_identity.get(item["key"])
    if seen is not None:
        if seen != (item["name"], item["country"]):
            raise DemoDataError(f"{where}: place key {item['key']!r} means {seen} elsewhere")
        return
    keys.place_identity[item["key"]] = (item["name"], item["country"])
    place = places.create_place(
        session,
        records.PlaceData(
            **keys.source(item, where),
            name=item["name"],
            country_code=item["country"],
            kind=item.get("kind", "city"),
            latitude=item.get("lat"),
            longitude=item.get("lon"),
        ),
    )
    keys.places[item["key"]] = place.id


def _contact(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    contact = organisation.create_contact(
        session,
        records.ContactData(
            **keys.source(item, where),
            name=item["name"],
            organisation=item.get("organisation", ""),
            function=item.get("function", ""),
            email=item.get("email", ""),
            phone=item.get("phone", ""),
            notes=item.get("notes", ""),
        ),
    )
    keys.contacts[item["key"]] = contact.id


def _budget_line(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    line = budget.create_budget_line(
        session,
        records.BudgetLineData(
            **keys.source(item, where),
            year=item["year"],
            name=item["name"],
            amount=_amount(item.get("amount")),  # omitted: no source gives it
            code=item.get("code", ""),
            notes=item.get("notes", ""),
        ),
    )
    for entry in item.get("entries", []):
        budget.add_budget_entry(
            session,
            line.id,
            records.BudgetEntryData(
                kind=entry["kind"],
                date=entry["date"],
                description=entry["description"],
                amount=_amount(entry["amount"]),
            ),
        )
    keys.budget_lines[(line.year, line.name)] = line.id


def _network(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    network = networks.create_network(
        session,
        records.NetworkData(
            **keys.source(item, where),
            name=item["name"],
            acronym=item.get("acronym", ""),
            scope=item.get("scope", ""),
            themes=item.get("themes", []),
            member_since=item.get("member_since"),
            annual_fee=_amount(item.get("annual_fee")),
            responsible_official_id=keys.opt("officials", item.get("responsible"), where),
            portfolio_code=item.get("portfolio_code", ""),
            role=item.get("role", "member"),
            membership=item.get("membership", "member"),
            contact_ids=keys.many("contacts", item.get("contacts", []), where),
            notes=item.get("notes", ""),
        ),
    )
    keys.networks[item["key"]] = network.id


def _relation(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    relation = relations.create_relation(
        session,
        records.RelationData(
            **keys.source(item, where),
            kind=item["kind"],
            place_id=keys.get("places", item["place"], where),
            status=item["status"],
            since_year=item.get("since"),
            themes=item.get("themes", []),
            responsible_official_id=keys.opt("officials", item.get("responsible"), where),
            contact_ids=keys.many("contacts", item.get("contacts", []), where),
            notes=item.get("notes", ""),
            events=[
                records.RelationEventData(
                    date=e.get("date"), kind=e["kind"], description=e["description"]
                )
                for e in item.get("events", [])
            ],
        ),
    )
    keys.relations[item["key"]] = relation.id


def _agreement(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    agreement = agreements.create_agreement(
        session,
        records.AgreementData(
            **keys.source(item, where),
            kind=item["kind"],
            title=item["title"],
            status=item["status"],
            counterparts=item.get("counterparts", ""),
            signed_on=item.get("signed_on"),
            signed_by=item.get("signed_by", ""),
            valid_from=item.get("valid_from"),
            valid_until=item.get("valid_until"),
            renewal_date=item.get("renewal_date"),
            themes=item.get("themes", []),
            relation_ids=keys.many("relations", item.get("relations", []), where),
            notes=item.get("notes", ""),
        ),
    )
    keys.agreements[item["key"]] = agreement.id


def _country_facts(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    save_country_facts(
        session,
        item["country"],
        CountryFactsData(
            time_zone=item.get("time_zone", ""),
            currency=item.get("currency", ""),
            languages=item.get("languages", ""),
            embassy_name=item.get("embassy_name", ""),
            embassy_address=item.get("embassy_address", ""),
            embassy_phone=item.get("embassy_phone", ""),
            embassy_emergency_phone=item.get("embassy_emergency_phone", ""),
            local_emergency_number=item.get("local_emergency_number", ""),
            travel_advice=item.get("travel_advice"),
            travel_advice_checked=keys.dates.date(item.get("travel_advice_checked")),
            notes=item.get("notes", "").strip(),
        ),
    )


def _trip(session: Session, item: dict[str, Any], keys: _Keys, where: str) -> None:
    start = keys.dates.date(item.get("start"))
    line_name = item.get("budget_line")
    destinations = [
        records.DestinationData(
            country_code=d["country"], place_id=keys.opt("places", d.get("place"), where)
        )
        for d in item.get("destinations", [])
    ]
    transport = item.get("transport", [])
    # The route of the CO2 estimate as a user gets it proposed: home, the destinations
    # with a place, home (services/journey.py); estimated when the trip is saved.
    home = keys.places.get(keys.home) if keys.home else None
    route = journey.propose_legs(
        session,
        [d.place_id for d in destinations],
        transport[0] if transport else None,
        home_id=home,
    )
    trip_service.create_trip(
        session,
        records.TripData(
            **keys.source(item, where),
            title=item["title"],
            kind=item["kind"],
            status=item["status"],
            start_date=start,
            end_date=keys.dates.date(item.get("end")),
            date_precision=item.get("date_precision", "day"),
            purpose=item.get("purpose", ""),
            themes=item.get("themes", []),
            destinations=destinations,
            traveller_ids=keys.many("officials", item.get("travellers", []), where),
            lead_official_id=keys.opt("officials", item.get("lead"), where),
            delegation=[
                records.DelegateData(
                    organisation=d.get("organisation", ""),
                    name=d.get("name", ""),
                    function=d.get("function", ""),
                    role=d.get("role", ""),
                )
                for d in item.get("delegation", [])
            ],
            transport=transport,
            journey=route,
            travel_and_stay=_amount(item.get("travel_and_stay")),
            other_costs=_amount(item.get("other_costs")),
            co2_tonnes=_amount(item.get("co2_tonnes")),
            co2_offset=_amount(item.get("co2_offset")),
            budget_line_id=(
                keys.get("budget_lines", (start.year, line_name), where)
                if line_name and start
                else None
            ),
            relation_ids=keys.many("relations", item.get("relations", []), where),
            network_ids=keys.many("networks", item.get("networks", []), where),
            agreement_ids=keys.many("agreements", item.get("agreements", []), where),
            follow_ups=[
                records.FollowUpData(
                    description=f["description"],
                    due=keys.dates.date(f.get("due")),
                    done=f.get("done", False),
                )
                for f in item.get("follow_ups", [])
            ],
            outcomes=item.get("outcomes", ""),
            notes=item.get("notes", "").strip(),
            **mission_fields(item, keys, keys.dates, where),
        ),
    )

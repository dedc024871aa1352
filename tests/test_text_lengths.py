"""Every text column with a length is guarded by the services: input that is too long is
a ValidationError naming the field in Dutch, and nothing is written. SQLite would store
it whole; PostgreSQL enforces VARCHAR(n) and would fail the save with a DataError."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import String
from sqlalchemy.orm import Session

from intzaken.domain.models import Base
from intzaken.services import (
    agreements,
    budget,
    country_facts,
    networks,
    officials,
    organisation,
    places,
    policies,
    projects,
    relations,
    trips,
)
from intzaken.services.data import OrganisationData, PolicyData, PriorityData, ProjectData
from intzaken.services.errors import ValidationError
from intzaken.store.database import Database

from .conftest import add_official, dump

D = dt.date
# Not typed by anyone: ISO codes and Dutch names from pycountry and CLDR, what the app
# works out itself (a document's type and checksum), a logo's type from a fixed list,
# the demo's profile, the history (services/history.py cuts titles to fit) and the
# notes of travel copies (travel/writer.py and applying.py cut them to fit).
NOT_INPUT = {
    "countries.code",
    "countries.alpha3",
    "countries.name",
    "agreement_documents.media_type",
    "agreement_documents.sha256",
    "organisations.logo_media_type",
    "contacts.photo_media_type",
    "organisations.demo_profile",
    "changes.author",
    "changes.register",
    "changes.title",
    "changes.field",
    "changes.context",
    "travel_copy_origin.source",
    "travel_copy_origin.database_name",
    "travel_copy_origin.taken_by",
    "travel_copy_origin.returned_by",
    "travel_copy_origin.trip_title",
    "travel_copy_base.register",
    "travel_copy_returns.returned_by",
    "travel_copy_returns.file_name",
    "trips.co2_estimate_set",  # the factor set's id, from its file (services/journey.py)
}


def _long(length: int) -> str:
    return "x" * (length + 1)


def _trip(base: dict[str, int], **changes: Any) -> trips.TripData:
    data = trips.TripData(
        title="Werkbezoek Oslo",
        kind="working_visit",
        status="done",
        start_date=D(2024, 3, 1),
        end_date=D(2024, 3, 2),
        destinations=[trips.DestinationData("NO", base["oslo"])],
        traveller_ids=[base["mayor"]],
        lead_official_id=base["mayor"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


Save = Callable[[Session, dict[str, int]], object]
CASES: dict[str, tuple[str, Save]] = {
    "trips.title": ("title", lambda s, b: trips.create_trip(s, _trip(b, title=_long(300)))),
    "programme_items.place": (
        "programme[0].place",
        lambda s, b: trips.create_trip(
            s,
            _trip(
                b, programme=[trips.ProgrammeItemData(D(2024, 3, 1), "Ontvangst", place=_long(300))]
            ),
        ),
    ),
    "delegation_members.organisation": (
        "delegation[0].organisation",
        lambda s, b: trips.create_trip(s, _trip(b, delegation=[trips.DelegateData(_long(200))])),
    ),
    "delegation_members.name": (
        "delegation[0].name",
        lambda s, b: trips.create_trip(
            s, _trip(b, delegation=[trips.DelegateData("Haven", name=_long(200))])
        ),
    ),
    "delegation_members.function": (
        "delegation[0].function",
        lambda s, b: trips.create_trip(
            s, _trip(b, delegation=[trips.DelegateData("Haven", function=_long(200))])
        ),
    ),
    "themes.name": (
        "themes",
        lambda s, b: relations.create_relation(
            s,
            relations.RelationData(
                kind="twin_city", place_id=b["oslo"], status="active", themes=[_long(100)]
            ),
        ),
    ),
    "networks.name": (
        "name",
        lambda s, b: networks.create_network(s, networks.NetworkData(name=_long(200))),
    ),
    "networks.acronym": (
        "acronym",
        lambda s, b: networks.create_network(
            s, networks.NetworkData(name="Eurocities", acronym=_long(40))
        ),
    ),
    "networks.portfolio_code": (
        "portfolio_code",
        lambda s, b: networks.create_network(
            s, networks.NetworkData(name="Eurocities", portfolio_code=_long(20))
        ),
    ),
    "agreements.title": (
        "title",
        lambda s, b: agreements.create_agreement(
            s, agreements.AgreementData(kind="mou", title=_long(300), status="active")
        ),
    ),
    "agreements.signed_by": (
        "signed_by",
        lambda s, b: agreements.create_agreement(
            s,
            agreements.AgreementData(
                kind="mou", title="MoU", status="active", signed_by=_long(200)
            ),
        ),
    ),
    "agreement_documents.filename": (
        "documents[0]",
        lambda s, b: agreements.create_agreement(
            s,
            agreements.AgreementData(
                kind="mou",
                title="MoU",
                status="active",
                documents=[agreements.DocumentData(_long(255), b"%PDF-1.4")],
            ),
        ),
    ),
    "budget_lines.name": (
        "name",
        lambda s, b: budget.create_budget_line(
            s, budget.BudgetLineData(year=2024, name=_long(200), amount=Decimal("1.00"))
        ),
    ),
    "budget_lines.code": (
        "code",
        lambda s, b: budget.create_budget_line(
            s, budget.BudgetLineData(year=2024, name="Post", amount=Decimal("1.00"), code=_long(40))
        ),
    ),
    "officials.name": (
        "name",
        lambda s, b: officials.create_official(
            s, officials.OfficialData(name=_long(200), terms=[])
        ),
    ),
    "officials.short_name": (
        "short_name",
        lambda s, b: officials.create_official(
            s, officials.OfficialData(name="Carola Schouten", short_name=_long(100), terms=[])
        ),
    ),
    "office_terms.portfolio_code": (
        "terms[0].portfolio_code",
        lambda s, b: officials.create_official(
            s,
            officials.OfficialData(
                name="Carola Schouten",
                terms=[officials.TermData("mayor", D(2024, 1, 1), portfolio_code=_long(20))],
            ),
        ),
    ),
    "organisations.name": (
        "name",
        lambda s, b: organisation.set_organisation(
            s, organisation.OrganisationData(name=_long(200))
        ),
    ),
    "organisations.department": (
        "department",
        lambda s, b: organisation.set_organisation(
            s, organisation.OrganisationData(name="Gemeente", department=_long(200))
        ),
    ),
    "organisations.email": (
        "email",
        lambda s, b: organisation.set_organisation(
            s, organisation.OrganisationData(name="Gemeente", email=_long(200) + "@iz.nl")
        ),
    ),
    "contacts.name": (
        "name",
        lambda s, b: organisation.create_contact(s, organisation.ContactData(name=_long(200))),
    ),
    "contacts.organisation": (
        "organisation",
        lambda s, b: organisation.create_contact(
            s, organisation.ContactData(name="Ann", organisation=_long(200))
        ),
    ),
    "contacts.function": (
        "function",
        lambda s, b: organisation.create_contact(
            s, organisation.ContactData(name="Ann", function=_long(200))
        ),
    ),
    "contacts.email": (
        "email",
        lambda s, b: organisation.create_contact(
            s, organisation.ContactData(name="Ann", email=_long(200) + "@iz.nl")
        ),
    ),
    "contacts.phone": (
        "phone",
        lambda s, b: organisation.create_contact(
            s, organisation.ContactData(name="Ann", phone=_long(50))
        ),
    ),
    "places.name": (
        "name",
        lambda s, b: places.create_place(s, places.PlaceData(name=_long(200), country_code="NO")),
    ),
}


def _item(**fields: Any) -> trips.ProgrammeItemData:
    return trips.ProgrammeItemData(D(2024, 3, 1), "Ontvangst", **fields)


def _mission(field: str, **changes: Any) -> tuple[str, Save]:
    return field, lambda s, b: trips.create_trip(s, _trip(b, **changes))


def _facts(field: str, length: int) -> tuple[str, Save]:
    data = country_facts.CountryFactsData(**{field: _long(length)})
    return field, lambda s, b: country_facts.save_country_facts(s, "NO", data)


def _leg(field: str, length: int) -> tuple[str, Save]:
    leg = trips.LegData("plane", **{field: _long(length)})
    return _mission(f"legs[0].{field}", legs=[leg])


def _stay(field: str, length: int) -> tuple[str, Save]:
    stay = trips.StayData(**{"hotel": "Hotel", field: _long(length)})
    return _mission(f"stays[0].{field}", stays=[stay])


CASES |= {
    "programme_items.address": _mission(
        "programme[0].address", programme=[_item(address=_long(300))]
    ),
    "programme_items.time_zone": _mission(
        "programme[0].time_zone", programme=[_item(time_zone=_long(64))]
    ),
    "programme_items.dress_code": _mission(
        "programme[0].dress_code", programme=[_item(dress_code=_long(200))]
    ),
    "programme_items.gifts": _mission("programme[0].gifts", programme=[_item(gifts=_long(300))]),
    "delegation_members.role": _mission(
        "delegation[0].role", delegation=[trips.DelegateData("Haven", role=_long(200))]
    ),
    "trips.time_zone": _mission("time_zone", time_zone=_long(64)),
    "trip_legs.carrier": _leg("carrier", 100),
    "trip_legs.number": _leg("number", 40),
    "trip_legs.from_place": _leg("from_place", 200),
    "trip_legs.to_place": _leg("to_place", 200),
    "trip_legs.departure_time_zone": _leg("departure_time_zone", 64),
    "trip_legs.arrival_time_zone": _leg("arrival_time_zone", 64),
    "trip_legs.reference": _leg("reference", 100),
    "trip_stays.hotel": _stay("hotel", 200),
    "trip_stays.address": _stay("address", 300),
    "trip_stays.phone": _stay("phone", 50),
    "country_facts.time_zone": _facts("time_zone", 64),
    "country_facts.currency": _facts("currency", 3),
    "country_facts.languages": _facts("languages", 200),
    "country_facts.embassy_name": _facts("embassy_name", 200),
    "country_facts.embassy_address": _facts("embassy_address", 300),
    "country_facts.embassy_phone": _facts("embassy_phone", 50),
    "country_facts.embassy_emergency_phone": _facts("embassy_emergency_phone", 50),
    "country_facts.local_emergency_number": _facts("local_emergency_number", 50),
}


def _with_role(session: Session, base: dict[str, int], role: str) -> object:
    return trips.create_trip(session, _trip(base, traveller_roles={base["mayor"]: role}))


def _with_host(session: Session, base: dict[str, int]) -> object:
    host = organisation.create_contact(session, organisation.ContactData(name="Kari"))
    return trips.create_trip(session, _trip(base, hosts=[trips.HostData(host.id, role=_long(200))]))


def _letter(field: str, length: int) -> tuple[str, Save]:
    return field, lambda s, b: organisation.set_organisation(
        s, OrganisationData(name="Gemeente Proef", **{field: _long(length)})
    )


def _policy(**changes: Any) -> Save:
    data = PolicyData(title="Beleidskader", priorities=[PriorityData("theme", "Haven")])
    for key, value in changes.items():
        setattr(data, key, value)
    return lambda s, b: policies.create_policy(s, data)


def _project(**changes: Any) -> Save:
    data = ProjectData(name="Project", funding_programme="life", role="partner", status="idea")
    for key, value in changes.items():
        setattr(data, key, value)
    return lambda s, b: projects.create_project(s, data)


CASES |= {
    "organisations.letter_addressee": _letter("letter_addressee", 200),
    "organisations.letter_secretary": _letter("letter_secretary", 200),
    "organisations.letter_mayor": _letter("letter_mayor", 200),
    "organisations.letter_reference_prefix": _letter("letter_reference_prefix", 50),
    "policies.title": ("title", _policy(title=_long(300))),
    "policies.source": ("source", _policy(source=_long(500))),
    "policy_priorities.name": (
        "priorities[0].name",
        _policy(priorities=[PriorityData("theme", _long(200))]),
    ),
    "projects.name": ("name", _project(name=_long(300))),
    "projects.call": ("call", _project(call=_long(300))),
    "projects.source": ("source", _project(source=_long(500))),
}
# Guarded by their own rule, not a length: a priority's countries are known ISO codes,
# at most 100 of them (services/policies.py), which is what fits the column.
# A flight's airports are three capitals (IATA), refused otherwise (services/journey.py).
GUARDED_OTHERWISE = {
    "policy_priorities.country_codes",
    "journey_legs.from_airport",
    "journey_legs.to_airport",
}

# Where a record's facts come from (issue 23): the same columns on every register's table.
SOURCE_LENGTHS = {"source": 500, "source_page": 100, "derived_from": 300}
SOURCED_SAVES: dict[str, Callable[..., Save]] = {
    "trips": lambda **c: lambda s, b: trips.create_trip(s, _trip(b, **c)),
    "relations": lambda **c: (
        lambda s, b: relations.create_relation(
            s, relations.RelationData(kind="twin_city", place_id=b["oslo"], status="active", **c)
        )
    ),
    "networks": lambda **c: (
        lambda s, b: networks.create_network(s, networks.NetworkData(name="Polis", **c))
    ),
    "agreements": lambda **c: (
        lambda s, b: agreements.create_agreement(
            s, agreements.AgreementData(kind="mou", title="MoU", status="active", **c)
        )
    ),
    "officials": lambda **c: (
        lambda s, b: officials.create_official(
            s,
            officials.OfficialData(
                name="Jan Jansen", terms=[officials.TermData("alderman", D(2022, 6, 16))], **c
            ),
        )
    ),
    "budget_lines": lambda **c: (
        lambda s, b: budget.create_budget_line(
            s, budget.BudgetLineData(year=2024, name="Reizen", amount=None, **c)
        )
    ),
    "policies": _policy,
    "projects": _project,
    # Not registers, but carrying facts a report relies on (migration 0018).
    "places": lambda **c: (
        lambda s, b: places.create_place(s, places.PlaceData(name="Bergen", country_code="NO", **c))
    ),
    "contacts": lambda **c: (
        lambda s, b: organisation.create_contact(s, organisation.ContactData(name="Ann", **c))
    ),
    "organisations": lambda **c: (
        lambda s, b: organisation.set_organisation(s, OrganisationData(name="Gemeente", **c))
    ),
}
for _table, _make in SOURCED_SAVES.items():
    for _field, _length in SOURCE_LENGTHS.items():
        CASES.setdefault(f"{_table}.{_field}", (_field, _make(**{_field: _long(_length)})))

for _field, _length in SOURCE_LENGTHS.items():
    # An office term's own source: refused naming the term's line.
    CASES[f"office_terms.{_field}"] = (
        f"terms[0].{_field}",
        lambda s, b, _f=_field, _n=_length: officials.create_official(
            s,
            officials.OfficialData(
                name="Jan Jansen",
                terms=[officials.TermData("alderman", D(2022, 6, 16), **{_f: _long(_n)})],
            ),
        ),
    )

# The columns councils ask for and the gifts register (issue 21).
CASES |= {
    "trips.third_party_payer": _mission(
        "third_party_payer", third_party_payer=_long(200), third_party_costs=None
    ),
    "trip_gifts.description": _mission("gifts[0].description", gifts=[trips.GiftData(_long(300))]),
    "trip_gifts.giver": _mission(
        "gifts[0].giver", gifts=[trips.GiftData("Bord", giver=_long(200))]
    ),
    "trip_gifts.kept_at": _mission(
        "gifts[0].kept_at", gifts=[trips.GiftData("Bord", kept_at=_long(200))]
    ),
}
CASES["trip_travellers.role"] = ("traveller_roles[0]", lambda s, b: _with_role(s, b, _long(200)))
CASES["trip_hosts.role"] = ("hosts[0].role", _with_host)


def test_every_text_column_with_a_length_is_guarded_or_not_input() -> None:
    limited = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String)
        and column.type.length
        and not column.foreign_keys
        and not getattr(column.type, "enums", None)
    }
    assert limited - NOT_INPUT - GUARDED_OTHERWISE == set(CASES)


@pytest.fixture
def base(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        mayor = add_official(session)
        place = places.create_place(session, places.PlaceData(name="Oslo", country_code="NO"))
        return {"mayor": mayor, "oslo": place.id}


@pytest.mark.parametrize("column", sorted(CASES))
def test_too_long_input_is_refused_naming_the_field(
    column: str, database: Database, base: dict[str, int]
) -> None:
    field, save = CASES[column]
    before = dump(database)
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        save(session, base)
    assert [p.field for p in caught.value.problems if "te lang" in p.message] == [field]
    assert dump(database) == before

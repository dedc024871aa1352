"""Each register refuses bad input with a Dutch message naming the field, and the file
stays exactly as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from intzaken.services import (
    agreements,
    budget,
    networks,
    officials,
    organisation,
    places,
    relations,
    trips,
)
from intzaken.services.errors import InUseError, ValidationError
from intzaken.store.database import Database

from .conftest import add_official, dump

D = dt.date


def _refused(database: Database, action: Callable[[Session], object]) -> ValidationError:
    before = dump(database)
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        action(session)
    assert dump(database) == before
    return caught.value


@pytest.fixture
def base(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        mayor = add_official(session)
        place = places.create_place(
            session,
            places.PlaceData(name="Oslo", country_code="NO", latitude=59.91, longitude=10.75),
        )
        line = budget.create_budget_line(
            session, budget.BudgetLineData(year=2024, name="Werkbudget", amount=Decimal("1000.00"))
        )
        return {"mayor": mayor, "oslo": place.id, "line": line.id}


def _trip(base: dict[str, int], **changes: object) -> trips.TripData:
    data = trips.TripData(
        title="Werkbezoek Oslo",
        kind="working_visit",
        status="done",
        start_date=D(2024, 3, 1),
        end_date=D(2024, 3, 2),
        destinations=[trips.DestinationData("NO", base["oslo"])],
        traveller_ids=[base["mayor"]],
        lead_official_id=base["mayor"],
        transport=["plane"],
        travel_and_stay=Decimal("1100.00"),
        other_costs=Decimal("0.00"),
        co2_tonnes=Decimal("0.22"),
        co2_offset=Decimal("3.13"),
        budget_line_id=base["line"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "Titel: dit veld is verplicht"),
        ({"end_date": D(2024, 2, 1)}, "end_date", "Einddatum ligt vóór"),
        (
            {"travel_and_stay": Decimal("-1.00")},
            "travel_and_stay",
            "Reis- en verblijfkosten: de waarde mag niet negatief",
        ),
        ({"co2_offset": Decimal("3.131")}, "co2_offset", "meer dan 2 decimalen"),
        ({"status": "finished"}, "status", "Status 'finished' is onbekend"),
        ({"transport": ["rocket"]}, "transport[0]", "onbekend"),
        (
            {"destinations": [trips.DestinationData("XX")]},
            "destinations[0].country_code",
            "bestaat niet",
        ),
        ({"destinations": []}, "destinations", "ten minste één land"),
        ({"traveller_ids": [999], "lead_official_id": 999}, "travellers[0]", "bestaat niet"),
    ],
)
def test_bad_trip_is_refused(
    database: Database, base: dict[str, int], changes: dict, field: str, words: str
) -> None:
    error = _refused(database, lambda s: trips.create_trip(s, _trip(base, **changes)))
    assert field in error.fields
    assert words in str(error)


def test_lead_must_be_among_travellers(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        other = add_official(session, "Robert Simons", "alderman", "2022-06-16")
    error = _refused(database, lambda s: trips.create_trip(s, _trip(base, lead_official_id=other)))
    assert error.field == "lead_official_id"
    assert "een van de reizigers" in str(error)


def test_several_travellers_without_a_lead_are_refused(
    database: Database, base: dict[str, int]
) -> None:
    with database.sessions.begin() as session:
        other = add_official(session, "Robert Simons", "alderman", "2022-06-16")
    travellers = [base["mayor"], other]
    error = _refused(
        database,
        lambda s: trips.create_trip(
            s, _trip(base, traveller_ids=travellers, lead_official_id=None)
        ),
    )
    assert error.field == "lead_official_id"
    assert "Delegatieleider" in str(error)


def test_budget_line_of_another_year_is_refused(database: Database, base: dict[str, int]) -> None:
    error = _refused(
        database,
        lambda s: trips.create_trip(
            s, _trip(base, start_date=D(2025, 3, 1), end_date=D(2025, 3, 2))
        ),
    )
    assert error.field == "budget_line_id"


def test_good_trip_is_saved_and_updated(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        trip_id = trips.create_trip(session, _trip(base)).id
    with database.sessions.begin() as session:
        trips.update_trip(
            session,
            trip_id,
            _trip(base, transport=["plane", "train"], other_costs=Decimal("50.00")),
        )
    with database.sessions() as session:
        trip = session.get(trips.Trip, trip_id)
        assert [t.mode.value for t in trip.transport] == ["plane", "train"]
        assert trip.total_costs == Decimal("1153.13")
        assert trip.lead.name == "Ahmed Aboutaleb"


def test_planned_trip_by_month_spans_the_month(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        trip = trips.create_trip(
            session,
            _trip(
                base,
                status="planned",
                date_precision="month",
                start_date=D(2024, 6, 14),
                end_date=None,
                travel_and_stay=None,
                other_costs=None,
                co2_tonnes=None,
                co2_offset=None,
            ),
        )
        assert (trip.start_date, trip.end_date) == (D(2024, 6, 1), D(2024, 6, 30))


def test_bad_official_is_refused(database: Database) -> None:
    error = _refused(
        database,
        lambda s: officials.create_official(
            s,
            officials.OfficialData(
                name="Carola Schouten",
                terms=[
                    officials.TermData(
                        role="mayor", start_date=D(2024, 10, 10), end_date=D(2024, 1, 1)
                    )
                ],
            ),
        ),
    )
    assert error.field == "terms[0].end_date"
    assert "Ambtstermijnen (regel 1): einddatum ligt vóór" in str(error)
    error = _refused(
        database, lambda s: officials.create_official(s, officials.OfficialData(name="", terms=[]))
    )
    assert {"name", "terms"} <= error.fields


def test_official_in_use_is_not_deleted(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        trips.create_trip(session, _trip(base))
    before = dump(database)
    with pytest.raises(InUseError, match="Werkbezoek Oslo"), database.sessions.begin() as s:
        officials.delete_official(s, base["mayor"])
    assert dump(database) == before


def test_bad_place_is_refused(database: Database) -> None:
    error = _refused(
        database,
        lambda s: places.create_place(
            s, places.PlaceData(name="Atlantis", country_code="ZZ", latitude=123.0)
        ),
    )
    assert {"country_code", "latitude"} <= error.fields


def test_bad_relation_is_refused(database: Database, base: dict[str, int]) -> None:
    error = _refused(
        database,
        lambda s: relations.create_relation(
            s,
            relations.RelationData(
                kind="twin_city",
                place_id=base["oslo"],
                status="sleeping",
                since_year=1200,
                events=[relations.RelationEventData(date=None, kind="visit", description="")],
            ),
        ),
    )
    assert {"status", "since_year", "events[0].date", "events[0].description"} <= error.fields
    assert "Status 'sleeping' is onbekend" in str(error)


def test_bad_network_is_refused(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        networks.create_network(session, networks.NetworkData(name="Eurocities"))
    error = _refused(
        database,
        lambda s: networks.create_network(
            s, networks.NetworkData(name="EUROCITIES", annual_fee=Decimal("-5.00"), role="king")
        ),
    )
    assert {"name", "annual_fee", "role"} <= error.fields
    assert "Jaarlijkse contributie: de waarde mag niet negatief" in str(error)


def test_bad_agreement_is_refused(database: Database) -> None:
    error = _refused(
        database,
        lambda s: agreements.create_agreement(
            s,
            agreements.AgreementData(
                kind="mou",
                title="",
                status="active",
                valid_from=D(2024, 1, 1),
                valid_until=D(2023, 1, 1),
            ),
        ),
    )
    assert {"title", "valid_until"} <= error.fields


def test_agreement_document_is_kept_in_the_file(database: Database) -> None:
    with database.sessions.begin() as session:
        agreement_id = agreements.create_agreement(
            session, agreements.AgreementData(kind="mou", title="MoU Oslo", status="active")
        ).id
        agreements.attach_document(
            session, agreement_id, "C:\\stukken\\mou-oslo.pdf", b"%PDF-1.4 signed"
        )
    with database.sessions() as session:
        document = session.get(agreements.Agreement, agreement_id).documents[0]
        assert (document.filename, document.media_type) == ("mou-oslo.pdf", "application/pdf")
        assert document.content == b"%PDF-1.4 signed"
    error = _refused(
        database, lambda s: agreements.attach_document(s, agreement_id, "leeg.pdf", b"")
    )
    assert "leeg" in str(error)


def test_bad_budget_line_and_entry_are_refused(database: Database, base: dict[str, int]) -> None:
    error = _refused(
        database,
        lambda s: budget.create_budget_line(
            s, budget.BudgetLineData(year=2024, name="werkbudget", amount=Decimal("-1"))
        ),
    )
    assert {"name", "amount"} <= error.fields
    error = _refused(
        database,
        lambda s: budget.add_budget_entry(
            s,
            base["line"],
            budget.BudgetEntryData(
                kind="expense", date=D(2023, 5, 1), description="Tolk", amount=Decimal("10.00")
            ),
        ),
    )
    assert error.field == "date"
    assert "valt niet in begrotingsjaar 2024" in str(error)


def test_bad_organisation_and_contact_are_refused(database: Database) -> None:
    error = _refused(
        database,
        lambda s: organisation.set_organisation(
            s, organisation.OrganisationData(name="", email="iz.rotterdam.nl")
        ),
    )
    assert {"name", "email"} <= error.fields
    error = _refused(
        database,
        lambda s: organisation.create_contact(
            s, organisation.ContactData(name="Kari Nordmann", email="kari@")
        ),
    )
    assert error.field == "email"


def test_budget_use_counts_trips_as_spent_or_committed(
    database: Database, base: dict[str, int]
) -> None:
    with database.sessions.begin() as session:
        trips.create_trip(session, _trip(base))  # done: 1103.13 spent
        trips.create_trip(
            session,
            _trip(
                base,
                status="approved",
                travel_and_stay=Decimal("200.00"),
                co2_tonnes=None,
                co2_offset=None,
            ),
        )  # committed: 200.00
        budget.add_budget_entry(
            session,
            base["line"],
            budget.BudgetEntryData(
                kind="commitment", date=D(2024, 9, 1), description="Tolk", amount=Decimal("50")
            ),
        )
    with database.sessions() as session:
        [use] = budget.budget_use(session, 2024)
    assert (use.spent, use.committed) == (Decimal("1103.13"), Decimal("250.00"))
    assert use.left == Decimal("-353.13")


def test_records_in_use_are_not_deleted(database: Database, base: dict[str, int]) -> None:
    with database.sessions.begin() as session:
        relation = relations.create_relation(
            session,
            relations.RelationData(kind="friendship", place_id=base["oslo"], status="active"),
        )
        agreements.create_agreement(
            session,
            agreements.AgreementData(
                kind="mou", title="MoU Oslo", status="active", relation_ids=[relation.id]
            ),
        )
        trips.create_trip(session, _trip(base))
        relation_id = relation.id
    before = dump(database)
    attempts = [
        (lambda s: relations.delete_relation(s, relation_id), "MoU Oslo"),
        (lambda s: budget.delete_budget_line(s, base["line"]), "Werkbezoek Oslo"),
        (lambda s: places.delete_place(s, base["oslo"]), "relatie met Oslo"),
    ]
    for delete, user in attempts:
        with pytest.raises(InUseError, match=user), database.sessions.begin() as session:
            delete(session)
    assert dump(database) == before

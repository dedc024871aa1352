"""New trips in an import are checked by the trip service's own rules (check_trip) against
records loaded once, and written in bulk (exchange.trip_rows): they must be refused, and
stored, exactly as the service refuses and stores them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from intzaken.domain.models import Place, Theme, Trip
from intzaken.exchange import export_workbook
from intzaken.exchange.loaded_records import LoadedRecords
from intzaken.exchange.trip_rows import insert_trips
from intzaken.services import budget, networks, organisation, places, trips
from intzaken.services.checks import Checker
from intzaken.services.errors import ValidationError
from intzaken.services.snapshots import trip_data
from intzaken.store.database import Database
from intzaken.store.location import Location

from .conftest import add_official
from .exchange_helpers import plan_into_new_database, service_problems

D = dt.date


def _base(session) -> dict[str, int]:  # noqa: ANN001
    return {
        "mayor": add_official(session),
        "alderman": add_official(session, "Vincent Karremans", "alderman", "2022-06-01"),
        "oslo": places.create_place(session, places.PlaceData("Oslo", "NO")).id,
        "line": budget.create_budget_line(
            session, budget.BudgetLineData(2024, "Werkbudget", Decimal("5000.00"))
        ).id,
        "contact": organisation.create_contact(
            session, organisation.ContactData("Kari Nordmann")
        ).id,
        "network": networks.create_network(session, networks.NetworkData("Eurocities")).id,
    }


def _trip(base: dict[str, int], **changes: object) -> trips.TripData:
    data = trips.TripData(
        title="Werkbezoek Oslo",
        kind="working_visit",
        status="done",
        start_date=D(2024, 3, 12),
        end_date=D(2024, 3, 14),
        date_precision="month",
        destinations=[trips.DestinationData("no", base["oslo"]), trips.DestinationData("SE")],
        traveller_ids=[base["alderman"], base["mayor"]],
        lead_official_id=base["mayor"],
        purpose="  Haven en energie  ",
        themes=["Energie", "haven", "energie ", "Nieuw thema"],
        delegation=[
            trips.DelegateData("Havenbedrijf", "J. Jansen", "Directeur"),
            trips.DelegateData("Politie"),
        ],
        transport=["plane", "train"],
        travel_and_stay=Decimal("1100.00"),
        other_costs=Decimal("0.5"),
        co2_tonnes=Decimal("0.22"),
        co2_offset=Decimal("3.13"),
        budget_line_id=base["line"],
        network_ids=[base["network"]],
        programme=[
            trips.ProgrammeItemData(
                D(2024, 3, 13), "Havenbezoek", dt.time(9, 30), " Haven ", [base["contact"]]
            ),
            trips.ProgrammeItemData(D(2024, 3, 12), "Ontvangst"),
        ],
        follow_ups=[trips.FollowUpData("Verslag", D(2024, 4, 1), True)],
        outcomes=" Afspraken ",
        notes="",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_bulk_written_trip_is_stored_as_the_service_stores_it(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(Theme(name="haven"))  # an existing theme is reused, a new one added
        base = _base(session)
        by_service = trips.create_trip(session, _trip(base)).id
        check = Checker()
        checked = trips.check_trip(check, LoadedRecords(session), _trip(base))
        assert not check.problems and checked is not None
        [(in_bulk, _)] = insert_trips(session, [checked])
    with database.sessions() as session:
        stored = [trip_data(session.get(Trip, trip_id)) for trip_id in (by_service, in_bulk)]
        assert stored[0] == stored[1]
        assert stored[1].start_date == D(2024, 3, 1) and stored[1].end_date == D(2024, 3, 31)
        assert stored[1].themes == ["energie", "haven", "nieuw thema"]
        names = session.scalars(select(Theme.name)).all()
        assert len(names) == len(set(names)) == 3
        assert session.scalar(select(func.max(Trip.id))) == in_bulk


def _problems_of_service(database: Database, data: trips.TripData) -> list[str]:
    return service_problems(database, trips.create_trip, data)


@pytest.mark.parametrize(
    ("heading", "cell", "changes"),
    [
        (
            "Delegatieleider",
            "Vincent Karremans",
            {"lead_official_id": "alderman", "traveller_ids": ["mayor"]},
        ),
        ("Einddatum", "01-02-2024", {"end_date": D(2024, 2, 1), "date_precision": "day"}),
        ("Reizigers", "", {"traveller_ids": []}),
        (
            "Vervoersmiddelen",
            "vliegtuig; trein; vliegtuig",
            {"transport": ["plane", "train", "plane"]},
        ),
        ("Reis- en verblijfkosten", -5, {"travel_and_stay": Decimal("-5.00")}),
    ],
)
def test_an_import_refuses_a_new_trip_as_the_service_does(
    database: Database,
    tmp_path: Path,
    heading: str,
    cell: object,
    changes: dict[str, object],
    new_location: Callable[[str], Location],
) -> None:
    with database.sessions.begin() as session:
        base = _base(session)
        trips.create_trip(session, _trip(base, date_precision="day", traveller_ids=[base["mayor"]]))
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx")
    book = load_workbook(tmp_path / "file.xlsx")
    sheet = book["Reizen"]
    column = [c.value for c in sheet[1]].index(heading) + 1
    sheet.cell(2, column).value = cell
    if heading == "Einddatum":
        sheet.cell(2, [c.value for c in sheet[1]].index("Datumnauwkeurigheid") + 1).value = "dag"
    book.save(tmp_path / "file.xlsx")

    named = {
        key: base[value] if isinstance(value, str) and value in base else value
        for key, value in changes.items()
    }
    named = {
        key: [base[v] for v in value] if key == "traveller_ids" else value
        for key, value in named.items()
    }
    expected = _problems_of_service(
        database,
        _trip(base, **{"date_precision": "day", "traveller_ids": [base["mayor"]], **named}),
    )

    plan = plan_into_new_database(tmp_path / "file.xlsx", new_location("target"))
    assert expected
    assert [p.message for p in plan.problems] == expected
    assert {(p.sheet, p.row) for p in plan.problems} == {("Reizen", 2)}


def test_a_place_the_import_adds_is_stored_as_the_service_stores_it(database: Database) -> None:
    from intzaken.exchange.cells import CellError
    from intzaken.exchange.names import SessionNames

    with database.sessions.begin() as session:
        by_service = places.create_place(session, places.PlaceData("Kraków", "pl")).id
        names = SessionNames(session)
        # A village GeoNames's list of cities lacks: stored with no coordinates, as the
        # service stores it (a city it knows gets them: test_import_coordinates.py).
        by_import = names.place_id("Łęgówek", "PL")
        assert names.place_id("łęgówek", "PL") == by_import  # found again, not added twice
        with pytest.raises(ValidationError) as service:
            places.create_place(session, places.PlaceData("x" * 201, "PL"))
        with pytest.raises(CellError) as imported:
            names.place_id("x" * 201, "PL")
        assert str(imported.value) == (
            "plaats '" + "x" * 201 + f"' kan niet worden toegevoegd: {service.value}"
        )
    with database.sessions() as session:
        stored = [session.get(Place, place_id) for place_id in (by_service, by_import)]
        columns = ("kind", "country_code", "latitude", "longitude")
        assert [[getattr(p, c) for c in columns] for p in stored] == [
            ["city", "PL", None, None]
        ] * 2
        assert stored[1].name == "Łęgówek"


def test_the_import_finds_a_place_s_twin_as_the_service_s_query_does(database: Database) -> None:
    """check_place's twin test: SQL lower() (SQLite's: ASCII only; PostgreSQL's: the
    locale's) against Python's lower(); the import answers it from memory
    (SessionNames.place_twin) and must agree."""
    from intzaken.exchange.names import SessionNames
    from intzaken.services.sql_text import database_lower, database_lowers, sqlite_lower

    stored = ["Oslo", "ŁÓDŹ", "łódź", "Straße", "İzmir", "BERGEN", "Sankt-Peterburg"]
    asked = [
        "oslo",
        "OSLO",
        "ŁÓDŹ",
        "łódź",
        "Łódź",
        "STRASSE",
        "straße",
        "İzmir",
        "i̇zmir",
        "bergen",
        "Bergen",
        "sankt-peterburg",
        "Trondheim",
    ]
    with database.sessions.begin() as session:
        for name in stored:
            session.add(Place(name=name, country_code="NO"))
        session.flush()
        in_sql = [
            session.scalar(select(func.lower(Place.name)).limit(1).where(Place.name == name))
            for name in stored
        ]
        assert in_sql == [database_lower(session.connection())(name) for name in stored]
        # The same answers asked all at once (an import's new names: exchange/twins.py).
        together = database_lowers(session.connection(), stored + asked)
        assert together == {name: database_lower(session.connection())(name) for name in together}
        assert [together[name] for name in stored] == in_sql
        if database.server is None:
            assert in_sql == [sqlite_lower(name) for name in stored]
        by_query = places.place_twin(session)
        names = SessionNames(session)
        for name in asked:
            assert names.place_twin("NO", name) == by_query("NO", name), name
            assert names.place_twin("SE", name) is by_query("SE", name) is None
        added = names.place_id("Tromso", "NO")  # what the import adds is a twin too
        assert names.place_twin("NO", "TROMSO") == by_query("NO", "TROMSO") == added

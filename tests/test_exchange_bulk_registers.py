"""New budget lines, networks, agreements, officials and places in an import are checked
by their services' own rules (check_budget_line, check_network, check_agreement,
check_official, check_place) and written in bulk (exchange.budget_rows, network_rows,
agreement_rows, official_rows, place_rows): they must be refused, and stored,
exactly as the services refuse and store them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.models import (
    Agreement,
    AgreementDocument,
    BudgetEntry,
    BudgetLine,
    Network,
    OfficeTerm,
    Official,
    Place,
    Theme,
)
from intzaken.exchange import apply_import, export_workbook, plan_import
from intzaken.exchange.agreement_rows import insert_agreements
from intzaken.exchange.budget_rows import insert_budget_lines
from intzaken.exchange.loaded_records import LoadedRecords
from intzaken.exchange.network_rows import insert_networks
from intzaken.exchange.official_rows import insert_officials
from intzaken.exchange.place_rows import insert_places
from intzaken.exchange.twins import Twins
from intzaken.services import (
    agreements,
    budget,
    networks,
    officials,
    organisation,
    places,
    relations,
)
from intzaken.services.checks import Checker
from intzaken.services.editing import EDITORS
from intzaken.services.errors import ValidationError
from intzaken.services.snapshots import (
    agreement_data,
    budget_line_data,
    network_data,
    official_data,
    place_data,
)
from intzaken.store.database import Database
from intzaken.store.location import Location

from .conftest import add_official
from .exchange_helpers import plan_into_new_database, service_problems

D = dt.date


def _line(**changes: object) -> budget.BudgetLineData:
    data = budget.BudgetLineData(
        year=2024,
        name=" Werkbudget ",
        amount=Decimal("5000.5"),
        code=" WB ",
        notes="  Voor werkbezoeken ",
        entries=[
            budget.BudgetEntryData("expense", D(2024, 5, 1), " Hotel ", Decimal("120")),
            budget.BudgetEntryData("commitment", D(2024, 2, 1), "Vlucht", Decimal("310.25")),
        ],
    )
    return dataclasses.replace(data, **changes)


def _network(base: dict[str, int], **changes: object) -> networks.NetworkData:
    data = networks.NetworkData(
        name=" Eurocities ",
        acronym=" EC ",
        scope=" Europa ",
        themes=["Energie", "nieuw  thema", "energie"],
        member_since=2001,
        annual_fee=Decimal("1500.5"),
        responsible_official_id=base["mayor"],
        portfolio_code=" ewk ",
        role="board_member",
        contact_ids=[base["ola"], base["kari"]],
        notes=" Lid ",
    )
    return dataclasses.replace(data, **changes)


def _agreement(base: dict[str, int], **changes: object) -> agreements.AgreementData:
    data = agreements.AgreementData(
        kind="mou",
        title=" Havenakkoord ",
        status="active",
        counterparts=" Oslo ",
        signed_on=D(2020, 5, 1),
        signed_by=" Burgemeester ",
        valid_from=D(2020, 5, 1),
        valid_until=D(2025, 5, 1),
        renewal_date=D(2025, 1, 1),
        themes=["Haven", "nieuw thema"],
        relation_ids=[base["relation"]],
        notes=" Getekend ",
        documents=[
            agreements.DocumentData(
                "C:\\stukken\\akkoord.pdf", b"%PDF-1.4 akkoord", dt.datetime(2020, 5, 2, 10, 0)
            ),
            agreements.DocumentData("bijlage.txt", b"bijlage", dt.datetime(2020, 5, 1, 9, 0)),
        ],
    )
    return dataclasses.replace(data, **changes)


def _base(session) -> dict[str, int]:  # noqa: ANN001
    oslo = places.create_place(session, places.PlaceData("Oslo", "NO")).id
    return {
        "mayor": add_official(session),
        "kari": organisation.create_contact(session, organisation.ContactData("Kari")).id,
        "ola": organisation.create_contact(session, organisation.ContactData("Ola")).id,
        "relation": relations.create_relation(
            session, relations.RelationData(kind="twin_city", place_id=oslo, status="active")
        ).id,
    }


def test_bulk_written_lines_networks_and_agreements_are_stored_as_the_services_store_them(
    database: Database,
) -> None:
    with database.sessions.begin() as session:
        session.add(Theme(name="haven"))  # an existing theme is reused, new ones added
        base = _base(session)
        records, twins = LoadedRecords(session), Twins(session)
        check = Checker()

        by_service = budget.create_budget_line(session, _line()).id
        line = budget.check_budget_line(
            check,
            _line(
                year=2025,
                entries=[
                    dataclasses.replace(e, date=e.date.replace(year=2025)) for e in _line().entries
                ],
            ),
            twins.budget_line,
        )
        by_service_network = networks.create_network(session, _network(base)).id
        network = networks.check_network(
            check, records, _network(base, name="Energy Cities"), twins.network
        )
        by_service_agreement = agreements.create_agreement(session, _agreement(base)).id
        agreement = agreements.check_agreement(check, records, _agreement(base))
        assert not check.problems and line and network and agreement
        [(line_id, _)] = insert_budget_lines(session, [line])
        [(network_id, _)] = insert_networks(session, [network])
        [(agreement_id, _)] = insert_agreements(session, [agreement])
    with database.sessions() as session:
        lines = [budget_line_data(session.get(BudgetLine, i)) for i in (by_service, line_id)]
        assert lines[1].year == 2025 and lines[1].name == "Werkbudget"
        assert lines[0] == dataclasses.replace(
            lines[1],
            year=2024,
            entries=[
                dataclasses.replace(e, date=e.date.replace(year=2024)) for e in lines[1].entries
            ],
        )
        stored = [network_data(session.get(Network, i)) for i in (by_service_network, network_id)]
        assert stored[1].name == "Energy Cities" and stored[1].portfolio_code == "EWK"
        assert stored[0] == dataclasses.replace(stored[1], name="Eurocities")
        assert stored[1].themes == ["energie", "nieuw thema"]
        assert agreement_data(session.get(Agreement, by_service_agreement)) == agreement_data(
            session.get(Agreement, agreement_id)
        )
        # Entries and documents numbered in the order given, as the service's flush does.
        entries = [
            session.scalars(
                select(BudgetEntry.description)
                .where(BudgetEntry.budget_line_id == i)
                .order_by(BudgetEntry.id)
            ).all()
            for i in (by_service, line_id)
        ]
        assert entries[0] == entries[1] == ["Hotel", "Vlucht"]
        documents = [
            session.execute(
                select(
                    AgreementDocument.filename,
                    AgreementDocument.media_type,
                    AgreementDocument.sha256,
                    AgreementDocument.size,
                )
                .where(AgreementDocument.agreement_id == i)
                .order_by(AgreementDocument.id)
            ).all()
            for i in (by_service_agreement, agreement_id)
        ]
        assert documents[0] == documents[1]
        assert [d[0] for d in documents[1]] == ["akkoord.pdf", "bijlage.txt"]
        names = session.scalars(select(Theme.name)).all()
        assert len(names) == len(set(names)) == 3


def test_a_twin_accepted_earlier_in_the_import_is_one_as_a_saved_line_is(
    database: Database,
) -> None:
    first, second = _line(name="Reisbudget"), _line(name="REISBUDGET")
    with database.sessions() as session:
        budget.create_budget_line(session, first)
        with pytest.raises(ValidationError) as by_service:
            budget.create_budget_line(session, second)
        session.rollback()
    with database.sessions() as session:
        twins = Twins(session)
        check = Checker()
        twins.accepted(budget.check_budget_line(check, first, twins.budget_line))
        assert not check.problems
        assert budget.check_budget_line(check, second, twins.budget_line) is None
        assert check.problems == by_service.value.problems
        assert "al een begrotingspost 'Reisbudget'" in check.problems[0].message


def test_an_unchanged_network_with_an_older_twin_is_refused_as_the_service_refuses_it(
    database: Database, tmp_path: Path
) -> None:
    """Twins only the database can hold (the form refuses the second): the first by
    number is the one both the service and the import name."""
    with database.sessions.begin() as session:
        session.add(Network(name="EUROCITIES"))
        session.flush()
        session.add(Network(name="Eurocities"))
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx", ["networks"])
    book = load_workbook(tmp_path / "file.xlsx")
    assert book["Netwerken"].cell(2, 1).value == "EUROCITIES"
    book["Netwerken"].delete_rows(2)  # only Eurocities (the second), unchanged
    book.save(tmp_path / "file.xlsx")
    with database.sessions() as session:
        second = session.scalar(select(Network).where(Network.name == "Eurocities"))
        with pytest.raises(ValidationError) as by_service:
            networks.update_network(session, second.id, network_data(second))
        session.rollback()
        plan = plan_import(session, tmp_path / "file.xlsx")
        session.rollback()
    assert (
        [p.message for p in plan.problems]
        == [p.message for p in by_service.value.problems]
        == ["Naam: er bestaat al een netwerk 'EUROCITIES'."]
    )


@pytest.mark.parametrize(
    ("sheet", "heading", "cell", "register", "changes"),
    [
        ("Begroting", "Bedrag", -5, "budget", {"amount": Decimal("-5.00")}),
        (
            "Boekingen",
            "Datum",
            "01-01-2023",
            "budget",
            {
                "entries": [
                    budget.BudgetEntryData("expense", D(2023, 1, 1), "Hotel", Decimal("120.00"))
                ]
            },
        ),
        ("Netwerken", "Lid sinds", 1200, "networks", {"member_since": 1200}),
        (
            "Overeenkomsten",
            "Geldig vanaf",
            "01-01-2030",
            "agreements",
            {"valid_from": D(2030, 1, 1)},
        ),
    ],
)
def test_an_import_refuses_a_new_record_as_the_service_does(
    database: Database,
    tmp_path: Path,
    sheet: str,
    heading: str,
    cell: object,
    register: str,
    changes: dict[str, object],
    new_location: Callable[[str], Location],
) -> None:
    with database.sessions.begin() as session:
        base = _base(session)
        line = _line(entries=[_line().entries[0]])
        budget.create_budget_line(session, line)
        networks.create_network(session, _network(base, contact_ids=[]))
        agreements.create_agreement(session, _agreement(base, documents=None))
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx")
    book = load_workbook(tmp_path / "file.xlsx")
    column = [c.value for c in book[sheet][1]].index(heading) + 1
    book[sheet].cell(2, column).value = cell
    book.save(tmp_path / "file.xlsx")
    data = {
        "budget": line,
        "networks": _network(base, contact_ids=[]),
        "agreements": _agreement(base, documents=None),
    }[register]
    editor = EDITORS[register]

    def create_instead(session, data):  # noqa: ANN001, ANN202 - into a database without it
        for record_id in session.scalars(select(editor_model[register].id)).all():
            editor.delete(session, record_id)
        editor.create(session, data)

    editor_model = {"budget": BudgetLine, "networks": Network, "agreements": Agreement}
    expected = service_problems(database, create_instead, dataclasses.replace(data, **changes))
    plan = plan_into_new_database(tmp_path / "file.xlsx", new_location("target"))
    assert expected
    own = [p for p in plan.problems if p.sheet == sheet]
    assert [p.message for p in own] == expected
    assert {p.row for p in own} == {2}


def test_new_and_changed_records_of_one_sheet_are_written_in_the_order_of_their_rows(
    database: Database, tmp_path: Path
) -> None:
    """A changed record is saved by its service after the new ones before it are written:
    numbers (of records and of new themes) follow the rows, as when saved one by one."""
    with database.sessions.begin() as session:
        networks.create_network(session, networks.NetworkData("Alpha"))
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx", ["networks"])
    book = load_workbook(tmp_path / "file.xlsx")
    sheet = book["Netwerken"]
    headings = [c.value for c in sheet[1]]
    sheet.insert_rows(2)
    sheet.cell(2, headings.index("Naam") + 1).value = "Beta"
    sheet.cell(2, headings.index("Thema's") + 1).value = "eerste thema"
    sheet.cell(3, headings.index("Thema's") + 1).value = "tweede thema"
    sheet.cell(4, headings.index("Naam") + 1).value = "Gamma"
    book.save(tmp_path / "file.xlsx")
    with database.sessions() as session, session.begin():
        plan = plan_import(session, tmp_path / "file.xlsx")
        assert plan.ok, plan.problems
        counts = apply_import(session, plan)
    assert vars(counts["networks"]) == {"new": 2, "changed": 1, "unchanged": 0, "refused": 0}
    with database.sessions() as session:
        assert session.execute(select(Network.name).order_by(Network.id)).scalars().all() == [
            "Alpha",
            "Beta",
            "Gamma",
        ]
        assert session.scalars(select(Theme.name).order_by(Theme.id)).all() == [
            "eerste thema",
            "tweede thema",
        ]


def test_bulk_written_officials_are_stored_and_refused_as_the_service_does(
    database: Database,
) -> None:
    # Terms known by month and by year, out of order, a portfolio code to normalise.
    data = officials.OfficialData(
        name=" Anna  de Vries ",
        short_name="",
        notes=" Wethouder economie ",
        terms=[
            officials.TermData(
                "alderman",
                D(2022, 6, 14),
                D(2024, 5, 15),
                " EZ ",
                " ez ",
                "month",
                "month",
                source=" Collegebesluit ",
                source_date=D(2022, 6, 10),
                source_page="p. 2",
                derived_from="einde uit de raadsnotulen",
            ),
            officials.TermData("mayor", D(2018, 3, 1), None, "", "", "year", "day"),
        ],
    )
    with database.sessions.begin() as session:
        by_service = officials.create_official(session, data).id
        check = Checker()
        checked = officials.check_official(check, dataclasses.replace(data, name="Bas Smit"))
        assert not check.problems and checked is not None
        [(official_id, _)] = insert_officials(session, [checked])
        refused = Checker()
        bad = dataclasses.replace(data, name="", terms=[])
        assert officials.check_official(refused, bad) is None
        with pytest.raises(ValidationError) as by_the_service:
            officials.create_official(session, bad)
        assert refused.problems == by_the_service.value.problems
    with database.sessions() as session:
        stored = [official_data(session.get(Official, i)) for i in (by_service, official_id)]
        assert stored[1].name == "Bas Smit" and stored[1].short_name == "Smit"
        assert stored[0] == dataclasses.replace(
            stored[1], name="Anna de Vries", short_name="De Vries"
        )
        terms = [
            session.execute(
                select(OfficeTerm.role, OfficeTerm.start_date, OfficeTerm.end_date)
                .where(OfficeTerm.official_id == i)
                .order_by(OfficeTerm.id)
            ).all()
            for i in (by_service, official_id)
        ]
        assert terms[0] == terms[1] and terms[1][0][1] == D(2022, 6, 1)
        assert [(t.source, t.source_page) for t in stored[1].terms] == [
            ("", ""),  # the mayor's term, first by date
            ("Collegebesluit", "p. 2"),
        ]


def test_bulk_written_places_are_stored_and_twinned_as_the_service_does(
    database: Database,
) -> None:
    def bergen(name: str) -> places.PlaceData:
        # With its source, which the bulk writer stores as the service does.
        return places.PlaceData(
            name, "no", "region", 60.39, 5.32, source="Atlas", source_page="kaart 4"
        )

    with database.sessions.begin() as session:
        by_service = places.create_place(session, bergen(" Bergen ")).id
        twins = Twins(session, places.place_twin(session))
        check = Checker()
        assert places.check_place(check, session, bergen("BERGEN"), twin=twins.place) is None
        with pytest.raises(ValidationError) as by_the_service:
            places.create_place(session, bergen("BERGEN"))
        assert check.problems == by_the_service.value.problems
        accepted = places.check_place(check := Checker(), session, bergen(" Hordaland "))
        assert accepted is not None and not check.problems
        twins.accepted(accepted)  # not yet written, a twin for the rows after it
        later = Checker()
        assert places.check_place(later, session, bergen("hordaland"), twin=twins.place) is None
        [(place_id, _)] = insert_places(session, [accepted])
    with database.sessions() as session:
        stored = [place_data(session.get(Place, i)) for i in (by_service, place_id)]
        assert stored[1].name == "Hordaland" and stored[1].country_code == "NO"
        assert (stored[1].source, stored[1].source_page) == ("Atlas", "kaart 4")
        assert stored[0] == dataclasses.replace(stored[1], name="Bergen")
        assert session.get(Place, place_id).version == 1

"""New relations in an import are checked by the relation service's own rules
(check_relation) and written in bulk (exchange.relation_rows): they must be refused, and
stored, exactly as the service refuses and stores them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.models import Relation, RelationEvent, Theme
from intzaken.exchange import apply_import, export_workbook, plan_import
from intzaken.exchange.loaded_records import LoadedRecords
from intzaken.exchange.relation_rows import insert_relations
from intzaken.new_database import create_database
from intzaken.services import agreements, organisation, places, relations
from intzaken.services.checks import Checker
from intzaken.services.snapshots import relation_data
from intzaken.store.database import Database
from intzaken.store.location import Location

from .conftest import add_official
from .exchange_helpers import plan_into_new_database, service_problems

D = dt.date


def _base(session) -> dict[str, int]:  # noqa: ANN001
    return {
        "mayor": add_official(session),
        "oslo": places.create_place(session, places.PlaceData("Oslo", "NO")).id,
        "bergen": places.create_place(session, places.PlaceData("Bergen", "NO")).id,
        "kari": organisation.create_contact(session, organisation.ContactData("Kari")).id,
        "ola": organisation.create_contact(session, organisation.ContactData("Ola")).id,
    }


def _relation(
    base: dict[str, int], place: str = "oslo", **changes: object
) -> relations.RelationData:
    data = relations.RelationData(
        kind="twin_city",
        place_id=base[place],
        status="active",
        since_year=1990,
        themes=["Haven", "nieuw  thema", "haven"],
        responsible_official_id=base["mayor"],
        contact_ids=[base["ola"], base["kari"]],
        notes="  Sinds de jaren negentig ",
        events=[
            relations.RelationEventData(D(2020, 5, 1), "signing", " Verdrag "),
            relations.RelationEventData(D(1990, 1, 2), "visit", "Eerste bezoek"),
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_bulk_written_relation_is_stored_as_the_service_stores_it(database: Database) -> None:
    with database.sessions.begin() as session:
        session.add(Theme(name="haven"))  # an existing theme is reused, a new one added
        base = _base(session)
        by_service = relations.create_relation(session, _relation(base)).id
        check = Checker()
        checked = relations.check_relation(check, LoadedRecords(session), _relation(base, "bergen"))
        assert not check.problems and checked is not None
        [(in_bulk, _)] = insert_relations(session, [checked])
    with database.sessions() as session:
        stored = [relation_data(session.get(Relation, i)) for i in (by_service, in_bulk)]
        assert stored[1].place_id == base["bergen"]
        stored[1].place_id = base["oslo"]
        assert stored[0] == stored[1]
        assert stored[1].themes == ["haven", "nieuw thema"]
        assert stored[1].notes == "Sinds de jaren negentig"
        names = session.scalars(select(Theme.name)).all()
        assert len(names) == len(set(names)) == 2
        # Events numbered in the order given, as the service's flush numbers them.
        events = [
            session.scalars(
                select(RelationEvent.description)
                .where(RelationEvent.relation_id == i)
                .order_by(RelationEvent.id)
            ).all()
            for i in (by_service, in_bulk)
        ]
        assert events[0] == events[1] == ["Verdrag", "Eerste bezoek"]


def _problems_of_service(database: Database, data: relations.RelationData) -> list[str]:
    return service_problems(database, relations.create_relation, data)


@pytest.mark.parametrize(
    ("sheet", "heading", "cell", "changes", "where"),
    [
        ("Relaties", "Relatie sinds", 2999, {"since_year": 2999}, ("Relaties", 2)),
        (
            "Relatiemomenten",
            "Omschrijving",
            None,
            {"events": [relations.RelationEventData(D(1990, 1, 2), "visit", "")]},
            ("Relatiemomenten", 2),
        ),
    ],
)
def test_an_import_refuses_a_new_relation_as_the_service_does(
    database: Database,
    tmp_path: Path,
    sheet: str,
    heading: str,
    cell: object,
    changes: dict[str, object],
    where: tuple[str, int],
    new_location: Callable[[str], Location],
) -> None:
    with database.sessions.begin() as session:
        base = _base(session)
        relation = relations.create_relation(
            session,
            _relation(
                base, events=[relations.RelationEventData(D(1990, 1, 2), "visit", "Eerste bezoek")]
            ),
        )
        agreements.create_agreement(
            session,
            agreements.AgreementData(
                kind="mou", title="Havenakkoord", status="active", relation_ids=[relation.id]
            ),
        )
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx")
    book = load_workbook(tmp_path / "file.xlsx")
    column = [c.value for c in book[sheet][1]].index(heading) + 1
    book[sheet].cell(2, column).value = cell
    book.save(tmp_path / "file.xlsx")
    expected = _problems_of_service(
        database,
        _relation(
            base,
            **{
                "events": [relations.RelationEventData(D(1990, 1, 2), "visit", "Eerste bezoek")],
                **changes,
            },
        ),
    )

    plan = plan_into_new_database(tmp_path / "file.xlsx", new_location("target"))
    assert expected
    own = [p for p in plan.problems if p.sheet != "Overeenkomsten"]
    assert [p.message for p in own] == expected
    assert {(p.sheet, p.row) for p in own} == {where}
    # The agreement naming the refused relation says where that relation's row failed.
    [named] = [p for p in plan.problems if p.sheet == "Overeenkomsten"]
    assert named.message == (
        "relatie 'Oslo (Noorwegen)' staat in dit bestand, maar die "
        "rij heeft zelf een probleem (blad 'Relaties', rij 2)."
    )


def test_a_relation_the_database_refuses_is_reported_at_its_row(
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    new_location: Callable[[str], Location],
) -> None:
    """Should the bulk write fail, the rows are saved one by one through the service."""
    from sqlalchemy.exc import IntegrityError

    from intzaken.exchange import bulk_rules

    with database.sessions.begin() as session:
        relations.create_relation(session, _relation(_base(session)))
    with database.sessions() as session:
        export_workbook(session, tmp_path / "file.xlsx")

    def refuse(*_: object) -> list[tuple[int, object]]:
        raise IntegrityError("INSERT", {}, Exception("refused"))

    monkeypatch.setitem(
        bulk_rules.BULK, Relation, dataclasses.replace(bulk_rules.BULK[Relation], write=refuse)
    )
    target = create_database(new_location("target"), "Gemeente Proef")
    try:
        with target.sessions() as session, session.begin():
            plan = plan_import(session, tmp_path / "file.xlsx")
            assert plan.ok, plan.problems
            assert plan.counts["relations"].new == 1
            apply_import(session, plan)
        with target.sessions() as session:
            [stored] = session.scalars(select(Relation)).all()
            assert relation_data(stored).themes == ["haven", "nieuw thema"]
    finally:
        target.close()

"""A relation's timeline: its agreements, the trips to its place and its events, newest
first; and the report of chosen relations that prints it (issue 19)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import Agreement, Place, Relation
from intzaken.reports import build_report, default_filename
from intzaken.services.agreements import AgreementData, create_agreement
from intzaken.services.errors import NotFoundError
from intzaken.services.places import PlaceData, create_place
from intzaken.services.relation_timeline import relation_timeline
from intzaken.services.relations import RelationData, RelationEventData, create_relation
from intzaken.services.trips import DestinationData, TripData, create_trip
from intzaken.store.database import Database

from .conftest import add_official, run_cli
from .pdf_reading import flat_text
from .report_showcase import TITLE, Showcase, build_showcase


@pytest.fixture
def showcase(database: Database) -> Showcase:
    with database.sessions.begin() as session:
        return build_showcase(session)


def _relation_in(session: Session, place_name: str) -> Relation:
    return session.scalars(select(Relation).join(Place).where(Place.name == place_name)).one()


def test_agreements_trips_and_events_on_one_line_newest_first(
    database: Database, showcase: Showcase
) -> None:
    with database.sessions() as session:
        silesia = _relation_in(session, "Śląskie")
        lines = [
            (e.date_text, e.what, e.description, e.register, e.record_id)
            for e in relation_timeline(session, silesia.id)
        ]
        agreement_id = session.scalars(select(Agreement.id)).one()
    assert lines == [
        ("27-01-2024", "Reis", f"{TITLE} (uitgevoerd)", "trips", showcase.trip_id),
        (
            "02-03-2023",
            "Reis",
            "Eerste kennismaking (uitgevoerd)",
            "trips",
            showcase.earlier_trip_id,
        ),
        (
            "12-04-2021",
            "Overeenkomst",
            "MoU Śląskie – CO₂-arme warmte (Memorandum of Understanding, actief)",
            "agreements",
            agreement_id,
        ),
        # An event is part of the relation: its line opens the relation itself.
        ("01-05-2016", "Ondertekening", "Intentie getekend", "relations", silesia.id),
    ]


def test_a_trip_to_the_place_counts_without_a_link_and_undated_lines_come_last(
    database: Database, showcase: Showcase
) -> None:
    with database.sessions.begin() as session:
        sao_paulo = session.scalars(select(Place).where(Place.name == "São Paulo")).one()
        hamburg = create_place(session, PlaceData("Hamburg", "DE"))
        relation = create_relation(
            session,
            RelationData(
                kind="friendship",
                place_id=sao_paulo.id,
                status="active",
                events=[RelationEventData(dt.date(2025, 3, 1), "visit", "Tegenbezoek")],
            ),
        )
        create_agreement(  # signed some day, but nobody knows when
            session,
            AgreementData(
                kind="mou",
                title="Intentieverklaring havens",
                status="active",
                relation_ids=[relation.id],
            ),
        )
        alderman = add_official(session, "Robert Simons", "alderman", "2022-06-16")
        for title, start, precision, place in (
            ("Havenbezoek Hamburg", dt.date(2025, 6, 1), "day", hamburg),
            ("Terugkomdag São Paulo", dt.date(2025, 9, 1), "month", sao_paulo),
        ):
            create_trip(
                session,
                TripData(
                    title,
                    "working_visit",
                    "planned",
                    start,
                    None,
                    [DestinationData(place.country_code, place.id)],
                    [alderman],
                    alderman,
                    date_precision=precision,
                ),
            )
        session.flush()
        relation_id = relation.id
    with database.sessions() as session:
        lines = [(e.date_text, e.description) for e in relation_timeline(session, relation_id)]
    assert lines == [
        ("september 2025", "Terugkomdag São Paulo (voorgenomen)"),  # as precisely as known
        ("01-03-2025", "Tegenbezoek"),
        ("27-01-2024", f"{TITLE} (uitgevoerd)"),  # went to Śląskie and São Paulo
        ("", "Intentieverklaring havens (Memorandum of Understanding, actief)"),
    ]  # not the trip to Hamburg


def test_a_relation_that_is_not_there_is_named(database: Database) -> None:
    with database.sessions() as session, pytest.raises(NotFoundError) as error:
        relation_timeline(session, 9999)
    assert str(error.value) == "Relatie met nummer 9999 bestaat niet (meer)."


def test_the_report_of_chosen_relations_prints_each_timeline(
    database: Database, showcase: Showcase, tmp_path: Path
) -> None:
    path = tmp_path / "relatie.pdf"
    with database.sessions() as session:
        silesia = _relation_in(session, "Śląskie").id
        build_report("relations", session, path, relation_ids=[silesia])
    text = flat_text(path)
    assert "Relatie met Śląskie" in text
    assert "Tijdlijn van Śląskie" in text
    newest, earlier = text.index("Missie Śląskie en São Paulo"), text.index("Eerste kennismaking")
    assert newest < earlier < text.index("Intentie getekend")
    assert "Internationale netwerken" not in text  # only the chosen relation, not the overview
    assert default_filename("relations", relation_ids=[silesia]) == f"relatie-{silesia}.pdf"
    assert default_filename("relations") == "relaties-en-netwerken.pdf"


def _report_on_the_command_line(relation: str, out: Path, database: Path) -> tuple[int, str]:
    code, stdout, stderr = run_cli(
        "report", "relations", "--id", relation, "--out", str(out), "--db", str(database)
    )
    return code, stdout + stderr


def test_report_of_a_relation_on_the_command_line(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    rotterdam = demo_template("rotterdam")
    code, said = _report_on_the_command_line("1", tmp_path / "shanghai.pdf", rotterdam)
    assert code == 0, said
    assert "Tijdlijn van Shanghai" in flat_text(tmp_path / "shanghai.pdf")
    code, said = _report_on_the_command_line("9999", tmp_path / "x.pdf", rotterdam)
    assert code == 1
    assert "Relatie met nummer 9999 bestaat niet (meer)." in said
    assert not (tmp_path / "x.pdf").exists()

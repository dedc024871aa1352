"""Nothing lost on the way out and back: an export of everything read into a new file
gives back every register's records field by field, the organisation and the places
included, and the same annual overview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from intzaken.domain.enums import TripStatus
from intzaken.domain.models import Organisation, Trip, TripGift
from intzaken.reports import build_report
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import run_cli as run
from .exchange_helpers import registers_of


def _annual_text(location: Location, path: Path) -> str:
    database = open_database(location)
    try:
        with database.sessions() as session:
            build_report("annual", session, path, year=2024)
    finally:
        database.close()
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _facts(location: Location) -> dict[str, object]:
    from intzaken.exchange.country_facts_sheet import stored_facts

    database = open_database(location)
    try:
        with database.sessions() as session:
            return dict(stored_facts(session))
    finally:
        database.close()


def _exported(demo: Location, tmp_path: Path) -> Path:
    workbook = tmp_path / "alles.xlsx"
    assert run("export", "--out", str(workbook), "--db", str(demo))[0] == 0
    return workbook


def _with_the_columns_councils_ask_for(location: Location) -> None:
    """Issue 21's columns on two trips (one made in 2024, one of 2025 called off), a gift
    register of two gifts, and the setting that prints them."""
    database = open_database(location)
    try:
        with database.sessions.begin() as session:
            made = session.scalars(
                select(Trip.id)
                .where(Trip.status == TripStatus.DONE, Trip.start_date >= dt.date(2024, 1, 1))
                .order_by(Trip.start_date)
            ).first()
            # A planned trip of 2025 called off: the totals of 2024 stay the report's.
            other = session.scalars(
                select(Trip.id)
                .where(Trip.status == TripStatus.PLANNED, Trip.start_date >= dt.date(2025, 1, 1))
                .order_by(Trip.start_date)
            ).first()
            session.execute(
                update(Trip)
                .where(Trip.id == made)
                .values(
                    third_party_costs=Decimal("2500.00"),
                    third_party_payer="EU Interreg",
                    cancellation_costs=Decimal("120.50"),
                    estimated_travel_and_stay=Decimal("1000.00"),
                    estimated_other_costs=Decimal("75.25"),
                )
            )
            session.execute(
                update(Trip)
                .where(Trip.id == other)
                .values(status=TripStatus.CANCELLED, cancellation_costs=Decimal("310.00"))
            )
            for position, (what, value) in enumerate(
                [("Delfts blauw bord", Decimal("150.00")), ("Boek over de haven", None)]
            ):
                session.add(
                    TripGift(
                        trip_id=made,
                        position=position,
                        description=what,
                        giver="Burgemeester van Nantes" if value else "",
                        value=value,
                        kept_at="Kabinet" if value else "",
                    )
                )
            session.execute(update(Organisation).values(print_gifts=True))
    finally:
        database.close()


def test_the_rotterdam_demo_comes_back_exactly_in_a_new_file(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    demo = demo_copy("rotterdam")
    _with_the_columns_councils_ask_for(demo)
    workbook = _exported(demo, tmp_path)
    # Both totals named on a sheet of their own, which the import below passes over.
    totals = load_workbook(workbook, read_only=True)["Totalen"]
    rows = [row for row in totals.iter_rows(values_only=True) if row[0] == 2024]
    assert [row[1] for row in rows] == [
        "Kosten raadsrapportage",
        "Totale kosten inclusief CO2-compensatie",
        "Annuleringskosten",
        "Betaald door derden",
    ]
    assert [row[2] for row in rows] == [130001, 131240.54, 120.5, 2500]
    assert "zonder de CO2-compensatie" in rows[0][4] and "in geen van beide" in rows[2][4]
    called_off = [
        row for row in totals.iter_rows(values_only=True) if row[1] == "Annuleringskosten"
    ]
    assert [(row[0], row[2]) for row in called_off] == [(2024, 120.5), (2025, 310)]
    fresh = new_location("fresh")
    code, _, err = run("init", "--organisation", "Gemeente Proef", "--db", str(fresh))
    assert code == 0, err
    code, out, err = run("import", str(workbook), "--db", str(fresh))
    assert code == 0, err
    assert "organisaties: 0 nieuw, 1 gewijzigd" in out  # the one organisation, renamed

    before, after = registers_of(demo), registers_of(fresh)
    assert set(before) >= {"organisation", "places", "trips", "budget", "contacts"}
    for register in before:
        assert after[register] == before[register], register
    assert _facts(fresh) == _facts(demo) != {}
    organisation = before["organisation"][0]
    assert "Public Affairs - Team Internationaal" in organisation
    assert "internationaalBCO@rotterdam.nl" in organisation

    original = _annual_text(demo, tmp_path / "voor.pdf")
    copied = _annual_text(fresh, tmp_path / "na.pdf")
    assert copied == original
    assert "Delfts blauw bord" in original and "EU Interreg" in original
    assert "Public Affairs - Team Internationaal" in original
    assert "internationaalBCO@rotterdam.nl" in original


def test_a_second_organisation_row_is_refused(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    demo = demo_copy("rotterdam")
    workbook = _exported(demo, tmp_path)
    book = load_workbook(workbook)
    book["Organisatie"].append(["Gemeente Schiedam", "", ""])
    book.save(workbook)
    code, _, err = run("import", str(workbook), "--dry-run", "--db", str(demo))
    assert code == 1
    assert "Blad 'Organisatie', rij 3: een database heeft één organisatie" in err


def test_a_colleagues_export_does_not_rename_our_organisation(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    """A file that is not new keeps its own organisation when someone else's export
    is read into it; the import says that it passed the row over."""
    from intzaken.domain.models import Organisation

    groningen = demo_copy("groningen")
    workbook = _exported(demo_copy("rotterdam"), tmp_path)
    code, out, err = run("import", str(workbook), "--dry-run", "--db", str(groningen))
    assert "Blad 'Organisatie', rij 2: 'Gemeente Rotterdam' is niet de organisatie" in out
    assert "Instellingen → Uw organisatie" in out
    database = open_database(groningen)
    try:
        with database.sessions() as session:
            own = session.scalars(select(Organisation)).one()
            assert own.name == "Gemeente Groningen"
    finally:
        database.close()


def test_the_woo_flag_and_the_open_data_licence_come_back(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    """A published agreement document and a CC BY licence go out in the workbook
    ('Document gepubliceerd', 'Licentie open data') and come back in a new file."""
    from intzaken.domain.enums import OpenDataLicence
    from intzaken.domain.models import Agreement, Organisation

    demo = demo_copy("rotterdam")
    database = open_database(demo)
    with database.sessions.begin() as session:
        first = session.scalars(select(Agreement).order_by(Agreement.id)).first()
        assert first is not None
        first.document_published, title = True, first.title
        session.scalars(select(Organisation)).one().open_data_licence = OpenDataLicence.CC_BY
    database.close()
    workbook = _exported(demo, tmp_path)
    fresh = new_location("fresh")
    assert run("init", "--organisation", "Gemeente Proef", "--db", str(fresh))[0] == 0
    code, _out, err = run("import", str(workbook), "--db", str(fresh))
    assert code == 0, err
    database = open_database(fresh)
    with database.sessions() as session:
        published = session.scalars(
            select(Agreement.title).where(Agreement.document_published)
        ).all()
        licence = session.scalars(select(Organisation.open_data_licence)).one()
    database.close()
    assert published == [title]
    assert licence is OpenDataLicence.CC_BY

"""The columns councils ask for in the printed reports (issue 21), read back from the
annual overview's PDF and Word version and from the trip card: paid by a third party and
by whom beside a trip's costs, the cancellation costs on their own line (in neither
total), the estimate's difference per trip and for the year, and the gifts register,
printed only when the organisation chooses so."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select, update

from intzaken.domain.enums import TripStatus
from intzaken.domain.models import Organisation, Trip
from intzaken.reports import build_report
from intzaken.services.data import GiftData
from intzaken.services.snapshots import trip_data
from intzaken.services.trips import update_trip
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .pdf_reading import flat_text

PRINTED = dt.date(2025, 3, 1)
NANTES = Decimal("190.9")
LONG_PAYER = "EU Interreg North-West Europe (NWE) – project 'Bruggen & Kades' / cofinanciering"


@pytest.fixture
def database(demo_copy: Callable[[str], Location]) -> Iterator[Database]:
    opened = open_database(demo_copy("rotterdam"), daily_backup=False)
    with opened.sessions.begin() as session:
        trip = session.scalars(select(Trip).where(Trip.co2_tonnes == NANTES)).one()
        update_trip(
            session,
            trip.id,
            dataclasses.replace(
                trip_data(trip),
                estimated_travel_and_stay=Decimal("600.00"),
                estimated_other_costs=Decimal("0.00"),
                third_party_costs=Decimal("2500.00"),
                third_party_payer=LONG_PAYER,
                cancellation_costs=Decimal("45.50"),
                gifts=[
                    GiftData(
                        "Delfts blauw bord",
                        "Burgemeester van Nantes",
                        Decimal("150.00"),
                        "Kabinet, vitrine stadhuis",
                    ),
                    GiftData("Boek over de Loire"),
                ],
            ),
        )
        # A planned trip called off in 2024, with what its cancellation cost.
        called_off = session.scalars(
            select(Trip).where(Trip.status == TripStatus.PLANNED).order_by(Trip.id)
        ).first()
        assert called_off is not None
        update_trip(
            session,
            called_off.id,
            dataclasses.replace(
                trip_data(called_off),
                status=TripStatus.CANCELLED,
                start_date=dt.date(2024, 12, 1),
                end_date=dt.date(2024, 12, 2),
                budget_line_id=None,
                cancellation_costs=Decimal("310.00"),
            ),
        )
    yield opened
    opened.close()


def _print_gifts(database: Database, chosen: bool) -> None:
    with database.sessions.begin() as session:
        session.execute(update(Organisation).values(print_gifts=chosen))


def _made(database: Database, path: Path, kind: str = "annual", **params: object) -> Path:
    with database.sessions() as session:
        build_report(kind, session, path, printed_on=PRINTED, **params)
    return path


def test_the_pdf_prints_the_columns_beside_the_costs_and_the_year_apart(
    database: Database, tmp_path: Path
) -> None:
    _print_gifts(database, True)
    text = flat_text(_made(database, tmp_path / "jaar.pdf", year=2024))
    # Beside the Nantes trip's costs: paid by others, by whom, cancellation, estimate.
    # (The headings wrap in their narrow columns: "Betaald door derden" over two lines.)
    assert "Betaald door Betaald door Annuleringskosten Raming Werkelijk min derden raming" in text
    assert "€ 2.500,- EU Interreg North-West € 45,50 € 600,- + € 150,-" in text
    assert "'Bruggen & Kades' / cofinanciering" in text  # long, wrapped, escaped
    # The year: cancellation costs of the trip made and the one called off, apart.
    assert "Annuleringskosten (in geen van beide totalen) € 355,50 (2 reizen)" in text
    assert "Raming van de reizen met een raming (1) € 600,-" in text
    assert "Werkelijke kosten van die reizen € 750,- Werkelijk min raming + € 150,-" in text
    assert "tellen niet mee in het totaal van de raadsrapportage" in text
    # Both totals as the council report has them, untouched by the cancellation costs.
    assert "€ 130.001,-" in text and "€ 131.240,54" in text
    # The gifts register, as the organisation chose.
    assert "Ontvangen geschenken" in text and "Delfts blauw bord" in text
    assert "Delfts blauw bord Burgemeester van € 150,- Kabinet, vitrine" in text  # wrapped
    assert "Boek over de Loire - onbekend -" in text


def test_no_gifts_section_unless_chosen(database: Database, tmp_path: Path) -> None:
    _print_gifts(database, False)
    text = flat_text(_made(database, tmp_path / "jaar.pdf", year=2024))
    assert "Ontvangen geschenken" not in text and "Delfts blauw bord" not in text
    assert "Betaald door derden" in text  # the other columns are always printed
    docx = _made(database, tmp_path / "jaar.docx", year=2024, format="docx")
    assert "Delfts blauw bord" not in _docx_text(docx)


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(parts).replace("\xa0", " ")


def test_the_word_version_has_the_same_columns_and_gifts_table(
    database: Database, tmp_path: Path
) -> None:
    _print_gifts(database, True)
    path = _made(database, tmp_path / "jaar.docx", year=2024, format="docx")
    document = Document(str(path))
    headers = [[c.text for c in table.rows[0].cells] for table in document.tables]
    assert [
        "Betaald door derden",
        "Betaald door",
        "Annuleringskosten",
        "Raming",
        "Werkelijk min raming",
    ] in headers
    gifts = next(
        t for t in document.tables if [c.text for c in t.rows[0].cells][:2] == ["Reis", "Geschenk"]
    )
    rows = [[c.text.replace("\xa0", " ") for c in row.cells] for row in gifts.rows]
    assert rows[1][1:] == [
        "Delfts blauw bord",
        "Burgemeester van Nantes",
        "€ 150,-",
        "Kabinet, vitrine stadhuis",
    ]
    assert rows[2][1:] == ["Boek over de Loire", "-", "onbekend", "-"]
    assert rows[-1][0] == "Totaal" and rows[-1][3] == "€ 150,-"
    text = _docx_text(path)
    assert "Ontvangen geschenken" in [p.text for p in document.paragraphs]
    assert "Annuleringskosten (in geen van beide totalen) | € 355,50 (2 reizen)" in text


def test_the_trip_card_prints_the_columns_and_the_gifts(database: Database, tmp_path: Path) -> None:
    with database.sessions() as session:
        trip_id = session.scalars(select(Trip.id).where(Trip.co2_tonnes == NANTES)).one()
    text = flat_text(_made(database, tmp_path / "kaart.pdf", "trip", trip_ids=[trip_id]))
    assert "Raming reis- en € 600,- verblijfkosten" in text  # the label wraps
    assert "Werkelijk min raming + € 150,-" in text
    assert "Betaald door derden € 2.500,- (EU Interreg" in text
    assert "Annuleringskosten € 45,50 (in geen van beide totalen)" in text
    assert "Totale kosten € 755,98" in text  # cancellation costs not in it
    assert "Delfts blauw bord – van: Burgemeester van Nantes – € 150,-" in text


def test_the_open_data_file_carries_the_columns_at_its_end(
    database: Database, tmp_path: Path
) -> None:
    import csv

    from intzaken.exchange.open_data import COLUMNS, export_open_data

    # The layout is stable: the new columns come after every column there was.
    assert COLUMNS[-6:] == (
        "co2_tonnes",
        "third_party_eur",
        "third_party_payer",
        "cancellation_costs_eur",
        "estimated_travel_and_stay_eur",
        "estimated_other_costs_eur",
    )
    with database.sessions() as session:
        written = export_open_data(session, 2024, tmp_path, modified=PRINTED)
    with written.csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 32  # the trip called off is not among the trips made
    nantes = next(row for row in rows if row["co2_tonnes"] == "190.900")
    assert (nantes["third_party_eur"], nantes["third_party_payer"]) == ("2500.00", LONG_PAYER)
    assert nantes["cancellation_costs_eur"] == "45.50"
    assert nantes["estimated_travel_and_stay_eur"] == "600.00"
    assert nantes["council_costs_eur"] == "750.00"  # the cancellation costs not in it
    others = [row for row in rows if row is not nantes]
    assert {row["third_party_eur"] for row in others} == {""}

"""The Woo list of agreements: as CSV for the municipality's Woo publication and as a
printed list, read back; from the command line and from the Rapporten page."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from intzaken.domain.enums import AgreementStatus
from intzaken.domain.models import Agreement
from intzaken.reports import build_report
from intzaken.reports.woo_agreements import CSV_COLUMNS
from intzaken.services.agreements import update_agreement
from intzaken.services.snapshots import agreement_data
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import file_only, run_cli
from .pdf_reading import flat_text
from .test_reports_page import reports  # noqa: F401 (the page on a Rotterdam demo)

PRINTED = dt.date(2025, 3, 1)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@pytest.fixture
def woo_demo(demo_copy: Callable[[str], Location]) -> tuple[Location, str]:
    """The Rotterdam demo with one agreement's signed document marked as published."""
    location = demo_copy("rotterdam")
    database = open_database(location)
    with database.sessions.begin() as session:
        agreement = session.scalars(
            select(Agreement)
            .where(Agreement.status != AgreementStatus.DRAFT)
            .order_by(Agreement.id)
        ).first()
        assert agreement is not None
        data = agreement_data(agreement, with_documents=False)
        data.document_published = True
        update_agreement(session, agreement.id, data)
        title = agreement.title
    database.close()
    return location, title


def test_the_woo_list_as_csv_names_every_concluded_agreement(
    woo_demo: tuple[Location, str], tmp_path: Path
) -> None:
    location, published_title = woo_demo
    database = open_database(location)
    with database.sessions() as session:
        concluded = session.scalars(
            select(Agreement).where(Agreement.status != AgreementStatus.DRAFT)
        ).all()
        expected = {a.title: a for a in concluded}
        report = build_report("agreements", session, tmp_path / "woo.csv", format="csv")
        rows = read_rows(tmp_path / "woo.csv")
        assert report.meta["rows"] == len(rows) == len(expected) > 0
        assert list(rows[0]) == list(CSV_COLUMNS)
        for row in rows:
            agreement = expected[row["title"]]
            assert row["signed_on"] == (
                agreement.signed_on.isoformat() if agreement.signed_on else ""
            )
            assert row["valid_until"] == (
                agreement.valid_until.isoformat() if agreement.valid_until else ""
            )
            assert row["status"] == agreement.status.value
            assert row["parties"]
            assert row["document_published"] == (
                "true" if row["title"] == published_title else "false"
            )
    database.close()


def test_the_woo_list_printed(woo_demo: tuple[Location, str], tmp_path: Path) -> None:
    location, published_title = woo_demo
    database = open_database(location)
    with database.sessions() as session:
        report = build_report("agreements", session, tmp_path / "woo.pdf", printed_on=PRINTED)
    database.close()
    text = flat_text(tmp_path / "woo.pdf")
    assert "Overeenkomsten (Woo)" in text
    assert "Getekend" in text and "Geldig t/m" in text and "Gepubliceerd" in text
    assert published_title.split()[0] in text
    assert text.count(" ja ") == 1  # the one agreement whose document is published
    assert f"{report.meta['agreements']} overeenkomsten, waarvan 1 met het ondertekende" in text


def test_command_line_writes_the_woo_list(woo_demo: tuple[Location, str], tmp_path: Path) -> None:
    location = file_only(woo_demo[0])
    out = tmp_path / "woo.csv"
    code, stdout, err = run_cli(
        "report", "agreements", "--format", "csv", "--out", str(out), "--db", str(location)
    )
    assert (code, err) == (0, "")
    assert "Overeenkomsten (Woo) geschreven naar" in stdout
    assert "regels" in stdout
    assert read_rows(out)
    with pytest.raises(SystemExit) as refused:  # the annual overview is no table
        run_cli("report", "annual", "--year", "2024", "--format", "csv", "--db", str(location))
    assert refused.value.code == 2


def test_the_reports_page_makes_the_woo_list_as_csv(qtbot, reports) -> None:  # noqa: ANN001, F811
    page, opened = reports
    page.select_kind("annual")
    assert [page.format.itemData(i) for i in range(page.format.count())] == ["pdf", "docx"]
    page.select_kind("agreements")
    assert page.format.isVisible()
    page.format.setCurrentIndex(page.format.findData("csv"))
    page.make()
    qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
    assert page.last_pdf is not None and page.last_pdf.suffix == ".csv"
    assert read_rows(page.last_pdf)
    assert opened == [str(page.last_pdf)]
    # Another report kind offers no CSV and goes back to PDF.
    page.select_kind("relations")
    assert not page.format.isVisible()
    assert page.file_format() == "pdf"

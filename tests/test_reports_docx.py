"""The Word versions and readable PDFs of the annual overview and the planned-trips letter,
read back: headings, tables with repeating headers, both totals, the language, font sizes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

from intzaken.reports import ReportError, build_report
from intzaken.reports.docx_writer import TEXT_WIDTH, _at_least
from intzaken.store.database import open_database

from .pdf_reading import flat_text, metadata, outline

PRINTED = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def written(demo_template: Callable[[str], Path], tmp_path_factory) -> dict[str, Path]:
    database = open_database(demo_template("rotterdam"))
    folder = tmp_path_factory.mktemp("docx")
    paths = {}
    with database.sessions() as session:
        for kind, params in (
            ("annual", {"year": 2024}),
            ("planned", {"start": "2025-06", "end": "2025-09"}),
        ):
            for form in ("pdf", "docx"):
                paths[f"{kind}.{form}"] = folder / f"{kind}.{form}"
                build_report(
                    kind,
                    session,
                    paths[f"{kind}.{form}"],
                    printed_on=PRINTED,
                    format=form,
                    **params,
                )
        paths["annual-en.docx"] = folder / "annual-en.docx"
        build_report(
            "annual", session, paths["annual-en.docx"], year=2024, format="docx", language="en"
        )
        paths["trip.pdf"] = folder / "trip.pdf"
        build_report("trip", session, paths["trip.pdf"], trip_ids=[1], printed_on=PRINTED)
        paths["relations.pdf"] = folder / "relations.pdf"
        build_report("relations", session, paths["relations.pdf"], printed_on=PRINTED)
        with pytest.raises(ReportError, match="alleen als pdf"):
            build_report("trip", session, folder / "trip.docx", trip_ids=[1], format="docx")
    database.close()
    return paths


def headings(path: Path, style: str) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == style]


def row_texts(table) -> list[str]:
    # Babel puts a no-break space after the euro sign; read as a space here.
    return [" ".join(c.text for c in row.cells).replace("\xa0", " ") for row in table.rows]


def test_word_overview_has_the_pdfs_headings_as_word_headings(written) -> None:
    path = written["annual.docx"]
    assert headings(path, "Title") == ["Buitenlandse ambtsreizen in 2024"]
    assert headings(path, "Heading 1")[:2] == ["Reizen in 2024", "Totalen 2024"]
    pdf_trips = [t for level, t in outline(written["annual.pdf"]) if level == 1]
    assert headings(path, "Heading 2")[:32] == pdf_trips[:32]
    assert len(headings(path, "Heading 2")) >= 32


def test_word_tables_repeat_their_header_and_total_as_the_pdf(written) -> None:
    document = Document(str(written["annual.docx"]))
    for table in document.tables[:33]:  # the 32 cost blocks and the totals per official
        first = table.rows[0]._tr
        properties = first.trPr
        assert properties is not None and properties.find(qn("w:tblHeader")) is not None
    totals = next(t for t in document.tables if row_texts(t)[0].startswith("Bestuurder"))
    assert row_texts(totals)[-1] == "Totaal 32 € 109.206,- € 20.795,- 278,19 € 1.239,54"
    assert "Totaal 32 € 109.206,- € 20.795,- 278,19 € 1.239,54" in flat_text(written["annual.pdf"])


def test_both_totals_named_in_word_and_pdf(written) -> None:
    council = "Kosten volgens de raadsrapportage (reis en verblijf plus overige kosten)"
    total = "Totale kosten (reis en verblijf, overige kosten en CO₂-compensatie)"
    document = Document(str(written["annual.docx"]))
    pairs = {
        row.cells[0].text: row.cells[1].text.replace("\xa0", " ")
        for table in document.tables
        for row in table.rows
    }
    assert pairs[council] == "€ 130.001,-"
    assert pairs[total] == "€ 131.240,54"
    text = flat_text(written["annual.pdf"])
    # The PDF wraps the long labels in their cell: the words and both amounts are there.
    assert "Kosten volgens de raadsrapportage" in text and "€ 130.001,-" in text
    assert "Totale kosten (reis en verblijf" in text and "€ 131.240,54" in text


def test_word_charts_have_alternative_text_and_their_figures(written) -> None:
    document = Document(str(written["annual.docx"]))
    descriptions = [s._inline.docPr.get("descr") for s in document.inline_shapes]
    assert len(descriptions) == 4  # the two charts, then the maps of destinations
    assert all(d and d.startswith("Staafdiagram") for d in descriptions[:2])
    assert descriptions[2].startswith("Wereldkaart van de 32 reizen gemaakt in 2024")
    months = next(t for t in document.tables if row_texts(t)[0].startswith("Maand"))
    assert len(months.rows) == 1 + 12 + 1  # header, a row per month, the total
    # The last column names the notes of figures in question (test_preflight.py).
    assert row_texts(months)[-1] == "Totaal 278,19 t "
    # The costs' figures exactly, as the totals print them (the chart's axis rounds).
    costs = next(t for t in document.tables if row_texts(t)[0].startswith("Bestuurder Reis"))
    assert row_texts(costs)[-1] == "Totaal € 109.206,- € 20.795,- € 1.239,54 "


def test_document_language_in_word_and_pdf(written) -> None:
    for name, language in (("annual.docx", "nl-NL"), ("annual-en.docx", "en")):
        document = Document(str(written[name]))
        assert document.core_properties.language == language
        defaults = document.styles.element.find(qn("w:docDefaults"))
        assert defaults.find(".//" + qn("w:lang")).get(qn("w:val")) == language
    assert headings(written["annual-en.docx"], "Title") == ["Official trips abroad in 2024"]
    assert metadata(written["annual.pdf"])["lang"] == "nl-NL"


def test_planned_letter_in_word(written) -> None:
    document = Document(str(written["planned.docx"]))
    # A raadsinformatiebrief (test_council_letter.py): its subject names the trips.
    assert headings(written["planned.docx"], "Title") == ["Raadsinformatiebrief"]
    pdf_headings = [t for level, t in outline(written["planned.pdf"]) if level == 0]
    assert headings(written["planned.docx"], "Heading 1") == pdf_headings
    overview = next(t for t in document.tables if row_texts(t)[0].startswith("Wanneer"))
    assert row_texts(overview)[0] == "Wanneer Bestemming Bestuurder Onderwerp CO₂ (geschat)"


@pytest.mark.parametrize("name", ["trip.pdf", "relations.pdf", "annual.pdf", "planned.pdf"])
def test_no_text_smaller_than_8_points_and_body_text_at_9_5(written, name: str) -> None:
    sizes: dict[float, int] = {}
    with pdfplumber.open(written[name]) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                size = round(char["size"], 1)
                sizes[size] = sizes.get(size, 0) + 1
    assert min(sizes) >= 8
    if name in ("annual.pdf", "planned.pdf"):
        assert max(sizes, key=lambda s: sizes[s]) >= 9.5  # the running text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_no_word_broken_in_a_word_table_as_libreoffice_lays_it_out(written, tmp_path) -> None:
    """ "Vervoersmiddel" and "CO₂-compensatie" stay whole words in every trip's cost table
    when an office program lays the document out (LibreOffice, in a wide stand-in font
    for Calibri), and the tables fit the page."""
    document = Document(str(written["annual.docx"]))
    for table in document.tables[:32]:
        widths = [column.width for column in table.columns]
        assert sum(widths) <= TEXT_WIDTH + 635 * len(widths)  # Word rounds to twips
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(written["annual.docx"]),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    laid_out = flat_text(tmp_path / "annual.pdf")
    assert laid_out.count("Vervoersmiddel") >= 32
    assert laid_out.count("CO₂-compensatie") >= 32


def test_columns_are_raised_to_their_floor_from_the_columns_with_room() -> None:
    raised = _at_least([50.0, 30.0, 20.0], [10.0, 10.0, 35.0])
    assert raised[2] == 35.0
    assert sum(raised) == pytest.approx(100.0)
    assert raised[0] > raised[1] >= 10.0  # the room came from both, in proportion
    # Floors that cannot all fit share the width as they would need it.
    assert _at_least([50.0, 50.0], [80.0, 120.0]) == [40.0, 60.0]
    assert _at_least([60.0, 40.0], [10.0, 10.0]) == [60.0, 40.0]

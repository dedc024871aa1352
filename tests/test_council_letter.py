"""The planned-trips letter, and the annual overview when asked, as a raadsinformatiebrief
(issue 21): addressee, date, kenmerk, onderwerp and the college's signatures, from the
organisation's settings and the letter's own date and reference; read back from the PDF
and the Word version alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from intzaken.reports import ReportError, build_report
from intzaken.services.organisation import get_organisation, set_organisation
from intzaken.services.snapshots import organisation_data
from intzaken.store.database import open_database

from .conftest import export_into_new, file_only, run_cli
from .pdf_reading import flat_text, page_texts

PLANNED = {"start": "2025-06", "end": "2025-09"}


def word_text(path: Path) -> str:
    """All text of a .docx, its tables' cells included, one line per paragraph."""
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return "\n".join(lines)


def with_letter_settings(location, **settings: str) -> None:  # noqa: ANN001
    database = open_database(location)
    with database.sessions.begin() as session:
        organisation = get_organisation(session)
        assert organisation is not None
        data = organisation_data(organisation)
        for name, value in settings.items():
            setattr(data, name, value)
        set_organisation(session, data)
    database.close()


def make(location, kind: str, target: Path, **params) -> dict:  # noqa: ANN001
    database = open_database(location)
    try:  # closed also when refused: a template left open cannot be copied on a server
        with database.sessions() as session:
            report = build_report(kind, session, target, printed_on=dt.date(2025, 6, 2), **params)
    finally:
        database.close()
    return report.meta


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_planned_letter_is_addressed_referenced_and_signed_from_the_settings(
    demo_copy: Callable[[str], Path], tmp_path: Path, file_format: str
) -> None:
    location = demo_copy("rotterdam")
    with_letter_settings(
        location,
        letter_addressee="de gemeenteraad van Rotterdam",
        letter_secretary="Mw. J. de Vries",
        letter_reference_prefix="25BB",
    )
    target = tmp_path / f"letter.{file_format}"
    make(location, "planned", target, format=file_format, reference="003412", **PLANNED)
    text = flat_text(target) if file_format == "pdf" else word_text(target)
    for expected in (
        "Raadsinformatiebrief",
        "Aan de gemeenteraad van Rotterdam",
        "Kenmerk",
        "25BB003412",
        "Onderwerp",
        "Voorgenomen buitenlandse ambtsreizen juni t/m september 2025",
        "2 juni 2025",  # the letter's date: the day it is made, unless given
        "Geachte leden van de raad,",
        "Burgemeester en wethouders van Rotterdam,",
        "de secretaris,",
        "Mw. J. de Vries",
        "de burgemeester,",
        # Not set: the mayor in office on the letter's date (since 10 October 2024).
        "Carola Schouten",
    ):
        assert expected in text, expected


def test_the_mayor_who_signs_is_the_one_in_office_on_the_letters_date(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    location = demo_copy("rotterdam")
    target = tmp_path / "letter.pdf"
    meta = make(location, "planned", target, letter_date="2024-09-01", **PLANNED)
    assert meta["letter"].mayor == "Ahmed Aboutaleb"
    assert meta["letter"].day == dt.date(2024, 9, 1)
    assert "1 september 2024" in flat_text(target)
    # Nobody is recorded as secretaris: a line to sign on, not someone else's name.
    assert meta["letter"].secretary == ""
    with_letter_settings(location, letter_mayor="J. Jansen (waarnemend)")
    meta = make(location, "planned", target, letter_date="2024-10-05", **PLANNED)
    assert meta["letter"].mayor == "J. Jansen (waarnemend)"
    last_page = page_texts(target)[-1]
    assert "J. Jansen (waarnemend)" in last_page and "Aboutaleb" not in last_page


def test_annual_overview_enclosed_with_a_letter_when_chosen(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    location = demo_template("rotterdam")
    plain, letter = tmp_path / "plain.docx", tmp_path / "letter.docx"
    make(location, "annual", plain, year=2024, format="docx")
    meta = make(location, "annual", letter, year=2024, format="docx", letter=True)
    assert "Raadsinformatiebrief" not in word_text(plain)
    text = word_text(letter)
    assert "Aan de gemeenteraad van Rotterdam" in text
    assert "Onderwerp" in text and "Jaaroverzicht buitenlandse ambtsreizen 2024" in text
    assert "de buitenlandse ambtsreizen die in 2024 zijn gemaakt: 32 reizen." in text
    # The overview follows whole, after the signatures.
    paragraphs = [p.text for p in Document(str(letter)).paragraphs]
    assert paragraphs.index("Burgemeester en wethouders van Rotterdam,") < paragraphs.index(
        "Buitenlandse ambtsreizen in 2024"
    )
    assert meta["letter"].reference == ""  # neither prefix nor reference: no kenmerk line
    assert "Kenmerk" not in text


def test_a_letter_date_that_is_no_date_is_refused_naming_the_option(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    with pytest.raises(ReportError, match=r"Datum van de brief \(--date\): '31-02-2025'"):
        make(
            demo_template("rotterdam"),
            "planned",
            tmp_path / "x.pdf",
            letter_date="31-02-2025",
            **PLANNED,
        )
    assert not (tmp_path / "x.pdf").exists()


def test_command_line_takes_the_letters_reference_and_date(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = file_only(demo_copy("rotterdam"))
    target = tmp_path / "brief.pdf"
    code, out, _err = run_cli(
        "--db", str(path), "report", "annual", "--year", "2024",
        "--reference", "INT/2025/17", "--date", "2025-03-01", "--out", str(target),
    )  # fmt: skip
    assert code == 0, out
    first = page_texts(target)[0]
    assert "Raadsinformatiebrief" in first  # a reference asks for the letter
    assert "INT/2025/17" in first and "1 maart 2025" in first
    code, _out, err = run_cli(
        "--db", str(path), "report", "planned", "--from", "2025-06", "--to", "2025-09",
        "--date", "morgen", "--out", str(tmp_path / "no.pdf"),
    )  # fmt: skip
    assert code != 0 and "--date" in err and "morgen" in err
    assert not (tmp_path / "no.pdf").exists()


def test_letter_settings_go_out_and_come_back_in_the_organisation_sheet(
    demo_copy: Callable[[str], Path], tmp_path: Path, new_location: Callable[..., Path]
) -> None:
    demo = demo_copy("rotterdam")
    settings = {
        "letter_addressee": "de raad van de gemeente Rotterdam",
        "letter_secretary": "Mw. J. de Vries",
        "letter_mayor": "C. Schouten",
        "letter_reference_prefix": "25BB",
    }
    with_letter_settings(demo, **settings)
    workbook, fresh = tmp_path / "alles.xlsx", new_location("fresh")
    export_into_new(demo, workbook, fresh)
    database = open_database(fresh)
    with database.sessions() as session:
        organisation = get_organisation(session)
        assert organisation is not None
        assert {name: getattr(organisation, name) for name in settings} == settings
    database.close()

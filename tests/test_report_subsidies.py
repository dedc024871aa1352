"""The report of EU subsidies obtained in a period (issue 23): the services' selection on
SQLite and PostgreSQL, the PDF and Word read back, Almere's EUR 3.9 million of 2018-2023
from the command line, and wrong periods refused in Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from docx import Document
from sqlalchemy.orm import Session

from intzaken.domain.enums import FundingProgramme
from intzaken.i18n import language_scope
from intzaken.reports import build_report
from intzaken.services import networks, places, relations
from intzaken.services.data import NetworkData, PlaceData, ProjectData, RelationData
from intzaken.services.projects import create_project
from intzaken.services.subsidies import obtained_subsidies
from intzaken.store.location import Location

from .conftest import file_only, run_cli
from .pdf_reading import flat_text

LONG_NAME = "Klimaatbestendige havensteden aan de Noordzee en de Oostzee " * 4


def _project(name: str, programme: str, status: str, **values: object) -> ProjectData:
    data = ProjectData(name=name, funding_programme=programme, role="partner", status=status)
    for key, value in values.items():
        setattr(data, key, value)
    return data


def _fill(session: Session) -> None:
    hamburg = places.create_place(session, PlaceData("Hamburg", "DE")).id
    relation = relations.create_relation(
        session, RelationData(kind="friendship", place_id=hamburg, status="active")
    ).id
    eurocities = networks.create_network(session, NetworkData(name="Eurocities")).id
    create_project(
        session,
        _project(
            "Circulaire havens",
            "interreg",
            "running",
            role="lead",
            call="Interreg North Sea, oproep 3",
            relation_ids=[relation],
            network_ids=[eurocities],
            other_partners="Haven van Antwerpen\nUniversiteit Gent",
            total_budget=Decimal("2400000.00"),
            grant=Decimal("350000.00"),
            co_financing=Decimal("150000.00"),
            start_date=dt.date(2022, 3, 1),
            end_date=dt.date(2025, 2, 28),
        ),
    )
    create_project(
        session,
        _project(
            LONG_NAME.strip()[:300],
            "interreg",
            "closed",
            grant=Decimal("120000.50"),
            start_date=dt.date(2019, 1, 1),
            end_date=dt.date(2021, 12, 31),
        ),
    )
    create_project(
        session,
        _project(
            "Groene daken",
            "life",
            "granted",
            total_budget=Decimal("800000.00"),
            grant=Decimal("200000.00"),
            start_date=dt.date(2023, 9, 1),
        ),
    )
    # Not obtained, outside the period, or without dates: not counted.
    create_project(
        session, _project("Aanvraag", "life", "application", start_date=dt.date(2022, 1, 1))
    )
    create_project(
        session, _project("Afgewezen", "cef", "rejected", start_date=dt.date(2022, 1, 1))
    )
    create_project(
        session,
        _project("Te laat", "horizon_europe", "running", start_date=dt.date(2024, 1, 1)),
    )
    create_project(session, _project("Zonder data", "cef", "granted", grant=Decimal(5)))
    session.flush()


def test_the_subsidies_obtained_per_programme_with_totals(session: Session) -> None:
    _fill(session)

    overview = obtained_subsidies(session, dt.date(2018, 1, 1), dt.date(2023, 12, 31))

    assert [p.programme for p in overview.programmes] == [
        FundingProgramme.INTERREG,
        FundingProgramme.LIFE,
    ]
    interreg = overview.programmes[0]
    assert [s.name for s in interreg.subsidies][1] == "Circulaire havens"  # by start date
    assert interreg.subsidies[1].partners == [
        "Hamburg",
        "Eurocities",
        "Haven van Antwerpen",
        "Universiteit Gent",
    ]
    assert interreg.totals.grant == Decimal("470000.50")
    assert interreg.totals.total_budget == Decimal("2400000.00")  # the amounts known
    assert overview.totals.projects == 3
    assert overview.totals.grant == Decimal("670000.50")
    assert overview.totals.co_financing == Decimal("150000.00")
    assert overview.undated == ["Zonder data"]
    # A period with nothing obtained has no total at all, not a total of zero.
    empty = obtained_subsidies(session, dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert empty.programmes == [] and empty.totals.grant is None


def test_the_pdf_and_word_say_what_was_obtained_and_what_counts(
    session: Session, tmp_path: Path
) -> None:
    _fill(session)
    with language_scope("nl"):
        build_report("subsidies", session, tmp_path / "s.pdf", start="2018-01", end="2023-12")
        build_report(
            "subsidies", session, tmp_path / "s.docx", start="2018-01", end="2023-12", format="docx"
        )
    text = flat_text(tmp_path / "s.pdf")
    assert "Verkregen EU-subsidies, januari 2018 t/m december 2023" in text
    assert "toegekende, lopende en afgesloten projecten tellen mee" in text
    assert "Partners: Hamburg, Eurocities, Haven van Antwerpen, Universiteit Gent" in text
    assert "Totaal Interreg € 2.400.000,- € 470.000,50" in text
    assert "Totaal 3 € 3.200.000,- € 670.000,50 € 150.000,-" in text
    assert "Niet meegeteld, omdat geen begin- of einddatum bekend is: Zonder data." in text
    assert "Aanvraag" not in text and "Afgewezen" not in text and "Te laat" not in text
    assert "Klimaatbestendige havensteden" in text  # the longest name wraps, not cut
    word = Document(str(tmp_path / "s.docx"))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "€ 670.000,50" in [c.replace("\xa0", " ") for c in cells]
    assert any("Circulaire havens" in c for c in cells)


def test_almere_obtained_about_3_9_million_in_2018_2023(
    demo_template: Callable[[str], Location], tmp_path: Path
) -> None:
    path = file_only(demo_template("almere"))
    target = tmp_path / "subsidies.pdf"
    code, out, err = run_cli(
        "report", "subsidies", "--from", "2018-01", "--to", "2023-12", "--db", str(path),
        "--out", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert "Verkregen EU-subsidies geschreven naar" in out
    text = flat_text(target)
    assert "Overig 1 - € 3.900.000,- - Totaal 1 - € 3.900.000,- -" in text  # per programme
    # The applications of 2020 are not obtained.
    assert "Circulaire businessmodellen" not in text
    # The project's row, whole, in the Word version (the PDF wraps it in its cell).
    word = tmp_path / "subsidies.docx"
    code, _out, err = run_cli(
        "report", "subsidies", "--from", "2018-01", "--to", "2023-12", "--db", str(path),
        "--out", str(word), "--format", "docx",
    )  # fmt: skip
    assert code == 0, err
    rows = [
        [c.text.replace("\xa0", " ") for c in row.cells]
        for table in Document(str(word)).tables
        for row in table.rows
    ]
    assert [
        "EU-subsidies 2018-2023 (verzamelde projecten)",
        "partner\ntoegekend",
        "01-01-2018 t/m 31-12-2023",
        "-",
        "€ 3.900.000,-",
        "-",
    ] in rows


def test_wrong_periods_are_refused_in_dutch(
    demo_template: Callable[[str], Location], tmp_path: Path
) -> None:
    path = file_only(demo_template("almere"))
    for first, last, message in (
        ("2018-13", "2023-12", "de eerste maand '2018-13' is geen geldige maand"),
        ("2023-12", "2018-01", "de eerste maand (2023-12) ligt na de laatste"),
        ("2010-01", "2010-12", "Voor geen project dat liep in januari t/m december 2010"),
    ):
        target = tmp_path / f"{first}.pdf"
        code, _out, err = run_cli(
            "report", "subsidies", "--from", first, "--to", last, "--db", str(path),
            "--out", str(target),
        )  # fmt: skip
        assert code == 1 and message in err, err
        assert not target.exists()

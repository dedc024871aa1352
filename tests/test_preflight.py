"""Before a council report goes (issue 21): the plausibility findings about the trips it
contains are shown first; `intzaken report` writes them to standard error and makes the
report, or with `--strict` refuses and writes nothing; the annual overview marks the
figures a finding questions, in the chart, its figures table and a note.

The demo's Rotterdam overview of 2024 holds the Nantes trip with 190,9 t of CO2 against
€ 5,98 offset, as printed in the city's own report: the case the issue names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy.orm import Session

from intzaken.i18n import language_scope
from intzaken.reports import build_report, checked_before, preflight_findings
from intzaken.services.plausibility import Questioned
from intzaken.services.reporting import done_trips
from intzaken.store.database import open_database

from .conftest import run_cli
from .pdf_reading import flat_text

TODAY = dt.date(2025, 3, 1)
NANTES = "Reis 'Kennis ophalen voor nieuwe stadsbrug' naar Nantes (13 november 2024)"


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Path]) -> Path:
    return demo_template("rotterdam")


@pytest.fixture
def session(rotterdam: Path) -> Iterator[Session]:
    database = open_database(rotterdam)
    with database.sessions() as session, language_scope("nl"):
        yield session
    database.close()


def test_the_overview_of_2024_names_the_nantes_trip_and_its_co2(session) -> None:
    findings = preflight_findings("annual", session, today=TODAY, year=2024)
    nantes = [f for f in findings if f.subject == NANTES]
    assert len(nantes) == 2
    assert "CO2-compensatie van €\xa00,03 per ton" in nantes[0].message
    assert nantes[0].questions == {Questioned.CO2, Questioned.COSTS}
    # On its own, whatever the compensation says: the estimate from the journey.
    assert "meldt 190,9 t CO2" in nantes[1].message and "geschat op 0,19 t" in nantes[1].message
    assert nantes[1].questions == {Questioned.CO2}
    # Only the trips the overview contains, in its order (the trips' dates).
    in_report = [trip.id for trip in done_trips(session, 2024)]
    ids = [f.record_id for f in findings]
    assert set(ids) <= set(in_report)
    assert ids == sorted(ids, key=in_report.index)


def test_a_planned_letter_is_checked_for_the_trips_it_names(session) -> None:
    # Long after the summer of 2025 its planned trips are over, still marked planned.
    later = dt.date(2026, 1, 10)
    findings = preflight_findings("planned", session, today=later, start="2025-06", end="2025-09")
    assert len(findings) == 7
    assert all("is voorbij maar staat nog op 'voorgenomen'" in f.message for f in findings)
    assert any("naar Johannesburg (september 2025)" in f.subject for f in findings)
    # Before they began, nothing to question in them.
    assert preflight_findings("planned", session, today=TODAY, start="2025-06", end="2025-09") == []


def test_only_the_council_reports_are_checked_first(session) -> None:
    assert checked_before("annual") and checked_before("planned")
    assert not checked_before("relations") and not checked_before("trip")
    assert preflight_findings("relations", session, today=TODAY) == []


def test_the_findings_are_in_the_language_asked_for(session) -> None:
    findings = preflight_findings("annual", session, today=TODAY, language="en", year=2024)
    assert any(
        f.subject.startswith("Trip 'Kennis ophalen") and "to Nantes" in f.subject for f in findings
    )


# --- the command line ------------------------------------------------------------------------


def test_the_report_is_made_and_the_findings_go_to_standard_error(
    rotterdam: Path, tmp_path: Path
) -> None:
    out = tmp_path / "jaar.pdf"
    code, stdout, stderr = run_cli(
        "report", "annual", "--year", "2024", "--out", str(out), "--db", str(rotterdam)
    )
    assert code == 0 and out.is_file()
    # The findings on standard error only (not "190" in stdout: the file's path there may
    # hold any number, pytest-1903 did).
    assert NANTES in stderr and "Nantes" not in stdout and "aandachtspunt" not in stdout
    assert "aandachtspunten bij de reizen in dit rapport" in stderr
    assert "Toch gemaakt" in stderr
    assert "geschreven naar" in stdout and "geschreven naar" not in stderr


@pytest.mark.parametrize("kind", ["annual", "years"])
def test_the_command_line_finds_the_findings_once(
    rotterdam: Path, tmp_path: Path, monkeypatch, kind: str
) -> None:
    # Told on standard error and marked in the charts: one computation for both.
    from intzaken.reports import annual, preflight, years

    calls: list[int] = []
    real = preflight.trips_findings

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    for module in (preflight, annual, years):
        monkeypatch.setattr(module, "trips_findings", counted)
    period = ["--year", "2024"] if kind == "annual" else ["--from", "2023", "--to", "2024"]
    out = tmp_path / "report.pdf"
    code, _stdout, stderr = run_cli(
        "report", kind, *period, "--out", str(out), "--db", str(rotterdam)
    )
    assert code == 0 and out.is_file() and NANTES in stderr
    assert len(calls) == 1


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_strict_refuses_and_writes_nothing(rotterdam: Path, tmp_path: Path, file_format) -> None:
    out = tmp_path / f"jaar.{file_format}"
    code, stdout, stderr = run_cli(
        "report",
        "annual",
        "--year",
        "2024",
        "--format",
        file_format,
        "--strict",
        "--out",
        str(out),
        "--db",
        str(rotterdam),
    )
    assert code == 1
    assert NANTES in stderr and "Niet gemaakt (--strict)" in stderr
    assert stdout == ""
    assert list(tmp_path.iterdir()) == []  # no file, nothing half-written beside it


def test_strict_makes_a_letter_nothing_questions(rotterdam: Path, tmp_path: Path) -> None:
    # The demo's example mission lies weeks ahead of the day it was written (today).
    first = dt.date.today()
    last = first + dt.timedelta(days=120)
    out = tmp_path / "brief.pdf"
    code, stdout, stderr = run_cli(
        "report",
        "planned",
        "--from",
        f"{first:%Y-%m}",
        "--to",
        f"{last:%Y-%m}",
        "--strict",
        "--out",
        str(out),
        "--db",
        str(rotterdam),
    )
    assert (code, stderr) == (0, "") and out.is_file() and "geschreven naar" in stdout


def test_strict_is_for_the_council_reports_only(rotterdam: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli("report", "relations", "--strict", "--db", str(rotterdam))
    assert exit_info.value.code == 2  # argparse: no such option for this report


# --- the marks in the report ------------------------------------------------------------------


@pytest.fixture(scope="module")
def overview(rotterdam: Path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("marked")
    database = open_database(rotterdam)
    paths = {form: folder / f"annual.{form}" for form in ("pdf", "docx")}
    with database.sessions() as session:
        for form, path in paths.items():
            build_report("annual", session, path, year=2024, printed_on=TODAY, format=form)
    database.close()
    return paths


def test_the_pdf_marks_the_month_of_the_nantes_trip(overview) -> None:
    text = flat_text(overview["pdf"])
    co2 = text[text.index("CO₂-uitstoot per maand") :]
    assert "Maand CO₂-uitstoot Noot" in co2
    # The figure, as recorded, with its notes; notes 1-3 question other months' trips
    # whose CO2 is more than three times their estimate (Boekarest among them).
    assert "nov 194,76 t 4, 5" in co2
    assert f"4. nov: {NANTES} CO2-compensatie van € 0,03 per ton" in co2
    assert f"5. nov: {NANTES} meldt 190,9 t CO2" in co2
    # The costs chart marks the officials whose trips' costs are questioned.
    costs = text[text.index("Kosten per bestuurder") : text.index("CO₂-uitstoot per maand")]
    assert f"Versnel: {NANTES}" in costs


def test_the_word_version_marks_the_same_figures(overview) -> None:
    document = Document(str(overview["docx"]))
    months = next(t for t in document.tables if t.rows[0].cells[0].text == "Maand")
    assert [c.text for c in months.rows[0].cells] == ["Maand", "CO₂-uitstoot", "Noot"]
    november = next(r for r in months.rows if r.cells[0].text == "nov")
    # The picture says what its hatching means, to whoever cannot see it.
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    charts = [d for d in descriptions if d.startswith("Staafdiagram")]  # not the maps
    assert charts and all("Gearceerde staven" in d for d in charts)
    assert [c.text for c in november.cells] == ["nov", "194,76 t", "4, 5"]
    notes = [p.text for p in document.paragraphs if p.text.startswith(("4. nov: ", "5. nov: "))]
    assert len(notes) == 2 and notes[0].startswith(f"4. nov: {NANTES} CO2-compensatie van")
    assert notes[1].startswith(f"5. nov: {NANTES} meldt 190,9 t CO2")


def test_the_command_lines_council_reports_are_those_checked_first() -> None:
    """The parser offers --strict without loading the reports (titles.py); it must name
    exactly the reports whose trips are checked."""
    from intzaken.reports import REPORTS, checked_before
    from intzaken.reports.titles import COUNCIL_REPORTS

    assert {key for key in REPORTS if checked_before(key)} == COUNCIL_REPORTS

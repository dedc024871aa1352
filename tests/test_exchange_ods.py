"""LibreOffice spreadsheets (.ods) import as workbooks do, and a single sheet with
another name is recognised by its headings, saying so."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from intzaken.exchange.template_words import EXAMPLES
from intzaken.store.location import Location

from .conftest import run_cli as run
from .libreoffice import NO_CALC, SOFFICE_CALC
from .template_helpers import fill_with_examples, new_empty, plan_of, write_template

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


@pytest.fixture
def empty(new_location: Callable[[str], Location], tmp_path: Path) -> Location:
    """A new database that knows one official, the example trip's traveller."""
    location = new_empty(new_location("leeg"))
    book = Workbook()
    book.active.title = "Bestuurders"
    book.active.append(["Naam"])
    book.active.append([EXAMPLES["Bestuurders"]["Naam"]])
    terms = book.create_sheet("Ambtstermijnen")
    terms.append(
        ["Bestuurder", "Rol", "Begindatum", "Einddatum", "Portefeuille", "Portefeuillecode"]
    )
    terms.append([EXAMPLES["Bestuurders"]["Naam"], "wethouder", "01-06-2022"])
    book.save(tmp_path / "bestuurder.xlsx")
    assert run("import", str(tmp_path / "bestuurder.xlsx"), "--db", str(location))[0] == 0
    return location


def _cell(value: object, formula: str | None = None) -> str:
    extra = f' table:formula="{escape(formula, {chr(34): "&quot;"})}"' if formula else ""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{extra}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"{extra}><text:p>{escape(str(value))}'
        "</text:p></table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, str]) -> Path:
    """An .ods package with the sheets' table XML (rows as written by `rows_xml`)."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">{rows}</table:table>'
        for name, rows in sheets.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
        'office:version="1.3"><office:body><office:spreadsheet>'
        f"{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>',
        )
    return path


def rows_xml(rows: list[list[object]]) -> str:
    return "".join(
        "<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>" for row in rows
    )


def _trip_rows() -> list[list[object]]:
    example = EXAMPLES["Reizen"]
    headings = [
        *("Titel", "Soort", "Status", "Begindatum", "Einddatum", "Delegatieleider"),
        *("Bestemmingen", "Reizigers"),
    ]
    return [headings, [example[h] for h in headings]]


@pytest.mark.skipif(SOFFICE_CALC is None, reason=NO_CALC)
def test_a_template_saved_by_libreoffice_imports(empty: Location, tmp_path: Path) -> None:
    """The filled-in template, converted to .ods by LibreOffice itself."""
    source = fill_with_examples(write_template(empty, tmp_path / "voorbeeld.xlsx"))
    done = subprocess.run(
        [
            str(SOFFICE_CALC),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path / "ods"),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    converted = tmp_path / "ods" / "voorbeeld.ods"
    assert converted.is_file(), done.stderr
    plan = plan_of(empty, converted)
    assert plan.problems == [], [str(p) for p in plan.problems]
    assert plan.counts["trips"].new == 1 and plan.counts["networks"].new == 1
    # The database already holds an official, so the example's organisation is not ours.
    [assumption] = plan.assumptions
    assert "'Gemeente Voorbeeld' is niet de organisatie van deze database" in assumption


def test_an_ods_file_with_typed_cells_imports(empty: Location, tmp_path: Path) -> None:
    rows = _trip_rows()
    path = write_ods(tmp_path / "reizen.ods", {"Reizen": rows_xml(rows)})
    plan = plan_of(empty, path)
    assert plan.problems == [], [str(p) for p in plan.problems]
    assert plan.counts["trips"].new == 1


def test_a_formula_in_an_ods_file_is_refused_by_its_cell(empty: Location, tmp_path: Path) -> None:
    headings, row = _trip_rows()
    cells = (
        "".join(_cell(v) for v in row[:-2]) + _cell("China", formula='of:="China"') + _cell(row[-1])
    )
    xml = rows_xml([headings]) + f"<table:table-row>{cells}</table:table-row>"
    plan = plan_of(empty, write_ods(tmp_path / "formule.ods", {"Reizen": xml}))
    assert [str(p) for p in plan.problems] == [
        "Blad 'Reizen', rij 2, kolom 'Bestemmingen': bevat een formule ('=\"China\"'); "
        "formules worden niet ingelezen. Vul de waarde zelf in."
    ]


def test_repeated_rows_that_unfold_too_far_are_refused(empty: Location, tmp_path: Path) -> None:
    headings, row = _trip_rows()
    bomb = (
        rows_xml([headings])
        + '<table:table-row table:number-rows-repeated="1000000">'
        + "".join(_cell(v) for v in row)
        + "</table:table-row>"
    )
    path = write_ods(tmp_path / "bom.ods", {"Reizen": bomb})
    assert path.stat().st_size < 5_000
    plan = plan_of(empty, path)
    assert [p.message for p in plan.problems] == [
        "bom.ods: blad 'Reizen' heeft meer dan 200.000 rijen; splits het bestand op."
    ]


def test_files_that_are_no_ods(empty: Location, tmp_path: Path) -> None:
    fake = tmp_path / "nep.ods"
    fake.write_text("geen zip")
    other = tmp_path / "tekst.ods"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")
    assert [p.message for p in plan_of(empty, fake).problems] == [
        "nep.ods is geen LibreOffice-werkmap (.ods), hoewel het die naam heeft. Sla het in "
        "LibreOffice op als 'ODF-werkblad'."
    ]
    assert [p.message for p in plan_of(empty, other).problems] == [
        "tekst.ods is geen LibreOffice-werkmap (.ods): het is een ander soort document."
    ]


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "csv"])
def test_a_single_sheet_is_recognised_by_its_headings(
    suffix: str, empty: Location, tmp_path: Path
) -> None:
    rows = _trip_rows()
    path = tmp_path / f"lijst.{suffix}"
    if suffix == "xlsx":
        book = Workbook()
        book.active.title = "Sheet1"
        for row in rows:
            book.active.append(row)
        book.save(path)
        sheet = "Sheet1"
    elif suffix == "ods":
        write_ods(path, {"Blad1": rows_xml(rows)})
        sheet = "Blad1"
    else:
        path.write_text("\n".join(";".join(map(str, r)) for r in rows), encoding="utf-8")
        sheet = "lijst"
    plan = plan_of(empty, path)
    assert plan.problems == [], [str(p) for p in plan.problems]
    notice = f"Blad '{sheet}' gelezen als Reizen (op de kolomkoppen)."
    assert plan.assumptions == [notice] and plan.counts["trips"].new == 1
    code, out, err = run("import", str(path), "--dry-run", "--db", str(empty))
    assert code == 0, err
    assert notice in out


def test_a_sheet_whose_headings_fit_several_registers_is_refused(
    empty: Location, tmp_path: Path
) -> None:
    book = Workbook()
    book.active.title = "Namen"
    book.active.append(["Naam", "Aantekeningen"])  # contacts, officials and networks alike
    book.active.append(["Eurocities", ""])
    book.save(tmp_path / "namen.xlsx")
    plan = plan_of(empty, tmp_path / "namen.xlsx")
    assert plan.assumptions == []
    assert len(plan.problems) == 1
    assert plan.problems[0].message.startswith(
        "Het bestand heeft geen bladen die ingelezen kunnen worden"
    )

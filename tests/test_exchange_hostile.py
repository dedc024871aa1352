"""Broken, empty, huge and hostile files: a Dutch refusal, never a traceback or half an
import."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from intzaken.exchange import export_workbook, plan_import, reading
from intzaken.new_database import create_database
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import dump


@pytest.fixture
def target(new_location: Callable[[str], Location]) -> Database:
    database = create_database(new_location("leeg"), "Gemeente Proef")
    yield database
    database.close()


def plan_of(database: Database, path: Path):
    with database.sessions() as session:
        return plan_import(session, path)


def messages(database: Database, path: Path) -> list[str]:
    before = dump(database)
    plan = plan_of(database, path)
    assert dump(database) == before
    return [str(p) for p in plan.problems]


def test_a_text_file_named_xlsx(target: Database, tmp_path: Path) -> None:
    path = tmp_path / "reizen.xlsx"
    path.write_text("Titel;Soort\nReis;werkbezoek\n", encoding="utf-8")
    assert messages(target, path) == [
        "reizen.xlsx is geen Excel-werkmap (.xlsx), al heeft het die naam. Sla het in Excel "
        "op als 'Excel-werkmap'."
    ]


def test_an_empty_file_and_a_missing_one(target: Database, tmp_path: Path) -> None:
    (tmp_path / "leeg.xlsx").write_bytes(b"")
    assert messages(target, tmp_path / "leeg.xlsx") == ["leeg.xlsx is leeg."]
    assert "bestaat niet" in messages(target, tmp_path / "weg.xlsx")[0]
    (tmp_path / "notities.txt").write_text("x")
    assert "alleen Excel-werkmappen" in messages(target, tmp_path / "notities.txt")[0]


def test_a_zip_that_is_no_workbook_and_a_zip_bomb(target: Database, tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("iets.txt", "geen werkmap")
    assert "geen leesbare Excel-werkmap" in messages(target, path)[0]
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    assert "onredelijk grote werkmap" in messages(target, bomb)[0]


def test_an_empty_workbook_lists_the_sheets_it_wants(target: Database, tmp_path: Path) -> None:
    path = tmp_path / "leeg.xlsx"
    Workbook().save(path)
    [message] = messages(target, path)
    assert message.startswith(
        "Het bestand heeft geen bladen die ingelezen kunnen worden; "
        "verwacht worden: 'Organisatie', 'Plaatsen', 'Contactpersonen'"
    )


def test_headings_missing_unknown_and_an_unknown_sheet(target: Database, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Netwerken"
    book.active.append(["Afkorting", "Kleur"])
    book.active.append(["EC", "rood"])
    book.create_sheet("Reisen").append(["Titel"])
    book.create_sheet("Bestuurders")  # not even a heading row
    path = tmp_path / "raar.xlsx"
    book.save(path)
    assert set(messages(target, path)) == {
        "Blad 'Reisen': onbekend blad; geef het een van de namen 'Organisatie', 'Plaatsen', "
        "'Contactpersonen', "
        "'Bestuurders', 'Ambtstermijnen', 'Begroting', 'Boekingen', 'Netwerken', 'Relaties', "
        "'Relatiemomenten', 'Overeenkomsten', 'Reizen', 'Reisprogramma', 'Delegatie', "
        "'Vervolgacties', 'Reisschema', 'Verblijf', 'Gastheren', 'Reisroute', 'Geschenken', "
        "'Beleid', "
        "'Prioriteiten', 'EU-projecten', 'Landeninformatie' of verwijder het.",
        "Blad 'Netwerken', rij 1, kolom 'Kleur': onbekende kolom; verwacht worden: 'Naam', "
        "'Afkorting', 'Werkterrein', 'Thema's', 'Lid sinds', 'Jaarlijkse contributie', "
        "'Verantwoordelijk bestuurder', 'Portefeuillecode', 'Rol', 'Lidmaatschap', "
        "'Contactpersonen', 'Aantekeningen', 'Brondocument', 'Brondatum', "
        "'Pagina of vindplaats', 'Toelichting bron', 'Afgeleid'.",
        "Blad 'Netwerken', rij 1, kolom 'Naam': deze kolom ontbreekt.",
        "Blad 'Bestuurders', rij 1: de eerste rij moet de kolomkoppen bevatten.",
    }


def _template(database: Database, path: Path) -> Path:
    with database.sessions() as session:
        export_workbook(session, path, ["networks"], empty=True)
    return path


def _networks(database: Database, tmp_path: Path, *rows: list[object]) -> Path:
    from openpyxl import load_workbook

    path = _template(database, tmp_path / "netwerken.xlsx")
    book = load_workbook(path)
    for row in rows:
        book["Netwerken"].append(row)
    book.save(path)
    return path


def test_hostile_cells(target: Database, tmp_path: Path) -> None:
    path = _networks(
        target,
        tmp_path,
        ["x" * 10_000, "EC"],
        ["Eurocities", '=HYPERLINK("http://kwaad")'],
        ["ICLEI", "I\x85C"],
        ["Polis", True],
        ["C40", None, None, None, 2020.5],
        ["Energy Cities", None, None, None, None, 12.345],
    )
    assert messages(target, path) == [
        "Blad 'Netwerken', rij 2, kolom 'Naam': de tekst is te lang (10000 tekens, hoogstens 200).",
        "Blad 'Netwerken', rij 3, kolom 'Afkorting': bevat een formule "
        "('=HYPERLINK(\"http://kwaad\")'); formules worden niet ingelezen. Vul de waarde zelf in.",
        "Blad 'Netwerken', rij 4, kolom 'Afkorting': de tekst bevat stuurtekens die er niet in "
        "horen (U+0085).",
        "Blad 'Netwerken', rij 5, kolom 'Afkorting': 'True' is een waar/onwaar-waarde, geen tekst.",
        "Blad 'Netwerken', rij 6, kolom 'Lid sinds': '2020.5' is geen jaartal of geheel getal.",
        "Blad 'Netwerken', rij 7, kolom 'Jaarlijkse contributie': '12.345' heeft meer dan "
        "2 decimalen.",
    ]


def test_duplicate_rows_name_both(target: Database, tmp_path: Path) -> None:
    path = _networks(target, tmp_path, ["Eurocities"], ["ICLEI"], [" eurocities "])
    assert messages(target, path) == [
        "Blad 'Netwerken', rij 4: rij 2 en rij 4 gaan over hetzelfde record (Naam); "
        "haal een van beide weg."
    ]


def test_too_many_rows_are_refused_before_reading_on(
    target: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_ROWS", 10)
    path = _networks(target, tmp_path, *[[f"Netwerk {i}"] for i in range(20)])
    assert messages(target, path) == [
        "netwerken.xlsx: blad 'Netwerken' heeft meer dan 10 rijen; splits het bestand op."
    ]
    csv_path = tmp_path / "Netwerken.csv"
    csv_path.write_text("Naam\n" + "".join(f"N{i}\n" for i in range(20)), encoding="utf-8")
    assert "meer dan 10 rijen" in messages(target, csv_path)[0]


def test_csv_in_windows_1252_with_commas_is_read(target: Database, tmp_path: Path) -> None:
    path = tmp_path / "Netwerken.csv"
    path.write_bytes(
        'Naam,Afkorting,Jaarlijkse contributie\r\nCités Unies,CU,"1.770,50"\r\n'.encode("cp1252")
    )
    plan = plan_of(target, path)
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.counts["networks"].new == 1


def test_csv_cells_with_control_characters_a_formula_and_a_huge_cell(
    target: Database, tmp_path: Path
) -> None:
    path = tmp_path / "Netwerken.csv"
    path.write_text("Naam;Afkorting\nBel\x07;X\nAB;=1+1\nCD;'=1+1\n", encoding="utf-8")
    assert messages(target, path) == [
        "Blad 'Netwerken', rij 2, kolom 'Naam': de tekst bevat stuurtekens die er niet in "
        "horen (U+0007).",
        "Blad 'Netwerken', rij 3, kolom 'Afkorting': bevat een formule ('=1+1'); formules "
        "worden niet ingelezen. Vul de waarde zelf in.",
    ]
    path.write_text("Naam;Afkorting\n" + "x" * 40_000 + ";X\n", encoding="utf-8")
    assert "langer dan 32767 tekens" in messages(target, path)[0]
    path.write_bytes(b"Naam\x00;\xff\xfe")
    assert messages(target, path) == ["Netwerken.csv is geen tekstbestand (CSV)."]


def test_a_service_refusal_on_a_child_row(demo_copy: Callable[[str], Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    database = open_database(demo_copy("rotterdam"))
    path = tmp_path / "b.xlsx"
    with database.sessions() as session:
        export_workbook(session, path, ["officials"])
    book = load_workbook(path)
    book["Ambtstermijnen"]["C3"] = "31-12-2030"
    book["Ambtstermijnen"]["D3"] = "01-01-2030"
    book.save(path)
    plan = plan_of(database, path)
    assert [(p.sheet, p.row, p.column) for p in plan.problems] == [
        ("Ambtstermijnen", 3, "Einddatum")
    ]
    database.close()


def test_a_workbook_from_memory_is_refused_when_it_is_not_one(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<niet")
    path = tmp_path / "half.xlsx"
    path.write_bytes(data.getvalue())
    with pytest.raises(reading.FileRefused, match="geen leesbare Excel-werkmap"):
        reading.read_file(path)

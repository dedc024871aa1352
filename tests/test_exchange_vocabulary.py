"""Workbooks written in the words a team already uses (issue 18): synonyms of kinds and
countries, dates written as months, years and short forms; every word read other than
as written is a notice in the dry run, never a silent reinterpretation."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.enums import DatePrecision, RelationKind, TripKind
from intzaken.domain.models import Relation, Trip
from intzaken.exchange.synonyms import CHOICE_SYNONYMS, COUNTRY_ALIASES, country_synonyms, folded
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import run_cli as run
from .libreoffice import NO_CALC, SOFFICE_CALC
from .test_exchange import empty_database, export, import_into


def _rows(book: Any, sheet: str, rows: list[dict[str, object]]) -> None:
    """Rows appended under the template's headings, by heading."""
    headings = [cell.value for cell in book[sheet][1]]
    for row in rows:
        unknown = set(row) - set(headings)
        assert not unknown, unknown
        book[sheet].append([row.get(h) for h in headings])


def _template(target: Location, tmp_path: Path) -> Any:
    """The empty template with the official who travels."""
    book = load_workbook(export(target, tmp_path / "sjabloon.xlsx", empty=True))
    book["Bestuurders"].append(["Carola Schouten", "", ""])
    book["Ambtstermijnen"].append(["Carola Schouten", "wethouder", "1-1-2010", None, "", ""])
    return book


def _trip(title: str, **cells: object) -> dict[str, object]:
    row: dict[str, object] = {
        "Titel": title,
        "Soort": "werkbezoek",
        "Status": "uitgevoerd",
        "Bestemmingen": "Duitsland",
        "Reizigers": "Carola Schouten",
        "Delegatieleider": "Carola Schouten",
    }
    row.update(cells)
    return row


def test_relation_kinds_in_the_words_people_use(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    written = {
        "Gent": ("Zusterstad", "België"),
        "Lille": ("jumelage", "Frankrijk"),
        "Keulen": ("  STEDENBAND ", "Duitsland"),  # the label itself: no notice
        "Turku": ("partnerstad", "Finland"),
        "Lyon": ("Twinning", "Frankrijk"),
        "Bonn": ("zustersteden", "Duitsland"),
        "Nantes": ("Vriendschapsband", "Frankrijk"),
        "Bergen": ("vriendschapsrelatie", "Noorwegen"),
    }
    _rows(
        book,
        "Relaties",
        [
            {"Plaats": place, "Soort": kind, "Land": land, "Status": "actief"}
            for place, (kind, land) in written.items()
        ],
    )
    path = tmp_path / "relaties.xlsx"
    book.save(path)
    plan, counts = import_into(target, path)
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts is not None and counts["relations"].new == 8
    notices = {n.written: (n.meaning, n.sheet, n.column, n.rows) for n in _readings(plan)}
    assert notices == {
        "Zusterstad": ("stedenband", "Relaties", "Soort", [2]),
        "jumelage": ("stedenband", "Relaties", "Soort", [3]),
        "partnerstad": ("stedenband", "Relaties", "Soort", [5]),
        "Twinning": ("stedenband", "Relaties", "Soort", [6]),
        "zustersteden": ("stedenband", "Relaties", "Soort", [7]),
        "Vriendschapsband": ("vriendschapsrelatie", "Relaties", "Soort", [8]),
    }
    opened = open_database(target)
    with opened.sessions() as session:
        kinds = {r.place.name: r.kind for r in session.scalars(select(Relation))}
    opened.close()
    friends = {"Nantes", "Bergen"}
    assert kinds == {
        p: RelationKind.FRIENDSHIP if p in friends else RelationKind.TWIN_CITY for p in written
    }


def test_every_synonym_family_reads_as_its_value() -> None:
    """Each word of the table, in capitals, without accents and with no-break spaces."""
    from intzaken.exchange import cells as c

    class NoNames:
        def __init__(self) -> None:
            self.read: list[tuple[str, str]] = []

        def read_as(self, written: str, meaning: str) -> None:
            self.read.append((written, meaning))

    own_words = {DatePrecision: {"day": "dag", "month": "maand", "year": "jaar"}}
    for member, words in CHOICE_SYNONYMS.items():
        codec = c.Choice(type(member), own_words.get(type(member)))  # type: ignore[call-overload]
        for word in words:
            for variant in (word, word.upper(), word.replace(" ", "\u00a0 ")):
                names = NoNames()
                assert codec.one(variant, names) is member, (variant, member)  # type: ignore[arg-type]
                assert names.read and names.read[0][1] == codec.labels[member]


def test_countries_by_other_names(tmp_path: Path, new_location: Callable[[str], Location]) -> None:
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    stops = [
        ("Manchester (Engeland)", "GB"),
        ("Edinburgh (Schotland)", "GB"),
        ("Cardiff (Wales)", "GB"),
        ("Belfast (Noord-Ierland)", "GB"),
        ("Londen (Groot-Brittannie)", "GB"),  # without the accent
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("Amsterdam (Holland)", "NL"),
        ("New York (USA)", "US"),
        ("Verenigde Staten van Amerika", "US"),
        ("Amerika", "US"),
        ("Seoul (Zuid-Korea)", "KR"),
        ("Busan (Korea)", "KR"),
        ("Germany", "DE"),
        ("Frankreich", "FR"),
        ("Österreich", "AT"),
        ("  belgie  ", "BE"),  # the Dutch name, accent and case aside: no notice
        ("Leeds (Engeland)", "GB"),  # a synonym again: a notice of this row too
    ]
    _rows(
        book,
        "Reizen",
        [
            _trip(f"Reis {n}", Begindatum=f"{n + 1}-03-2024", Bestemmingen=stop)
            for n, (stop, _) in enumerate(stops)
        ],
    )
    path = tmp_path / "reizen.xlsx"
    book.save(path)
    plan, counts = import_into(target, path)
    assert plan.ok, [str(p) for p in plan.problems]
    opened = open_database(target)
    with opened.sessions() as session:
        found = {t.title: t.destinations[0].country_code for t in session.scalars(select(Trip))}
    opened.close()
    assert found == {f"Reis {n}": code for n, (_, code) in enumerate(stops)}
    read = {(n.written, n.meaning) for n in _readings(plan)}
    assert ("Engeland", "Verenigd Koninkrijk") in read
    assert [n.rows for n in _readings(plan) if n.written == "Engeland"] == [[2, len(stops) + 1]]
    assert ("Holland", "Nederland") in read
    assert ("Germany", "Duitsland") in read
    assert ("Frankreich", "Frankrijk") in read
    assert ("Zuid-Korea", "Zuid-Korea") not in read  # CLDR's Dutch name: the app's own word
    assert not any("belgie" in w.casefold() for w, _ in read)
    # All but Zuid-Korea, België (Dutch names) and USA (the ISO alpha-3 code), Leeds's in
    # Manchester's notice.
    assert len(_readings(plan)) == len(stops) - 4, [str(n) for n in plan.notices]


def test_every_country_has_its_english_and_german_name() -> None:
    from babel import Locale

    synonyms = country_synonyms()
    for language in ("en", "de"):
        for code in ("DE", "FR", "GB", "US", "CN", "JP", "PL", "TR", "ZA", "MA"):
            assert synonyms[folded(Locale.parse(language).territories[code])] == code
    for code, names in COUNTRY_ALIASES.items():
        for name in names:
            assert synonyms[folded(name)] == code, name


def test_study_trip_and_dates_as_people_write_them(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(
        book,
        "Reizen",
        [
            _trip("Studiereis Manchester", Soort="Studiereis", Begindatum="oktober 2016"),
            _trip("Okt punt", Begindatum="okt. 2017"),
            _trip("Engelse maand", Begindatum="October 2018"),
            _trip("Streepje", Begindatum="10-2019", Einddatum="11/2019"),
            _trip("ISO-maand", Begindatum="2020-10"),
            _trip("Alleen jaar", Begindatum="2016"),
            _trip("Jaar als getal", Begindatum=2015, Datumnauwkeurigheid="jaar"),
            _trip("Acht cijfers", Begindatum="10032026", Status="voorgenomen"),
            _trip("Kort jaartal", Begindatum="10-3-26", Einddatum="12-3-26", Status="voorgenomen"),
            _trip("Maand met kolom", Begindatum="juni 2025", Datumnauwkeurigheid="maand"),
        ],
    )
    path = tmp_path / "reizen.xlsx"
    book.save(path)
    plan, counts = import_into(target, path)
    assert plan.ok, [str(p) for p in plan.problems]
    opened = open_database(target)
    with opened.sessions() as session:
        trips = {t.title: t for t in session.scalars(select(Trip))}
        got = {title: (t.start_date, t.end_date, t.date_precision) for title, t in trips.items()}
        assert trips["Studiereis Manchester"].kind is TripKind.STUDY_TRIP
    opened.close()
    d, month, year, day = dt.date, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.DAY
    assert got == {
        "Studiereis Manchester": (d(2016, 10, 1), d(2016, 10, 31), month),
        "Okt punt": (d(2017, 10, 1), d(2017, 10, 31), month),
        "Engelse maand": (d(2018, 10, 1), d(2018, 10, 31), month),
        "Streepje": (d(2019, 10, 1), d(2019, 11, 30), month),
        "ISO-maand": (d(2020, 10, 1), d(2020, 10, 31), month),
        "Alleen jaar": (d(2016, 1, 1), d(2016, 12, 31), year),
        "Jaar als getal": (d(2015, 1, 1), d(2015, 12, 31), year),
        "Acht cijfers": (d(2026, 3, 10), d(2026, 3, 10), day),
        "Kort jaartal": (d(2026, 3, 10), d(2026, 3, 12), day),
        "Maand met kolom": (d(2025, 6, 1), d(2025, 6, 30), month),
    }
    # "Studiereis" is the label itself: read as written, no notice; a two-digit year is
    # read in a century the file does not state, so it is reported.
    assert [str(n) for n in plan.notices] == [
        "Blad 'Reizen', rij 10, kolom 'Begindatum': '10-3-26' gelezen als 10-03-2026.",
        "Blad 'Reizen', rij 10, kolom 'Einddatum': '12-3-26' gelezen als 12-03-2026.",
    ]


def test_year_trip_round_trips_and_prints_as_its_year(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    from intzaken.i18n import language_scope
    from intzaken.reports.wording import trip_when

    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(book, "Reizen", [_trip("Alleen jaar", Begindatum="2016", Soort="studiereis")])
    path = tmp_path / "reizen.xlsx"
    book.save(path)
    assert import_into(target, path)[0].ok
    again = export(target, tmp_path / "terug.xlsx")
    sheet = load_workbook(again)["Reizen"]
    headings = [c.value for c in sheet[1]]
    row = dict(zip(headings, [c.value for c in sheet[2]], strict=True))
    assert row["Datumnauwkeurigheid"] == "jaar" and row["Soort"] == "studiereis"
    plan, counts = import_into(target, again)
    assert plan.ok and counts is not None and counts["trips"].unchanged == 1
    opened = open_database(target)
    with opened.sessions() as session, language_scope("nl"):
        trip = session.scalar(select(Trip))
        assert trip_when(trip) == "2016"
        with language_scope("en"):
            assert trip_when(trip) == "2016"
    opened.close()


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"Begindatum": "27 ju 2024"}, "'ju' kan juni of juli zijn"),
        ({"Begindatum": "ju 2024"}, "'ju' kan juni of juli zijn"),
        ({"Begindatum": "13-2024"}, "geen bestaande maand"),
        ({"Begindatum": "2016", "Einddatum": "maart 2016"}, "als maand en als jaar"),
        ({"Begindatum": "maart 2016", "Datumnauwkeurigheid": "dag"}, "past niet bij de datums"),
        ({"Bestemmingen": "Atlantis"}, "geen bekend land"),
        ({"Soort": "snoepreisje"}, "'snoepreisje' is onbekend"),
    ],
)
def test_what_cannot_be_read_without_doubt_is_refused(
    cells: dict[str, object],
    message: str,
    tmp_path: Path,
    new_location: Callable[[str], Location],
) -> None:
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(book, "Reizen", [_trip("Twijfel", **cells)])
    path = tmp_path / "reizen.xlsx"
    book.save(path)
    plan, _ = import_into(target, path)
    assert not plan.ok
    assert any(message in p.message and p.row == 2 for p in plan.problems), [
        str(p) for p in plan.problems
    ]


def test_notices_in_the_dry_run_of_the_command_line(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(
        book,
        "Relaties",
        [
            {"Plaats": "Gent", "Soort": "Zusterstad", "Land": "België", "Status": "actief"},
            {"Plaats": "Brugge", "Soort": "zusterstad", "Land": "Belgie", "Status": "actief"},
            {"Plaats": "Mechelen", "Soort": "Zusterstad", "Land": "Belgium", "Status": "actief"},
        ],
    )
    path = tmp_path / "relaties.xlsx"
    book.save(path)
    code, out, err = run("import", str(path), "--dry-run", "--db", str(target))
    assert code == 0, err
    assert "Anders gelezen dan geschreven" in out
    assert "Blad 'Relaties', rijen 2, 4, kolom 'Soort': 'Zusterstad' gelezen als stedenband." in out
    assert "Blad 'Relaties', rij 3, kolom 'Soort': 'zusterstad' gelezen als stedenband." in out
    assert "Blad 'Relaties', rij 4, kolom 'Land': 'Belgium' gelezen als België." in out
    assert "Proefdraai" in out or "niets geschreven" in out


def test_the_command_line_lists_a_year_trip_by_its_year(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    import json

    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(
        book,
        "Reizen",
        [
            _trip("Alleen jaar", Begindatum="2016", Soort="Studiereis"),
            _trip("Alleen maand", Begindatum="okt 2017"),
        ],
    )
    path = tmp_path / "reizen.xlsx"
    book.save(path)
    code, _, err = run("import", str(path), "--db", str(target))
    assert code == 0, err
    code, out, _ = run("list", "trips", "--db", str(target))
    year_line = next(line for line in out.splitlines() if "Alleen jaar" in line)
    month_line = next(line for line in out.splitlines() if "Alleen maand" in line)
    assert year_line.split()[1:3] == ["2016", "2016"]
    assert "oktober 2017" in month_line and "01-10-2017" not in month_line
    code, out, _ = run("list", "trips", "--format", "json", "--db", str(target))
    records = {r["title"]: r for r in json.loads(out)}
    assert records["Alleen jaar"]["date_precision"] == "year"
    assert records["Alleen jaar"]["kind"] == "study_trip"
    assert records["Alleen jaar"]["start_date"] == "2016-01-01"


@pytest.mark.skipif(SOFFICE_CALC is None, reason=NO_CALC)
def test_a_workbook_saved_through_libreoffice_reads_the_same(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    """The words and dates above, in a workbook LibreOffice opened and saved again (a
    number typed as 2015 stays a number, texts stay texts)."""
    target = empty_database(new_location("leeg"))
    book = _template(target, tmp_path)
    _rows(
        book,
        "Reizen",
        [
            _trip("Studiereis", Soort="studiebezoek", Begindatum="oktober 2016"),
            _trip("Jaar", Begindatum=2015, Bestemmingen="Leeds (Engeland)"),
            _trip("Kort", Begindatum="10-3-26", Status="voorgenomen"),
        ],
    )
    _rows(
        book,
        "Relaties",
        [{"Plaats": "Gent", "Soort": "Zusterstad", "Land": "Belgium", "Status": "actief"}],
    )
    made = tmp_path / "gemaakt" / "lijst.xlsx"
    made.parent.mkdir()
    book.save(made)
    saved = tmp_path / "libreoffice"
    subprocess.run(
        [
            str(SOFFICE_CALC),
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(saved),
            str(made),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    plan, counts = import_into(target, saved / "lijst.xlsx")
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts is not None and counts["trips"].new == 3 and counts["relations"].new == 1
    read = {(n.sheet, n.written, n.meaning) for n in _readings(plan)}
    assert read == {
        ("Reizen", "studiebezoek", "studiereis"),
        ("Reizen", "Engeland", "Verenigd Koninkrijk"),
        ("Reizen", "10-3-26", "10-03-2026"),
        ("Relaties", "Zusterstad", "stedenband"),
        ("Relaties", "Belgium", "België"),
    }
    opened = open_database(target)
    with opened.sessions() as session:
        got = {t.title: (t.start_date, t.date_precision) for t in session.scalars(select(Trip))}
    opened.close()
    assert got == {
        "Studiereis": (dt.date(2016, 10, 1), DatePrecision.MONTH),
        "Jaar": (dt.date(2015, 1, 1), DatePrecision.YEAR),
        "Kort": (dt.date(2026, 3, 10), DatePrecision.DAY),
    }


def _readings(plan: Any) -> list[Any]:
    """The notices of words read as others; not those of the places the import added
    with coordinates from GeoNames (tests/test_import_coordinates.py)."""
    return [notice for notice in plan.notices if not notice.said]

"""A term of office known only to the month or year, as the sources often give it: kept
so, shown so ("juli 2024"), and counted as the whole period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import DatePrecision
from intzaken.domain.models import Change, OfficeTerm, Official
from intzaken.domain.titles import term_on
from intzaken.i18n import language_scope
from intzaken.services.data import NetworkData, OfficialData, TermData
from intzaken.services.networks import create_network
from intzaken.services.officials import create_official, update_official
from intzaken.services.plausibility import plausibility_findings
from intzaken.store.location import Location

from .conftest import file_only, run_cli
from .test_exchange import export, import_into


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def _left_in_july(session: Session) -> Official:
    term = TermData(
        "alderman",
        dt.date(2022, 6, 16),
        dt.date(2024, 7, 2),  # any day of the month: only the month is known
        end_precision=DatePrecision.MONTH,
    )
    return create_official(session, OfficialData(name="Vincent Karremans", terms=[term]))


def test_an_end_known_to_the_month_counts_to_its_last_day_and_is_shown_as_the_month(
    session: Session,
) -> None:
    official = _left_in_july(session)
    create_network(session, NetworkData(name="Polis", responsible_official_id=official.id))

    (term,) = official.terms
    assert (term.end_date, term.end_precision) == (dt.date(2024, 7, 31), DatePrecision.MONTH)
    assert term_on(official, dt.date(2024, 7, 31)) is not None  # may have been in office
    assert [f.text for f in plausibility_findings(session, dt.date(2024, 9, 1))] == [
        "Netwerk Polis: verantwoordelijk bestuurder Vincent Karremans is sinds juli 2024 "
        "niet meer in functie."
    ]


def test_a_start_known_to_the_year_counts_from_the_first_of_january(session: Session) -> None:
    term = TermData("alderman", dt.date(2021, 9, 14), start_precision=DatePrecision.YEAR)
    official = create_official(session, OfficialData(name="Tim de Jong", terms=[term]))

    assert official.terms[0].start_date == dt.date(2021, 1, 1)


def test_a_changed_precision_is_in_the_history(session: Session) -> None:
    official = _left_in_july(session)
    data = OfficialData(
        name="Vincent Karremans",
        terms=[TermData("alderman", dt.date(2022, 6, 16), dt.date(2024, 7, 2))],
    )

    update_official(session, official.id, data)

    old, new = session.execute(
        select(Change.old_value, Change.new_value).where(Change.field.is_not(None))
    ).one()
    assert old == "wethouder, 16 juni 2022 t/m juli 2024"
    assert new == "wethouder, 16 juni 2022 t/m 2 juli 2024"


def test_the_rotterdam_demo_lists_a_start_known_to_the_month(
    demo_template: Callable[[str], Location],
) -> None:
    path = file_only(demo_template("rotterdam"))

    code, out, _ = run_cli("list", "officials", "--db", str(path))

    assert code == 0
    assert "wethouder oktober 2023 – 02-01-2025" in out


def test_a_workbook_keeps_the_precision_and_reads_a_month_written_as_such(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = demo_copy("rotterdam")
    exported = export(database, tmp_path / "alles.xlsx")
    book = load_workbook(exported)
    sheet = book["Ambtstermijnen"]
    headings = [cell.value for cell in sheet[1]]
    rows = [dict(zip(headings, (c.value for c in row), strict=False)) for row in sheet.iter_rows(2)]
    mohamed = next(r for r in rows if r["Bestuurder"] == "Natasha Mohamed-Hoesein")
    assert (mohamed["Nauwkeurigheid begindatum"], mohamed["Nauwkeurigheid einddatum"]) == (
        "maand",
        "dag",
    )

    # Someone writes Karremans's end as the sources give it, leaving the precision empty.
    for row in sheet.iter_rows(2):
        if row[0].value == "Vincent Karremans":
            row[headings.index("Einddatum")].value = "juli 2024"
            row[headings.index("Nauwkeurigheid einddatum")].value = None
    book.save(exported)
    plan, counts = import_into(database, exported)

    assert counts is not None, [p.message for p in plan.problems]
    code, out, _ = run_cli("list", "officials", "--db", str(file_only(database)))
    assert "wethouder 16-06-2022 – juli 2024" in out
    assert "wethouder oktober 2023 – 02-01-2025" in out  # unchanged by the round trip


def test_a_workbook_from_before_the_precision_columns_still_reads(
    database,  # noqa: ANN001 -- a fresh Database
    tmp_path: Path,
) -> None:
    book = Workbook()
    book.active.title = "Bestuurders"
    book["Bestuurders"].append(["Naam", "Verkorte naam"])
    book["Bestuurders"].append(["Ahmed Aboutaleb", "Aboutaleb"])
    terms = book.create_sheet("Ambtstermijnen")
    terms.append(
        ["Bestuurder", "Rol", "Begindatum", "Einddatum", "Portefeuille", "Portefeuillecode"]
    )
    terms.append(["Ahmed Aboutaleb", "burgemeester", "5-1-2009", "oktober 2024", "", ""])
    path = tmp_path / "oud.xlsx"
    book.save(path)

    plan, counts = import_into(database.location, path)

    assert counts is not None, [p.message for p in plan.problems]
    with database.sessions() as session:
        term = session.scalars(select(OfficeTerm)).one()
        assert (term.end_date, term.start_precision, term.end_precision) == (
            dt.date(2024, 10, 31),
            DatePrecision.DAY,
            DatePrecision.MONTH,
        )

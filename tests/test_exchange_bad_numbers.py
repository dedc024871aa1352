"""Bad numbers in an import: a Dutch message with sheet, row and column, never a
`decimal.InvalidOperation` (or any other) traceback, and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intzaken.exchange import cells, export_workbook
from intzaken.exchange.problems import CellError
from intzaken.new_database import create_database
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import dump
from .conftest import run_cli as run

# Every codec whose reading needs no database (the others look names up, after the same
# plain_text these go through).
CODECS = [
    cells.Text(),
    cells.Note(),
    cells.Money(),
    cells.Tonnes(),
    cells.Integer(),
    cells.Date(),
    cells.Time(),
    cells.YesNo(),
    cells.Tags(),
]

# What a cell of a workbook or a CSV can hold: text, numbers of any size (openpyxl gives
# an int for "<v>1E400</v>"-less digits and a float, nan and inf included, otherwise),
# dates and times, booleans, nothing.
CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=60),
    st.text(alphabet="0123456789.,-+eE€ naNinfINF\u00a0", max_size=30),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**400),
    st.floats(),
    st.decimals(),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@given(CELL_VALUES)
def test_any_cell_value_is_read_or_refused_in_dutch(raw: object) -> None:
    for codec in CODECS:
        try:
            codec.read(raw, None, {})
        except CellError as exc:
            assert str(exc) and "Error" not in str(exc)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (1e300, "'1e+300' is onwaarschijnlijk groot."),
        (10**40, f"'{10**40}' is onwaarschijnlijk groot."),
        (10**5000, "een getal van meer dan 60 cijfers is onwaarschijnlijk groot."),
        (Decimal("1e300"), "'1E+300' is onwaarschijnlijk groot."),
        (float("nan"), "'nan' is geen getal."),
        (float("-inf"), "'-inf' is geen getal."),
        (1e-300, "'1e-300' heeft meer dan 2 decimalen."),
        ("1.234,567", "'1.234,567' heeft meer dan 2 decimalen."),
        ("1e300", "'1e300' is geen bedrag."),
        ("NaN", "'NaN' is geen bedrag."),
        ("Infinity", "'Infinity' is geen bedrag."),
        ("9" * 40, f"'{'9' * 40}' is onwaarschijnlijk groot."),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, int) else None,
)
def test_an_amount_beyond_reason_is_refused(raw: object, message: str) -> None:
    with pytest.raises(CellError) as refused:
        cells.Money().read(raw, None, {})
    assert str(refused.value) == message


@pytest.mark.parametrize("raw", [-0.0, "-0", Decimal("-0.000")])
def test_minus_zero_is_zero(raw: object) -> None:
    assert str(cells.Money().read(raw, None, {})) == "0.00"


def test_a_year_cell_holding_a_huge_number(tmp_path: Path) -> None:
    with pytest.raises(CellError, match="'1e\\+300' is geen jaartal"):
        cells.Integer().read(1e300, None, {})
    with pytest.raises(CellError, match="meer dan 60 cijfers is geen jaartal"):
        cells.Integer().read(10**5000, None, {})
    assert cells.Integer().read(2020.0, None, {}) == 2020


@pytest.fixture
def networks_workbook(
    new_location: Callable[[str], Location], tmp_path: Path
) -> tuple[Location, Path]:
    location = new_location("leeg")
    create_database(location, "Gemeente Proef").close()
    path = tmp_path / "netwerken.xlsx"
    database = open_database(location)
    with database.sessions() as session:
        export_workbook(session, path, ["networks"], empty=True)
    database.close()
    return location, path


def test_bad_amounts_through_the_command_line(networks_workbook: tuple[Location, Path]) -> None:
    from openpyxl import load_workbook

    location, path = networks_workbook
    book = load_workbook(path)
    # openpyxl writes NaN and infinity as an empty cell: 111 and 222 stand in for them
    # and are put in the sheet's XML as a hostile file would hold them.
    bad = [1e300, 10**40, 111, 222, 1e-300, "1.234,567", "1e300", "Infinity"]
    for index, amount in enumerate(bad):
        book["Netwerken"].append([f"Netwerk {index}", None, None, None, None, amount])
    book["Netwerken"].append(["Netwerk min nul", None, None, None, None, -0.0])
    book["Netwerken"].append(["Netwerk jaartal", None, None, None, 1e300])
    book.save(path)
    _replace_in_sheet(path, {b"<v>111</v>": b"<v>NaN</v>", b"<v>222</v>": b"<v>1E400</v>"})
    database = open_database(location)
    before = dump(database)
    code, out, err = run("import", str(path), "--db", str(location))
    assert code == 1, out + err
    assert "Traceback" not in err and "InvalidOperation" not in err
    column = "kolom 'Jaarlijkse contributie'"
    for row, message in [
        (2, "'1e+300' is onwaarschijnlijk groot."),
        (3, "'1e+40' is onwaarschijnlijk groot."),
        (4, "'NaN' is geen bedrag."),
        (5, "'inf' is geen getal."),
        (6, "'1e-300' heeft meer dan 2 decimalen."),
        (7, "'1.234,567' heeft meer dan 2 decimalen."),
        (8, "'1e300' is geen bedrag."),
        (9, "'Infinity' is geen bedrag."),
    ]:
        assert f"- Blad 'Netwerken', rij {row}, {column}: {message}" in err, err
    assert "rij 10" not in err  # -0 is an amount: nothing
    assert "- Blad 'Netwerken', rij 11, kolom 'Lid sinds': '1e+300' is geen jaartal" in err
    assert dump(database) == before
    database.close()


def _replace_in_sheet(path: Path, replacements: dict[bytes, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        members = {info: archive.read(info) for info in archive.infolist()}
    found = set()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members.items():
            for old, new in replacements.items():
                if info.filename.startswith("xl/worksheets/") and old in data:
                    data = data.replace(old, new)
                    found.add(old)
            archive.writestr(info, data)
    assert found == set(replacements)


def test_bad_amounts_in_a_csv_through_the_command_line(
    networks_workbook: tuple[Location, Path], tmp_path: Path
) -> None:
    location, _ = networks_workbook
    path = tmp_path / "Netwerken.csv"
    path.write_text(
        "Naam;Jaarlijkse contributie\nA;1e300\nB;-0\nC;NaN\nD;" + "9" * 30 + "\n", encoding="utf-8"
    )
    database = open_database(location)
    before = dump(database)
    code, _, err = run("import", str(path), "--db", str(location))
    assert code == 1 and "Traceback" not in err
    assert "rij 2, kolom 'Jaarlijkse contributie': '1e300' is geen bedrag." in err
    assert "rij 3" not in err
    assert "rij 4, kolom 'Jaarlijkse contributie': 'NaN' is geen bedrag." in err
    assert f"rij 5, kolom 'Jaarlijkse contributie': '{'9' * 30}' is onwaarschijnlijk groot." in err
    assert dump(database) == before
    database.close()


def test_the_service_refuses_a_huge_amount_without_rounding_it(
    networks_workbook: tuple[Location, Path],
) -> None:
    """A form that hands the service Decimal('1e30') with cents: refused in Dutch, where
    rounding first overflowed Decimal's context."""
    from intzaken.services.errors import ValidationError
    from intzaken.services.networks import NetworkData, create_network

    location, _ = networks_workbook
    database = open_database(location)
    before = dump(database)
    with pytest.raises(ValidationError) as refused, database.sessions.begin() as session:
        create_network(
            session,
            NetworkData(
                name="Groot",
                annual_fee=Decimal("123456789012345678901234567890.123"),
                member_since=None,
            ),
        )
    assert str(refused.value) == "Jaarlijkse contributie: de waarde is onwaarschijnlijk groot."
    assert dump(database) == before
    database.close()

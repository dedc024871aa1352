"""Reading one cell of a workbook or CSV as the register's field, and writing it back:
what Excel stores (floats, datetimes, booleans) and what people type, at the limits.

Only the codecs that stay as they are; reading countries and choices by other names is
tested with the vocabulary (test_exchange_names.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from intzaken.domain.enums import RelationKind
from intzaken.exchange import cells
from intzaken.exchange.problems import CellError
from intzaken.i18n import language_scope


@pytest.fixture(autouse=True)
def _dutch() -> Any:
    with language_scope("nl"):
        yield


class _Names:
    """The register's names as a workbook refers to them (names.py's role, in memory)."""

    def __init__(self) -> None:
        self.notices: list[tuple[str, str]] = []  # what was read other than as written

    def read_as(self, written: str, meaning: str) -> None:
        self.notices.append((written, meaning))

    def reference_name(self, kind: str, record_id: int) -> str:
        return f"{kind} {record_id}"

    def reference_id(self, kind: str, text: str) -> int:
        return int(text.rsplit(" ", 1)[1])

    def budget_line_name(self, line_id: int) -> str:
        return f"Post {line_id}"

    def budget_line_id(self, text: str, year: int | None) -> int:
        return 1000 * (year or 0) + len(text)

    def place_parts(self, place_id: int) -> tuple[str, str]:
        return ("Lyon", "Frankrijk")

    def place_id(self, name: str, country_code: str) -> int:
        return 7 if (name, country_code) == ("Lyon", "FR") else 8

    def country_name(self, code: str) -> str:
        return {"FR": "Frankrijk"}[code]

    def country_code(self, text: str) -> str:
        if text != "Frankrijk":
            raise CellError(f"'{text}' is geen land.")
        return "FR"

    def known_country_code(self, text: str) -> str | None:
        return "FR" if text == "Frankrijk" else None


NAMES: Any = _Names()


def test_text_of_exactly_the_limit_is_read_and_one_more_is_refused() -> None:
    assert cells.plain_text("x" * cells.TEXT_LIMIT) == "x" * cells.TEXT_LIMIT
    with pytest.raises(CellError) as refused:
        cells.plain_text("x" * (cells.TEXT_LIMIT + 1))
    assert str(refused.value) == "de tekst is te lang (2001 tekens, hoogstens 2000)."
    # The same limit holds for text the quick path does not take (a line break).
    note = cells.Note()
    assert note.read("a\n" + "b" * 9_998, NAMES, {}) == "a\n" + "b" * 9_998
    with pytest.raises(CellError, match="10001 tekens, hoogstens 10000"):
        note.read("a\n" + "b" * 9_999, NAMES, {})


def test_text_cells_are_tidied_as_the_forms_tidy_them() -> None:
    assert cells.plain_text("  Rotterdam   Zuid ") == "Rotterdam Zuid"
    assert cells.plain_text(None) == ""
    assert cells.plain_text(2024.0) == "2024"  # a code Excel stored as a number
    assert cells.plain_text(12.5) == "12.5"
    assert cells.Note().read("  eerste\nregel  ", NAMES, {}) == "eerste\nregel"
    with pytest.raises(CellError, match="tekst"):
        cells.plain_text("eerste\nregel")  # a single-line field
    with pytest.raises(CellError, match="tekst"):
        cells.Text().read("a\x00b", NAMES, {})


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (True, "'True' is een waar/onwaar-waarde, geen tekst."),
        (dt.date(2024, 1, 27), "'2024-01-27' is een datum of tijd, geen tekst."),
        (dt.time(9, 30), "'09:30:00' is een datum of tijd, geen tekst."),
        (10**60, "een getal van meer dan 60 cijfers is een getal, geen tekst."),
    ],
)
def test_a_cell_that_is_not_text_is_named(raw: object, message: str) -> None:
    with pytest.raises(CellError) as refused:
        cells.plain_text(raw)
    assert str(refused.value) == message


def test_a_long_value_is_quoted_in_part() -> None:
    assert cells.quoted("x" * 60) == "'" + "x" * 60 + "'"
    assert cells.quoted("x" * 61) == "'" + "x" * 60 + "…'"
    assert cells.quoted(10**59) == f"'{10**59}'"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1239.54, "1239.54"),
        (22360, "22360.00"),
        (-0.0, "0.00"),
        (Decimal("5.5"), "5.50"),
        ("€ 1.239,54", "1239.54"),
        ("  ", None),
        (None, None),
        (Decimal("9999999999999.99"), "9999999999999.99"),
    ],
)
def test_money_cells(raw: object, expected: str | None) -> None:
    read = cells.Money().read(raw, NAMES, {})
    assert (None if read is None else str(read)) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (10**13, "'10000000000000' is onwaarschijnlijk groot."),
        (Decimal("1E13"), "'1E+13' is onwaarschijnlijk groot."),
        ("10.000.000.000.000", "'10.000.000.000.000' is onwaarschijnlijk groot."),
        (float("nan"), "'nan' is geen getal."),
        (Decimal("Infinity"), "'Infinity' is geen getal."),
        (True, "'True' is geen getal."),
        (dt.date(2024, 1, 1), "'2024-01-01' is geen getal."),
        (1.005, "'1.005' heeft meer dan 2 decimalen."),
        ("abc", "'abc' is geen bedrag."),
    ],
)
def test_money_cells_refused(raw: object, message: str) -> None:
    with pytest.raises(CellError) as refused:
        cells.Money().read(raw, NAMES, {})
    assert str(refused.value) == message


def test_co2_cells_take_three_places_and_no_euro_sign() -> None:
    assert str(cells.Tonnes().read("1,250", NAMES, {})) == "1.250"
    assert str(cells.Tonnes().read(2, NAMES, {})) == "2.000"
    with pytest.raises(CellError, match="euroteken"):
        cells.Tonnes().read("€ 1", NAMES, {})
    with language_scope("nl"):
        assert cells.Tonnes().text(Decimal("1234.5"), NAMES) == "1.234,50"
    assert cells.Money().text(Decimal("1234.5"), NAMES) == "1.234,50"
    assert cells.Money().text(None, NAMES) == ""
    assert cells.Money().write(Decimal("1.5"), NAMES) == Decimal("1.5")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(2024, 2024), (2024.0, 2024), (" 2024 ", 2024), ("", None), (None, None), (999_999, 999_999)],
)
def test_whole_numbers(raw: object, expected: int | None) -> None:
    assert cells.Integer().read(raw, NAMES, {}) == expected


@pytest.mark.parametrize("raw", [2024.5, True, "1e3", "-5", "1000000", 1_000_000, "twee"])
def test_whole_numbers_refused(raw: object) -> None:
    with pytest.raises(CellError, match="geen jaartal of geheel getal"):
        cells.Integer().read(raw, NAMES, {})


def test_dates_and_times_as_excel_stores_them() -> None:
    date = cells.Date()
    assert date.read(dt.datetime(2024, 1, 27), NAMES, {}) == dt.date(2024, 1, 27)
    assert date.read(dt.date(2024, 1, 27), NAMES, {}) == dt.date(2024, 1, 27)
    assert date.read(None, NAMES, {}) is None
    assert date.text(dt.date(2024, 1, 27), NAMES) == "27-01-2024"
    with pytest.raises(CellError, match="tijdstip"):
        date.read(dt.datetime(2024, 1, 27, 9, 30), NAMES, {})
    with pytest.raises(CellError, match="geen datum"):
        date.read(45000, NAMES, {})
    time = cells.Time()
    assert time.read(dt.datetime(2024, 1, 27, 9, 30), NAMES, {}) == dt.time(9, 30)
    assert time.read(dt.time(14, 5), NAMES, {}) == dt.time(14, 5)
    assert time.read("9.30", NAMES, {}) == dt.time(9, 30)
    assert time.text(dt.time(9, 5), NAMES) == "09:05"
    assert time.text(None, NAMES) == ""
    with pytest.raises(CellError, match="geen tijd"):
        time.read(0.5, NAMES, {})
    with pytest.raises(CellError, match="geen tijd"):
        time.read("half tien", NAMES, {})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ja", True),
        ("Nee", False),
        ("WAAR", True),
        ("onwaar", False),
        ("x", True),
        ("1", True),
        ("0", False),
        (1, True),
        (True, True),
        (False, False),
        (None, False),
        ("", False),
    ],
)
def test_yes_or_no(raw: object, expected: bool) -> None:
    assert cells.YesNo().read(raw, NAMES, {}) is expected


def test_yes_or_no_refuses_anything_else_and_writes_dutch() -> None:
    with pytest.raises(CellError) as refused:
        cells.YesNo().read("misschien", NAMES, {})
    assert str(refused.value) == "'misschien': vul 'ja' of 'nee' in."
    assert cells.YesNo().write(True, NAMES) == "ja"
    assert cells.YesNo().write(False, NAMES) == "nee"
    assert cells.YesNo().text(False, NAMES) == "nee"


def test_lists_in_one_cell() -> None:
    tags = cells.Tags()
    assert tags.read(" klimaat ;; energie;", NAMES, {}) == ["klimaat", "energie"]
    assert tags.read(None, NAMES, {}) == []
    assert tags.write(["klimaat", "energie"], NAMES) == "klimaat; energie"


def test_references_by_name() -> None:
    official = cells.Official()
    assert official.write(3, NAMES) == "official 3"
    assert official.write(None, NAMES) == ""
    assert official.read("official 3", NAMES, {}) == 3
    assert official.read("", NAMES, {}) is None
    officials = cells.Officials()
    assert officials.write([1, 2], NAMES) == "official 1; official 2"
    assert officials.read("official 1; official 2", NAMES, {}) == [1, 2]
    assert cells.Codec().text(None, NAMES) == ""
    assert cells.Codec().text(5, NAMES) == "5"


def test_a_budget_line_is_found_in_the_year_of_the_row() -> None:
    line = cells.BudgetLine("start_date")
    assert line.deferred
    assert line.read("Europa", NAMES, {"start_date": dt.date(2024, 3, 1)}) == 2024 * 1000 + 6
    assert line.read("Europa", NAMES, {}) == 6
    assert line.read("", NAMES, {"start_date": dt.date(2024, 3, 1)}) is None
    assert line.write(4, NAMES) == "Post 4"
    assert line.write(None, NAMES) == ""


def test_a_place_needs_its_country() -> None:
    place = cells.Place("country_code")
    assert place.read("Lyon", NAMES, {"country_code": "FR"}) == 7
    assert place.read("  ", NAMES, {"country_code": "FR"}) is None
    with pytest.raises(CellError) as refused:
        place.read("Lyon", NAMES, {})
    assert str(refused.value) == "bij plaats 'Lyon' ontbreekt het land."
    assert place.key(" LYON ", NAMES) == "lyon"
    assert place.write(7, NAMES) == "Lyon"
    assert place.write(None, NAMES) == ""
    assert cells.Text().key("  Rotterdam  ", NAMES) == "rotterdam"


def test_destinations_written_and_read_in_order() -> None:
    from intzaken.services.data import DestinationData

    destinations = cells.Destinations()
    stops = destinations.read("Lyon (Frankrijk); Frankrijk", NAMES, {})
    assert stops == [DestinationData("FR", 7), DestinationData("FR")]
    assert destinations.write(stops, NAMES) == "Lyon (Frankrijk); Frankrijk"
    with pytest.raises(CellError, match="geen land"):
        destinations.read("Atlantis", NAMES, {})


def test_a_number_up_to_sixty_digits_is_read_as_its_text() -> None:
    assert cells.plain_text(10**59) == "1" + "0" * 59  # a reference number Excel kept


def test_an_amount_of_thousands_of_digits_is_refused_without_writing_it_out() -> None:
    with pytest.raises(CellError) as refused:
        cells.Money().read(10**5000, NAMES, {})
    assert str(refused.value) == "een getal van meer dan 60 cijfers is onwaarschijnlijk groot."


def test_a_single_line_column_refuses_a_line_break_and_writes_what_it_holds() -> None:
    with pytest.raises(CellError, match="tekst"):
        cells.Text().read("eerste\nregel", NAMES, {})
    assert cells.Text().write("Rotterdam", NAMES) == "Rotterdam"
    assert cells.Text().write(None, NAMES) == ""  # type: ignore[arg-type]


def test_a_place_name_may_have_two_hundred_characters() -> None:
    place = cells.Place("country_code")
    assert place.read("L" * 200, NAMES, {"country_code": "FR"}) == 8
    assert place.key("L" * 200, NAMES) == "l" * 200
    for refused in (
        lambda: place.read("L" * 201, NAMES, {"country_code": "FR"}),
        lambda: place.key("L" * 201, NAMES),
    ):
        with pytest.raises(CellError, match="201 tekens, hoogstens 200"):
            refused()


def test_the_columns_that_need_others_of_the_row_are_read_last() -> None:
    assert cells.Place("country_code").deferred and cells.BudgetLine("start_date").deferred
    assert not any(
        codec.deferred for codec in (cells.Text(), cells.Money(), cells.Country(), cells.Date())
    )


def test_a_country_column_reads_the_country_of_the_place_beside_it() -> None:
    country = cells.Country()
    assert country.write(7, NAMES) == "Frankrijk"
    assert country.write(None, NAMES) == ""
    assert country.read(" Frankrijk ", NAMES, {}) == "FR"
    assert country.read("", NAMES, {}) is None
    assert country.key("Frankrijk", NAMES) == "FR"


def test_a_cell_is_identified_as_it_reads() -> None:
    """Two ways of typing one date or amount are one key (a row matched on it)."""
    assert cells.Date().key("27-1-2024", NAMES) == cells.Date().key(dt.datetime(2024, 1, 27), NAMES)
    assert cells.Money().key("€ 1.239,5", NAMES) == Decimal("1239.50")


def test_a_codec_without_a_reading_of_its_own_refuses_rather_than_answers_nothing() -> None:
    class Typed(cells._Parsed):
        parse = staticmethod(int)

    with pytest.raises(NotImplementedError):
        cells.Codec().read("x", NAMES, {})
    with pytest.raises(NotImplementedError):
        Typed().read(5, NAMES, {})  # a typed cell, which Typed does not say how to take


def test_excel_shows_each_kind_of_number_as_people_write_it() -> None:
    """The number formats the export gives the cells (Excel shows € 1.239,54)."""
    assert cells.Money.number_format == '"€ "#,##0.00'
    assert cells.Tonnes.number_format == "#,##0.000"
    assert cells.Integer.number_format == "0"  # a year without a thousands separator
    assert cells.Date.number_format == "dd-mm-yyyy"
    assert cells.Time.number_format == "hh:mm"
    assert cells.Text.number_format is None


def test_a_choice_is_read_by_its_dutch_label_its_code_or_another_word() -> None:
    kind, names = cells.Choice(RelationKind), _Names()
    for written in ("Stedenband", "twin city", "twin_city", "TWIN-CITY"):
        assert kind.read(written, names, {}) is RelationKind.TWIN_CITY
    assert names.notices == []  # the app's own words are no notice
    assert kind.read("zusterstad", names, {}) is RelationKind.TWIN_CITY
    assert names.notices == [("zusterstad", "stedenband")]
    assert kind.read(" ", names, {}) is None
    with pytest.raises(CellError) as refused:
        kind.read("buurgemeente", names, {})
    assert str(refused.value) == (
        "'buurgemeente' is onbekend; kies uit: stedenband, vriendschapsrelatie, "
        "strategische partner, overig."
    )


def test_a_choice_is_written_as_its_dutch_label_or_a_label_of_the_column() -> None:
    assert cells.Choice(RelationKind).write("friendship", NAMES) == "vriendschapsrelatie"
    assert cells.Choice(RelationKind).write(None, NAMES) == ""
    assert cells.Choice(RelationKind).write("", NAMES) == ""
    own = cells.Choice(RelationKind, {"other": "anders"})
    assert own.write(RelationKind.OTHER, NAMES) == "anders"
    assert own.write(RelationKind.FRIENDSHIP, NAMES) == "vriendschapsrelatie"
    assert own.read("anders", NAMES, {}) is RelationKind.OTHER


def test_several_choices_in_one_cell() -> None:
    kinds = cells.ChoiceList(RelationKind)
    assert kinds.write(["twin_city", RelationKind.OTHER], NAMES) == "stedenband; overig"
    assert kinds.read("stedenband; overig;", NAMES, {}) == [
        RelationKind.TWIN_CITY,
        RelationKind.OTHER,
    ]


def test_a_date_typed_with_a_two_digit_year_is_a_notice_of_how_it_was_read() -> None:
    date, names = cells.Date(), _Names()
    assert date.read("10-3-26", names, {}) == dt.date(2026, 3, 10)
    assert date.read("10  mrt  26", names, {}) == dt.date(2026, 3, 10)
    assert date.read("10-3-2026", names, {}) == dt.date(2026, 3, 10)
    assert date.read(dt.datetime(2026, 3, 10), names, {}) == dt.date(2026, 3, 10)
    assert names.notices == [("10-3-26", "10-03-2026"), ("10  mrt  26", "10-03-2026")]

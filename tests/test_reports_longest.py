"""Every report prints whatever the services accept: each text field at the longest value
the services allow (pages of text where they set no limit, URLs and words wider than a
column), a hundred destinations, amounts near the largest allowed. Made through the real
services, printed through the real command line, read back from the PDF.

On main, one such trip ended `report annual` with "'Paragraph' object has no attribute
'blPara'" and `report trip` with a LayoutError (a table row taller than a page)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from intzaken.services.places import sync_countries
from intzaken.store.database import open_database

from .conftest import run_cli
from .pdf_reading import assert_fonts_embedded
from .report_longest import MANY, Longest, build_longest

MARKER = re.compile(r"EINDE-[a-z]+\d*")


@pytest.fixture(scope="module")
def longest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Longest]]:
    path = tmp_path_factory.mktemp("longest") / "longest.sqlite"
    database = open_database(path, create=True)
    with database.sessions.begin() as session:
        sync_countries(session)
        made = build_longest(session)
    database.close()
    yield path, made


@cache
def _markers(pdf: Path) -> frozenset[str]:
    """The end markers printed whole in `pdf`. pypdf gives the text in the order it was
    drawn, cell by cell (pdfplumber runs across the columns of a line and mixes their
    words), and reads these long files in a fraction of the time."""
    words = " ".join(page.extract_text() for page in PdfReader(pdf).pages).split()
    return frozenset(m for word in words for m in MARKER.findall(word))


LAST = MANY - 1
REPORTS = {
    "trip": (
        ("--id", "{trip}"),
        [
            "reistitel",
            "doel",
            "resultaten",
            "begrotingspost",
            "netwerk",
            "overeenkomst",
            "plaats0",
            f"plaats{LAST}",
            "delegatieorg9",
            "delegatienaam9",
            "delegatiefunctie9",
            "kort11",
        ],
    ),
    "briefing": (
        ("--id", "{trip}"),
        [
            "reistitel",
            "doel",
            "resultaten",
            "relatienotities",
            "werkterrein",
            "activiteit24",
            "plek24",
            "actie4",
            "gebeurtenis9",
            "contact2",
            "contactorganisatie2",
            "functie2",
            "tel2",
            f"plaats{LAST}",
            "delegatiefunctie9",
            "begrotingspost",
        ],
    ),
    "annual": (
        ("--year", "2024"),
        ["reistitel", "doel", "resultaten", "plaats0", f"plaats{LAST}", "afdeling", "organisatie"],
    ),
    "planned": (
        ("--from", "2024-01", "--to", "2024-12"),
        ["gepland", "doel", f"plaats{LAST}", "organisatie"],
    ),
    "budget": (
        ("--year", "2024"),
        ["begrotingspost", "postcode", "uitgave", "reistitel", "gepland"],
    ),
    "relations": ((), ["netwerk", "overeenkomst", "werkterrein", "plaats0"]),
    "agreements": ((), ["overeenkomst", "partijen"]),
}


@pytest.mark.parametrize("kind", REPORTS)
def test_the_longest_allowed_values_print_to_their_end(
    kind: str, longest: tuple[Path, Longest], tmp_path: Path
) -> None:
    path, made = longest
    arguments, printed = REPORTS[kind]
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run_cli(
        "report",
        kind,
        *(a.format(trip=made.trip_id) for a in arguments),
        "--out",
        str(out),
        "--db",
        str(path),
    )
    # Standard error holds at most the preflight's points of attention (a planned trip
    # long past by now), which the longest texts must not break either.
    assert code == 0 and (err == "" or err.startswith("De plausibiliteitscontrole vindt"))
    assert "Fout" not in err
    assert f"geschreven naar {out}" in stdout
    found = _markers(out)
    missing = [m for m in printed if f"EINDE-{m}" not in found]
    assert not missing, missing
    assert {f"EINDE-{m}" for m in printed} <= set(made.markers)  # no typo in the lists
    assert_fonts_embedded(out)
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it

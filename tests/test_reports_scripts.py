"""Names in scripts DejaVu lacks (Chinese, Japanese, Korean, Devanagari) print in every
report, in an embedded fallback font, instead of empty boxes. Made through the services,
printed through the command line, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from intzaken.reports.fonts import FALLBACK_FILES, FAMILY, fallback_for
from intzaken.reports.right_to_left import visual_order
from intzaken.services.organisation import ContactData, create_contact
from intzaken.services.places import PlaceData, create_place, sync_countries
from intzaken.services.relations import RelationData, create_relation
from intzaken.services.trips import DestinationData, ProgrammeItemData, TripData, create_trip
from intzaken.store.database import open_database

from .conftest import add_official, run_cli
from .pdf_reading import assert_fonts_embedded, fonts, page_texts, pdf_text

TOKYO, SHANGHAI, SEOUL, AMIT = "東京", "上海", "서울", "अमित शर्मा"
CAIRO = "القاهرة الجديدة"  # New Cairo: printed joined, right to left
DEJAVU = {" "} | {chr(c) for c in range(0xFE70, 0xFEFD)}
TITLE = f"Werkbezoek {TOKYO} en {SEOUL}"


@pytest.fixture(scope="module")
def asia(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    path = tmp_path_factory.mktemp("asia") / "asia.sqlite"
    database = open_database(path, create=True)
    with database.sessions.begin() as session:
        sync_countries(session)
        mayor = add_official(session)
        tokyo = create_place(session, PlaceData(TOKYO, "JP"))
        seoul = create_place(session, PlaceData(SEOUL, "KR"))
        shanghai = create_place(session, PlaceData(SHANGHAI, "CN"))
        cairo = create_place(session, PlaceData(CAIRO, "EG"))
        amit = create_contact(session, ContactData(name=AMIT, organisation="Tata"))
        relation = create_relation(
            session,
            RelationData(
                kind="twin_city", place_id=shanghai.id, status="active", contact_ids=[amit.id]
            ),
        )
        trip = create_trip(
            session,
            TripData(
                title=TITLE,
                kind="working_visit",
                status="done",
                start_date=dt.date(2024, 4, 1),
                end_date=dt.date(2024, 4, 5),
                destinations=[
                    DestinationData("JP", tokyo.id),
                    DestinationData("KR", seoul.id),
                    DestinationData("EG", cairo.id),
                ],
                traveller_ids=[mayor],
                lead_official_id=mayor,
                relation_ids=[relation.id],
                purpose=f"Gesprek met {AMIT} over de haven van {SHANGHAI}.",
                programme=[
                    ProgrammeItemData(
                        dt.date(2024, 4, 2), "Ontvangst", dt.time(9, 0), TOKYO, [amit.id]
                    )
                ],
            ),
        )
        trip_id = trip.id
    database.close()
    yield path, trip_id


REPORTS = {
    "trip": (("--id", "{trip}"), (TOKYO, SEOUL, SHANGHAI, AMIT, CAIRO)),
    "briefing": (("--id", "{trip}"), (TOKYO, SEOUL, SHANGHAI, AMIT, CAIRO)),
    "annual": (("--year", "2024"), (TOKYO, SEOUL, SHANGHAI, AMIT, CAIRO)),
    "relations": ((), (SHANGHAI,)),
}


def test_every_character_has_a_font() -> None:
    for character in "".join((TOKYO, SHANGHAI, SEOUL, AMIT)).replace(" ", ""):
        assert fallback_for(character) in FALLBACK_FILES, character
    # DejaVu has the joined Arabic forms.
    assert all(fallback_for(c) is None and c in DEJAVU for c in visual_order(CAIRO))


def test_arabic_is_joined_and_in_visual_order() -> None:
    # New Cairo, 2024 in Arabic-Indic digits; a vowel mark (fatha) on the first letter.
    shown = visual_order(
        "Naar \u0627\u064e\u0644\u0642\u0627\u0647\u0631\u0629 \u0662\u0660\u0662\u0664 (Egypte)"
    )
    assert shown.startswith("Naar ") and shown.endswith(" (Egypte)")
    stretch = shown.removeprefix("Naar ").removesuffix(" (Egypte)")
    assert stretch.startswith("\u0662\u0660\u0662\u0664 ")  # the number, read last, left
    assert stretch.endswith("\ufe8d\u064e")  # the alef (isolated form) keeps its fatha
    assert "\ufed8\ufedf" in stretch  # qaf and lam in their joined forms, right to left
    assert visual_order("Śląskie 東京") == "Śląskie 東京"


@pytest.mark.parametrize("kind", REPORTS)
def test_names_in_other_scripts_print_in_an_embedded_fallback_font(
    kind: str, asia: tuple[Path, int], tmp_path: Path
) -> None:
    path, trip_id = asia
    arguments, names = REPORTS[kind]
    out = tmp_path / f"{kind}.pdf"
    code, _, err = run_cli(
        "report",
        kind,
        *(a.format(trip=trip_id) for a in arguments),
        "--out",
        str(out),
        "--db",
        str(path),
    )
    assert code == 0, err
    # A council report first names its trips' plausibility findings (these trips have no
    # costs): that, and nothing else, on standard error.
    assert err == "" or err.startswith("De plausibiliteitscontrole vindt"), err
    text = pdf_text(out)
    for name in names:
        assert visual_order(name) in text, name
    used = {name.split("+")[-1] for name in fonts(out)}
    assert FAMILY in used
    expected = {
        fallback_for(c) for name in names for c in visual_order(name) if not c.isspace()
    } - {None}
    for font in expected:
        assert any(font in name for name in used), (font, used)
    assert_fonts_embedded(out)
    assert "\u25a1" not in text and "\ufffd" not in text  # no box, no replacement


def test_chart_labels_in_other_scripts_have_their_glyphs(tmp_path: Path) -> None:
    # The budget report charts its lines by name: matplotlib warns of each glyph its
    # fonts lack (and draws a box).
    import warnings
    from decimal import Decimal

    from intzaken.services.budget import BudgetLineData, create_budget_line

    path = tmp_path / "budget.sqlite"
    database = open_database(path, create=True)
    with database.sessions.begin() as session:
        for name in (f"Kantoor {TOKYO}", SEOUL, AMIT, CAIRO):
            create_budget_line(session, BudgetLineData(2024, name, Decimal("1000.00")))
    database.close()
    out = tmp_path / "budget.pdf"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, _, err = run_cli(
            "report", "budget", "--year", "2024", "--out", str(out), "--db", str(path)
        )
    assert (code, err) == (0, "")
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert TOKYO in pdf_text(out)


def test_every_character_is_drawn_in_a_font_that_has_it(
    asia: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also where reportlab sets text itself: the table of contents lists the relation
    in Shanghai by the plain text of its heading (a pack of any length gets one here)."""
    import pdfplumber

    monkeypatch.setattr("intzaken.reports.briefing.CONTENTS_FROM_PAGES", 1)

    path, trip_id = asia
    out = tmp_path / "briefing.pdf"
    code, _, err = run_cli(
        "report", "briefing", "--id", str(trip_id), "--out", str(out), "--db", str(path)
    )
    assert (code, err) == (0, "")
    with pdfplumber.open(out) as pdf:
        drawn = [(c["text"], c["fontname"]) for page in pdf.pages for c in page.chars]
    contents = [font for character, font in drawn if character == SHANGHAI[0]]
    assert len(contents) >= 3  # the contents, the heading and the text beside it
    for character, font in drawn:
        wanted = fallback_for(character)
        if wanted is not None:
            assert wanted in font, (character, font)


def test_the_contents_print_a_heading_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table of contents once read a relation's place name as markup: 'R&D <b>Lab</b>'
    came out as 'R&D; Lab'."""
    from intzaken.services.relations import RelationData, create_relation

    monkeypatch.setattr("intzaken.reports.briefing.CONTENTS_FROM_PAGES", 1)

    path = tmp_path / "markup.sqlite"
    name = "R&D <b>Lab</b> & Co"
    database = open_database(path, create=True)
    with database.sessions.begin() as session:
        sync_countries(session)
        mayor = add_official(session)
        place = create_place(session, PlaceData(name, "DE"))
        relation = create_relation(
            session, RelationData(kind="twin_city", place_id=place.id, status="active")
        )
        trip = create_trip(
            session,
            TripData(
                title="Werkbezoek",
                kind="working_visit",
                status="done",
                start_date=dt.date(2024, 4, 1),
                end_date=dt.date(2024, 4, 2),
                destinations=[DestinationData("DE", place.id)],
                traveller_ids=[mayor],
                lead_official_id=mayor,
                relation_ids=[relation.id],
            ),
        )
        trip_id = trip.id
    database.close()
    out = tmp_path / "briefing.pdf"
    code, _, err = run_cli(
        "report", "briefing", "--id", str(trip_id), "--out", str(out), "--db", str(path)
    )
    assert (code, err) == (0, "")
    contents = next(page for page in page_texts(out) if "Inhoud" in page)
    assert f"{name} (Duitsland)" in contents

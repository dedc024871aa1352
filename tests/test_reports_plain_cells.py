"""Plain string cells print and measure exactly as the Paragraphs they replace."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from intzaken.reports import plain_cells
from intzaken.reports.plain_cells import fits_on_one_line, place_cells
from intzaken.reports.styles import styles
from intzaken.reports.tables import data_table

HEADER = ("Kosten", "Vervoer", "Bedrag")
ROWS = [["<b>R&D</b>", "Vliegtuig", "€\xa01.234,-"],
        ["Een omschrijving die te lang is voor één regel in deze smalle kolom van de "
         "tabel en dus moet afbreken", "Trein", "€\xa012,50"]]


def _table() -> Table:
    return data_table(HEADER, ROWS, (1, 1, 1), numeric=(2,), total=["Totaal", "", "€ 1,-"],
                      groups=(("Groep", 2), ("Los", 1)))


def test_short_text_is_a_string_long_text_a_paragraph_hidden_cells_flowables() -> None:
    values = _table()._cellvalues
    assert values[0][0] == "Groep" and isinstance(values[0][1], Spacer)  # spanned
    assert values[2] == ["<b>R&D</b>", "Vliegtuig", "€\xa01.234,-"]
    assert isinstance(values[3][0], Paragraph) and values[3][1] == "Trein"
    assert values[4][0] == "Totaal"
    assert isinstance(values[4][1], Paragraph)  # empty: measured as a Paragraph would be


def test_folded_whitespace_keeps_a_paragraph() -> None:
    style = styles()["Cell"]
    assert fits_on_one_line("€\xa01.234,-", style, 200)
    for value in ("", " leading", "trailing ", "two  spaces", "line\nbreak", "tab\there"):
        assert not fits_on_one_line(value, style, 200)
    assert not fits_on_one_line("wide " * 20, style, 200)


def test_string_cells_take_the_style_of_their_paragraph() -> None:
    data, commands = place_cells([[("Kop", "CellHeadRight"), ("Kop", "CellHeadRight")],
                                  [("a", "Cell"), ("1", "CellRight")]],
                                 [100, 100], (), [(4, 4), (4, 4)])
    assert data == [["Kop", "Kop"], ["a", "1"]]
    head, cell, right = styles()["CellHeadRight"], styles()["Cell"], styles()["CellRight"]
    # One run for the header row, two for the body row.
    assert ("FONT", (0, 0), (1, 0), head.fontName, head.fontSize, head.leading) in commands
    assert ("ALIGN", (0, 0), (1, 0), "RIGHT") in commands
    assert ("TEXTCOLOR", (0, 1), (0, 1), cell.textColor) in commands
    assert ("ALIGN", (1, 1), (1, 1), "RIGHT") in commands
    assert ("FONT", (1, 1), (1, 1), right.fontName, right.fontSize, right.leading) in commands
    assert len(commands) == 9


def _row_heights(table: Table) -> list[float]:
    table.wrap(400, 1000)
    return [round(height, 3) for height in table._rowHeights]


def test_rows_are_as_high_as_with_paragraph_cells(monkeypatch) -> None:
    """The layout does not change: string rows measure as their Paragraphs did."""
    plain = _table()
    monkeypatch.setattr(plain_cells, "fits_on_one_line", lambda *_: False)
    paragraphs = _table()
    assert not any(isinstance(v, str) and v for row in paragraphs._cellvalues for v in row)
    assert _row_heights(plain) == _row_heights(paragraphs)


def test_user_text_in_a_string_cell_prints_literally(tmp_path: Path) -> None:
    out = tmp_path / "table.pdf"
    SimpleDocTemplate(str(out)).build([_table()])
    extracted = PdfReader(out).pages[0].extract_text()
    assert "<b>R&D</b>" in extracted and "1.234,-" in extracted and "Vliegtuig" in extracted

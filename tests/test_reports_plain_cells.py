"""Plain string cells print and measure exactly as the Paragraphs they replace."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from intzaken.reports import plain_cells
from intzaken.reports.plain_cells import place_cells, plain_text, text_width
from intzaken.reports.styles import styles
from intzaken.reports.tables import data_table

HEADER = ("Kosten", "Vervoer", "Bedrag")
LONG = (
    "Een omschrijving die te lang is voor één regel in deze smalle kolom van de "
    "tabel en dus moet afbreken"
)
ROWS = [
    ["<b>R&D</b>", "Vliegtuig", "€\xa01.234,-"],
    [LONG, "Trein", "€\xa012,50"],
    ["Rijnmondsamenwerkingsverbandgemeenschappelijkeregelingen", "-", "-"],
]


def _table() -> Table:
    return data_table(
        HEADER,
        ROWS,
        (1, 1, 1),
        numeric=(2,),
        total=["Totaal", "", "€ 1,-"],
        groups=(("Groep", 2), ("Los", 1)),
    )


def test_text_is_a_string_broken_where_its_paragraph_breaks() -> None:
    table = _table()
    values = table._cellvalues
    assert values[0][0] == "Groep" and isinstance(values[0][1], Spacer)  # spanned
    assert values[2] == ["<b>R&D</b>", "Vliegtuig", "€\xa01.234,-"]
    paragraph = Paragraph(LONG, styles()["Cell"])
    paragraph.wrap(table._colWidths[0] - 8, 1000)
    lines = [" ".join(words) for _, words in paragraph.blPara.lines]
    assert len(lines) > 2 and values[3][0] == "\n".join(lines) and values[3][1] == "Trein"
    assert isinstance(values[4][0], Paragraph)  # a word split across lines
    assert values[5][0] == "Totaal"
    assert isinstance(values[5][1], Paragraph)  # empty: measured as a Paragraph would be


def test_long_text_breaks_into_lines_folded_whitespace_keeps_a_paragraph() -> None:
    style = styles()["Cell"]
    assert plain_text("€\xa01.234,-", style, 200) == "€\xa01.234,-"
    assert plain_text("wide " * 19 + "wide", style, 210) == "\n".join(
        ["wide " * 8 + "wide", "wide " * 8 + "wide", "wide wide"]
    )
    # At 200 points reportlab keeps nine words a line by narrowing the spaces.
    assert plain_text("wide " * 19 + "wide", style, 200) is None
    for value in ("", " leading", "trailing ", "two  spaces", "line\nbreak", "tab\there"):
        assert plain_text(value, style, 200) is None


def test_a_line_the_paragraph_would_squeeze_stays_a_paragraph() -> None:
    """A Paragraph keeps a line a little too long by narrowing its spaces; a string can't."""
    style, value = styles()["Cell"], "6 t/m 7 november 2006"
    width = text_width(value, style.fontName, style.fontSize)
    assert plain_text(value, style, width + 1) == value
    paragraph = Paragraph(value, style)
    paragraph.wrap(width - 0.3, 1000)
    if len(paragraph.blPara.lines) == 1:  # squeezed
        assert plain_text(value, style, width - 0.3) is None
    else:
        assert plain_text(value, style, width - 0.3) == "6 t/m 7 november\n2006"


def test_every_cell_has_a_style_of_its_own_string_cells_their_paragraphs() -> None:
    data, cell_styles = place_cells(
        [[("Kop", "CellHeadRight"), ("x " * 40, "Cell")], [("a", "Cell"), ("1", "CellRight")]],
        [100, 100],
        (),
        [(0, 4), (4, 4)],
    )
    assert data[0][0] == "Kop" and isinstance(data[0][1], Paragraph)
    assert data[1] == ["a", "1"]
    head, right = styles()["CellHeadRight"], styles()["CellRight"]
    first = cell_styles[0][0]
    assert (first.fontname, first.fontsize, first.leading, first.color, first.alignment) == (
        head.fontName,
        head.fontSize,
        head.leading,
        head.textColor,
        "RIGHT",
    )
    assert (first.leftPadding, first.rightPadding, first.valign) == (0, 4, "TOP")
    assert cell_styles[1][1].alignment == "RIGHT" and cell_styles[1][1].color == right.textColor
    # A Paragraph cell still names the embedded font, never reportlab's Helvetica.
    assert cell_styles[0][1].fontname == "DejaVuSans"
    # One object per cell: a command for one cell (a red figure) changes that cell alone.
    assert len({id(style) for row in cell_styles for style in row}) == 4
    cell_styles[1][1].color = "red"
    assert place_cells([[("1", "CellRight")]], [100], (), [(4, 4)])[1][0][0].color != "red"


def _row_heights(table: Table) -> list[float]:
    table.wrap(400, 1000)
    return [round(height, 3) for height in table._rowHeights]


def test_rows_are_as_high_as_with_paragraph_cells(monkeypatch) -> None:
    """The layout does not change: string rows measure as their Paragraphs did."""
    plain = _table()
    monkeypatch.setattr(plain_cells, "plain_text", lambda *_: None)
    paragraphs = _table()
    assert not any(isinstance(v, str) and v for row in paragraphs._cellvalues for v in row)
    assert _row_heights(plain) == _row_heights(paragraphs)


def test_user_text_in_a_string_cell_prints_literally(tmp_path: Path) -> None:
    out = tmp_path / "table.pdf"
    SimpleDocTemplate(str(out)).build([_table()])
    extracted = PdfReader(out).pages[0].extract_text()
    assert "<b>R&D</b>" in extracted and "1.234,-" in extracted and "Vliegtuig" in extracted
    assert "Een omschrijving die te lang" in extracted

"""A table row taller than a page splits across pages with every word of its cells, also
where a cell is a plain string (plain_cells) rather than a Paragraph."""

from __future__ import annotations

from reportlab.platypus import Paragraph as ReportlabParagraph

from intzaken.reports.tables import data_table, key_value_table

WORDS = [f"woord{i}" for i in range(900)]
LONG = " ".join(WORDS)


def _cell_text(cell: object) -> str:
    if isinstance(cell, str):
        return cell
    if isinstance(cell, ReportlabParagraph):
        # A part made by a split holds its words in `words` rather than `text`.
        return " ".join(
            getattr(f, "text", "") or " ".join(getattr(f, "words", [])) for f in cell.frags
        )
    return " ".join(_cell_text(c) for c in cell)  # type: ignore[attr-defined]


def _assert_strings_fit_their_rows(table) -> None:
    """A string cell's lines, at the cell's leading, within its row's height: reportlab
    splits strings as if their lines were 1.2 x the font size apart."""
    for row, styles, height in zip(
        table._cellvalues, table._cellStyles, table._rowHeights, strict=True
    ):
        for cell, style in zip(row, styles, strict=True):
            if isinstance(cell, str) and cell:
                need = (
                    len(cell.split("\n")) * style.leading + style.topPadding + style.bottomPadding
                )
                assert need <= height + 0.01, (cell[:40], need, height)


def _split_all(table, height: float) -> list:
    parts = []
    while True:
        table.wrap(470, height)
        pieces = table.split(470, height)
        assert pieces, "a table that does not fit must split"
        if len(pieces) == 1:
            return [*parts, pieces[0]]
        parts.append(pieces[0])
        table = pieces[1]


def test_a_row_taller_than_the_page_splits_with_all_its_words() -> None:
    table = data_table(
        ("Wanneer", "Bestemming", "Onderwerp"),
        [["maart 2024", LONG, "Werkbezoek " + "W" * 400]],
        (1, 2, 2),
    )
    parts = _split_all(table, 300)
    assert len(parts) > 3
    for part in parts:
        width, height = part.wrap(470, 300)
        assert height <= 300
        _assert_strings_fit_their_rows(part)
    printed = " ".join(_cell_text(part._cellvalues[-1][1]) for part in parts).split()
    assert printed == WORDS
    # The header repeats on every part.
    assert all(_cell_text(part._cellvalues[0][0]) == "Wanneer" for part in parts)


def test_a_card_row_taller_than_the_page_splits() -> None:
    table = key_value_table([("Soort", "Werkbezoek"), ("Bestemmingen", LONG)])
    parts = _split_all(table, 250)
    printed = " ".join(
        _cell_text(part._cellvalues[-1][1])
        for part in parts
        if _cell_text(part._cellvalues[-1][0]) != "Soort"
    ).split()
    assert printed[-1] == WORDS[-1] and set(WORDS) <= set(printed)

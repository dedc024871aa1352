"""A table header drawn once as a PDF form prints where each table's header would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate, Spacer

from intzaken.reports.fonts import register_fonts
from intzaken.reports.tables import data_table

from .pdf_reading import page_texts

HEADER = ("Reis en verblijf", "Overige kosten", "", "CO₂-uitstoot (in tonnen)", "CO₂-compensatie")
GROUPS = [("Kosten bestuur", 2), ("Vervoersmiddel", 1), ("Alléén voor vliegtuig", 2)]
WIDTHS = (1, 1, 1.25, 1.25, 1.1)


def _write(path: Path, rows: list[list[str]]) -> None:
    register_fonts()
    story = []
    for row in rows:
        story += [data_table(HEADER, [row], WIDTHS, numeric=(0, 1, 3, 4), groups=GROUPS)]
        story.append(Spacer(0, 20))
    SimpleDocTemplate(str(path)).build(story)


def _forms(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        names |= {str(n) for n in page["/Resources"].get("/XObject", {}) if "DrawnOnce" in n}
    return names


def test_tables_with_the_same_header_share_one_form(tmp_path: Path) -> None:
    path = tmp_path / "tables.pdf"
    rows = [["€ 1.234,-", "€ 12,-", "Trein", "-", "-"]] * 3 + [
        ["€ 9,-", "€ 1,-", "Vliegtuig", "0,25", "€ 10,-"]
    ]
    _write(path, rows)
    assert len(_forms(path)) == 1
    text = page_texts(path)[0]
    assert text.count("Kosten bestuur") == 4
    assert text.count("CO₂-compensatie") == 4
    assert "Vliegtuig" in text and text.count("Trein") == 3


def test_a_taller_table_gets_a_form_of_its_own(tmp_path: Path) -> None:
    # The header's place in the table depends on the rows below it.
    path = tmp_path / "tables.pdf"
    tall = "Dienstauto, trein, bus, vliegtuig, veerboot, fiets en nog een lange reeks"
    _write(path, [["€ 1,-", "€ 2,-", "Trein", "-", "-"], ["€ 1,-", "€ 2,-", tall, "-", "-"]])
    assert len(_forms(path)) == 2
    assert page_texts(path)[0].count("Alléén voor vliegtuig") == 2

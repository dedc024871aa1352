"""A report's content model (content.py) as a Word document, for staff who finish it in
the municipality's own letter template or publish it through its document system.

What makes it usable there, rather than a picture of the PDF: Word's own Title and
Heading styles (they become the template's when pasted, and the navigation pane and an
accessibility check read them), tables whose header rows repeat on every page, charts as
pictures with alternative text followed by their figures as a table, and the document
language (nl-NL or en) on the text and in the properties, so spelling and screen readers
use the right one.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Row

from ..formatting import long_date
from ..i18n import _
from .charts import bar_chart_pixels
from .content import (
    Block,
    Chart,
    Gap,
    Grid,
    Heading,
    Illustration,
    NewPage,
    Pairs,
    Signatures,
    Text,
    Together,
)
from .pdf import Letterhead, Report, document_language

MUTED = RGBColor(0x5F, 0x6B, 0x7A)
ACCENT = RGBColor(0x15, 0x42, 0x73)
PICTURE_WIDTH = Cm(16)
TEXT_WIDTH = Cm(16.6)  # A4 less the 2.2 cm margins
# What a bold character of the 11 pt body font takes on average in the widest font that
# may stand in for it (DejaVu Serif, where Calibri is missing), and a cell's
# left and right margins together (Word's default 0.19 cm each): a word's minimum width.
WORD_CHARACTER = Pt(11 * 0.75)
CELL_PADDING = Cm(0.38)
# Paragraph styles of the house style in Word's built-in styles, which a letter
# template redefines: Title and Subtitle as such, the others as Normal with a touch.
BUILT_IN = {"Title": "Title", "Subtitle": "Subtitle"}


def write_docx(report: Report, head: Letterhead, target: Path, *, printed_on: dt.date) -> None:
    """Write `report` (which must have content) as a .docx file at `target`."""
    if report.content is None:
        raise ValueError(f"{report.title!r} has no content model to write as Word")
    document = Document()
    language = document_language()
    _set_language(document, language)
    properties = document.core_properties
    properties.title = report.title
    properties.subject = report.subject
    properties.author = head.name
    properties.language = language
    properties.comments = _("Made by Intzaken on {date}").format(date=long_date(printed_on))
    _letterhead(document, head, report.title, printed_on)
    for block in report.content:
        _write(document, block)
    document.save(str(target))


def _set_language(document: Any, language: str) -> None:
    """The language of all text, in the document defaults (w:docDefaults/w:rPr/w:lang)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)


def _letterhead(document: Any, head: Letterhead, title: str, printed_on: dt.date) -> None:
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    top = section.header.paragraphs[0]
    name = top.add_run(head.name)
    name.bold = True
    name.font.color.rgb = ACCENT
    if head.department:
        top.add_run("\n" + head.department).font.color.rgb = MUTED
    top.add_run("\t\t" + title).font.size = Pt(9)
    bottom = section.footer.paragraphs[0]
    bottom.add_run(_("Printed on {date}").format(date=long_date(printed_on))).font.size = Pt(9)


def _write(document: Any, block: Block) -> None:
    if isinstance(block, Text):
        _text(document, block)
    elif isinstance(block, Heading):
        document.add_heading(block.text, level=block.level + 1)
    elif isinstance(block, NewPage):
        document.add_page_break()
    elif isinstance(block, Gap):
        pass  # Word's paragraph spacing (the template's) makes the room
    elif isinstance(block, Grid):
        _grid(document, block)
    elif isinstance(block, Pairs):
        _pairs(document, block)
    elif isinstance(block, Chart):
        _chart(document, block)
    elif isinstance(block, Illustration):
        _picture(document, block.pixels(), block.description, block.title)
    elif isinstance(block, Signatures):
        _signatures(document, block)
    elif isinstance(block, Together):
        first = len(document.paragraphs)
        for part in block.blocks:
            _write(document, part)
        # Kept on one page, as in the PDF: each paragraph with the next.
        for paragraph in document.paragraphs[first:-1]:
            paragraph.paragraph_format.keep_with_next = True
    else:
        raise TypeError(f"not a report block: {block!r}")


def _picture(document: Any, pixels: Any, alt_text: str, title: str) -> None:
    png = io.BytesIO()
    pixels.save(png, format="PNG")
    png.seek(0)
    document.add_picture(png, width=PICTURE_WIDTH)
    # The alternative text Word shows under "Alt Text" and reads out: wp:docPr/@descr.
    inline = document.inline_shapes[-1]._inline
    inline.docPr.set("descr", alt_text)
    inline.docPr.set("title", title)


def _text(document: Any, block: Text) -> None:
    if block.style in BUILT_IN:
        document.add_paragraph(block.text, style=BUILT_IN[block.style])
        return
    paragraph = document.add_paragraph()
    run = paragraph.add_run(block.text)
    if block.style == "Lead":
        run.bold = True
        paragraph.paragraph_format.keep_with_next = True
    elif block.style in ("Meta", "Small"):
        run.font.color.rgb = MUTED
        run.font.size = Pt(9.5 if block.style == "Meta" else 9)
        paragraph.paragraph_format.keep_with_next = block.style == "Meta"


def _repeat_as_header(row: _Row) -> None:
    """Word repeats this row at the top of every page the table runs onto (w:tblHeader),
    and a screen reader announces its cells as column headers."""
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)


def _fill(row: _Row, values: Sequence[str], numeric: set[int], *, bold: bool) -> None:
    for index, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(value)
        run.bold = bold
        if index in numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _grid(document: Any, grid: Grid) -> Table:
    numeric = set(grid.numeric)
    header_rows = 2 if grid.groups else 1
    rows = header_rows + len(grid.rows) + (grid.total is not None)
    table = document.add_table(rows=rows, cols=len(grid.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if grid.groups:
        first = 0
        group_row = table.rows[0]
        for title, columns in grid.groups:
            cell = group_row.cells[first]
            if columns > 1:
                cell = cell.merge(group_row.cells[first + columns - 1])
            else:
                # A group of one column is its own heading, over both header rows.
                cell = cell.merge(table.rows[1].cells[first])
            run = cell.paragraphs[0].add_run(title)
            run.bold = True
            first += columns
        _repeat_as_header(group_row)
    head = table.rows[header_rows - 1]
    for index, (cell, value) in enumerate(zip(head.cells, grid.header, strict=True)):
        if value and not cell.text:  # not the part of a merged group heading
            paragraph = cell.paragraphs[0]
            paragraph.add_run(value).bold = True
            if index in numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _repeat_as_header(head)
    for row, values in zip(table.rows[header_rows:], grid.rows, strict=False):
        _fill(row, values, numeric, bold=False)
    if grid.total is not None:
        _fill(table.rows[-1], grid.total, numeric, bold=True)
    _widths(table, grid)
    document.add_paragraph()  # Word joins two tables that touch into one
    return table


def _widths(table: Table, grid: Grid) -> None:
    """Columns as wide as the PDF's, relatively: names get room, amounts what they need,
    and no column narrower than its longest word (else Word breaks "Vervoersmiddel")."""
    table.autofit = False
    # Halfway to equal columns: Word's amounts are in a larger font than the PDF's cells
    # and must not wrap, which the PDF's own widening of number columns would ensure.
    mean = sum(grid.fractions) / len(grid.fractions)
    wanted = [(fraction + mean) / 2 for fraction in grid.fractions]
    widths = _at_least(
        [fraction * TEXT_WIDTH / sum(wanted) for fraction in wanted],
        [WORD_CHARACTER * length + CELL_PADDING for length in _longest_words(grid)],
    )
    for column, width in zip(table.columns, widths, strict=True):
        column.width = int(width)  # the grid, which LibreOffice reads
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = int(width)


def _longest_words(grid: Grid) -> list[int]:
    """Per column, the length of the longest word it shows (a heading of a one-column
    group stands over that column alone)."""
    texts: list[list[str]] = [[heading] for heading in grid.header]
    first = 0
    for title, columns in grid.groups:
        if columns == 1:
            texts[first].append(title)
        first += columns
    for values in [*grid.rows, *([grid.total] if grid.total is not None else [])]:
        for column, value in enumerate(values):
            texts[column].append(value)
    return [
        max((len(word) for text in column for word in text.split()), default=0) for column in texts
    ]


def _at_least(widths: list[float], floors: list[float]) -> list[float]:
    """`widths` (summing to the text width) with each raised to its floor, taking the room
    from the columns that have more than they need; when the floors alone do not fit,
    the floors shrunk in proportion (Word then breaks words, as it must)."""
    total = sum(widths)
    if sum(floors) >= total:
        return [floor * total / sum(floors) for floor in floors]
    result = list(widths)
    for _round in range(len(result)):
        short = [i for i, width in enumerate(result) if width < floors[i]]
        if not short:
            break
        for i in short:
            result[i] = floors[i]
        free = [i for i in range(len(result)) if result[i] > floors[i]]
        excess = sum(result) - total
        room = sum(result[i] - floors[i] for i in free)
        for i in free:
            result[i] -= excess * (result[i] - floors[i]) / room
    return result


def _pairs(document: Any, pairs: Pairs) -> None:
    table = document.add_table(rows=len(pairs.pairs), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, pairs.pairs, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    document.add_paragraph()


def _signatures(document: Any, block: Signatures) -> None:
    """Side by side in a table without lines (the default style has none): the role,
    room to sign, the name."""
    table = document.add_table(rows=1, cols=len(block.signers))
    for cell, (role, _name), name in zip(
        table.rows[0].cells, block.signers, block.names(), strict=True
    ):
        cell.paragraphs[0].add_run(role)
        for _blank in range(3):
            cell.add_paragraph()
        cell.add_paragraph(name)
    document.add_paragraph()


def _chart(document: Any, chart: Chart) -> None:
    pixels = bar_chart_pixels(chart.categories, chart.series, **chart.drawing())
    _picture(document, pixels, chart.alt_text(), chart.description.split(":")[0])
    _grid(document, chart.figures())
    for note in chart.notes():
        _text(document, note)

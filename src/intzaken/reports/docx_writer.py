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
from .content import Block, Chart, Gap, Grid, Heading, NewPage, Pairs, Text, Together
from .pdf import Letterhead, Report, document_language

MUTED = RGBColor(0x5F, 0x6B, 0x7A)
ACCENT = RGBColor(0x15, 0x42, 0x73)
PICTURE_WIDTH = Cm(16)
TEXT_WIDTH = Cm(16.6)  # A4 less the 2.2 cm margins
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
    elif isinstance(block, Together):
        first = len(document.paragraphs)
        for part in block.blocks:
            _write(document, part)
        # Kept on one page, as in the PDF: each paragraph with the next.
        for paragraph in document.paragraphs[first:-1]:
            paragraph.paragraph_format.keep_with_next = True
    else:
        raise TypeError(f"not a report block: {block!r}")


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
    _widths(table, grid.fractions)
    document.add_paragraph()  # Word joins two tables that touch into one
    return table


def _widths(table: Table, fractions: Sequence[float]) -> None:
    """Columns as wide as the PDF's, relatively: names get room, amounts what they need."""
    table.autofit = False
    # Halfway to equal columns: Word's amounts are in a larger font than the PDF's cells
    # and must not wrap, which the PDF's own widening of number columns would ensure.
    mean = sum(fractions) / len(fractions)
    fractions = [(fraction + mean) / 2 for fraction in fractions]
    scale = TEXT_WIDTH / sum(fractions)
    for column, fraction in zip(table.columns, fractions, strict=True):
        column.width = int(fraction * scale)  # the grid, which LibreOffice reads
    for row in table.rows:
        for cell, fraction in zip(row.cells, fractions, strict=True):
            cell.width = int(fraction * scale)


def _pairs(document: Any, pairs: Pairs) -> None:
    table = document.add_table(rows=len(pairs.pairs), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, pairs.pairs, strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].add_run(value)
    document.add_paragraph()


def _chart(document: Any, chart: Chart) -> None:
    pixels = bar_chart_pixels(chart.categories, chart.series, **chart.drawing())
    png = io.BytesIO()
    pixels.save(png, format="PNG")
    png.seek(0)
    document.add_picture(png, width=PICTURE_WIDTH)
    # The alternative text Word shows under "Alt Text" and reads out: wp:docPr/@descr.
    inline = document.inline_shapes[-1]._inline
    inline.docPr.set("descr", chart.alt_text())
    inline.docPr.set("title", chart.description.split(":")[0])
    _grid(document, chart.figures())
    for note in chart.notes():
        _text(document, note)

"""The import template: an empty workbook in the exchange layout that teaches how to fill
it in. `intzaken export --empty` and the window's File → Save import template write it.

Before the sheets of the registers comes "Toelichting": what each sheet is for, its
columns (required or not, what they hold, how to write them) with an example row. Each
heading carries the same as a comment; columns with a fixed choice get a drop-down list,
whose choices stand on a hidden sheet "Keuzelijsten" (a list of 250 countries is longer
than the 255 characters Excel allows inline). The import passes over both sheets.

Columns get a cell format, so Excel keeps what is typed: amounts as euros, years as whole
numbers, and dates, times and text as text. A date format would make Excel turn "2016"
into 8 July 1905 and "10-2016" into 1 October 2016, silently, before the import could
read what the user meant; the import reads dates written as text in every form it knows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ..written_files import replacing
from . import cells as c
from .layout import Sheet, file_sheets
from .template_choices import ChoiceLists
from .template_guide import write_guide
from .template_texts import heading_comment
from .template_words import CHOICES_SHEET, GUIDE_SHEET, REQUIRED

TEXT_FORMAT = "@"
AUTHOR = "Intzaken"


def cell_format(codec: c.Codec) -> str:
    """The cell format of a column in the template (see the module's docstring)."""
    if isinstance(codec, c.Money | c.Integer):  # Tonnes is a Money
        return codec.number_format or TEXT_FORMAT
    return TEXT_FORMAT


def required_headings(sheet: Sheet) -> tuple[str, ...]:
    """The columns a row of `sheet` cannot do without: its key, and what the services
    require (template_words.REQUIRED)."""
    listed = REQUIRED.get(sheet.name, ())
    return tuple(dict.fromkeys((*sheet.key, *listed)))


def _data_sheet(worksheet: Worksheet, sheet: Sheet, choices: ChoiceLists) -> None:
    worksheet.append([col.heading for col in sheet.columns])
    required = required_headings(sheet)
    bold = Font(bold=True)
    for index, (cell, col) in enumerate(zip(worksheet[1], sheet.columns, strict=True), start=1):
        cell.font = bold
        text = heading_comment(sheet.name, col, col.heading in required)
        lines = sum(1 + len(line) // 40 for line in text.splitlines())
        cell.comment = Comment(text, AUTHOR, width=300, height=22 * lines + 24)
        letter = get_column_letter(index)
        dimension = worksheet.column_dimensions[letter]
        dimension.width = col.width
        # A column's own format, so what is typed in any row keeps to it; no cells are
        # made below the headings (a filled-in row is appended right under them).
        dimension.number_format = cell_format(col.codec)
        validation = choices.validation(sheet, col)
        if validation is not None:
            worksheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}1048576")
    worksheet.freeze_panes = "A2"


def write_template(session: Session, path: Path, registers: Sequence[str] | None = None) -> None:
    """The template for `registers` (None: all) as an .xlsx workbook at `path`."""
    chosen = file_sheets(registers)
    book = Workbook()
    guide = book.active
    guide.title = GUIDE_SHEET
    choices = ChoiceLists(session, book.create_sheet(CHOICES_SHEET), [s for _, s in chosen])
    for _register, sheet in chosen:
        _data_sheet(book.create_sheet(sheet.name), sheet, choices)
    write_guide(guide, [sheet for _, sheet in chosen], required_headings)
    # The lists last and out of sight: they serve the drop-downs, not the reader.
    book.move_sheet(CHOICES_SHEET, offset=len(book.sheetnames) - 1)
    book[CHOICES_SHEET].sheet_state = "hidden"
    book.active = 0
    for worksheet in book.worksheets:
        worksheet.sheet_view.tabSelected = worksheet.title == GUIDE_SHEET
    with replacing(path) as partial:
        book.save(partial)

"""The template's first sheet, "Toelichting": how to fill in the workbook, then per sheet
what it is for and a table of its columns (required or not, what each holds and how to
write it, and an example row), in the current language."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..formula_guard import text_cell
from ..i18n import _
from .sheets import Sheet
from .template_texts import SHEET_PURPOSES, column_text, format_text, general_rules
from .template_words import EXAMPLES

WIDTHS = {"A": 30, "B": 12, "C": 70, "D": 34}
TITLE = Font(bold=True, size=16)
SECTION = Font(bold=True, size=13)
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
WRAP = Alignment(wrap_text=True, vertical="top")


class _Writer:
    def __init__(self, worksheet: Worksheet) -> None:
        self.worksheet = worksheet
        self.row = 0

    def line(self, *values: str, font: Font | None = None, merge: bool = False) -> None:
        """One row; `merge` spreads its second value over the columns B to D."""
        self.row += 1
        for column, value in enumerate(values, start=1):
            if not value:
                continue
            cell = self.worksheet.cell(row=self.row, column=column)
            # Text, never a formula, whatever a translation starts with.
            cell.value = text_cell(self.worksheet, value).value
            cell.data_type = "s"
            cell.alignment = WRAP
            if font is not None:
                cell.font = font
        if merge:
            self.worksheet.merge_cells(
                start_row=self.row, start_column=2, end_row=self.row, end_column=4
            )
        # Neither Excel nor LibreOffice grows a row to its wrapped text when it opens a
        # file: the row gets the lines its longest cell needs (a character of 10-point
        # text is about a column-width unit wide).
        widths = [WIDTHS["A"], sum(WIDTHS[c] for c in "BCD")] if merge else list(WIDTHS.values())
        lines = max(
            (
                -(-len(value) // max(width - 2, 1))
                for value, width in zip(values, widths, strict=False)
            ),
            default=1,
        )
        if lines > 1:
            self.worksheet.row_dimensions[self.row].height = 15 * lines + 2

    def blank(self) -> None:
        self.row += 1


def write_guide(
    worksheet: Worksheet,
    sheets: Sequence[Sheet],
    required: Callable[[Sheet], tuple[str, ...]],
) -> None:
    for letter, width in WIDTHS.items():
        worksheet.column_dimensions[letter].width = width
    out = _Writer(worksheet)
    out.line(_("Import template"), font=TITLE)
    out.line(
        "",
        _(
            "This sheet explains the workbook; the import passes over it, and over the "
            "hidden sheet of drop-down lists. Each sheet after this one is a register or "
            "a list belonging to one."
        ),
        merge=True,
    )
    out.blank()
    for subject, rule in general_rules():
        out.line(subject, rule, merge=True)
        worksheet.cell(row=out.row, column=1).font = BOLD
    for sheet in sheets:
        out.blank()
        out.line(_("Sheet '{sheet}'").format(sheet=sheet.name), font=SECTION)
        purpose = SHEET_PURPOSES.get(sheet.name)
        if purpose:
            out.line("", _(purpose), merge=True)
        out.line(_("Column"), _("Required"), _("What it holds"), _("Example"), font=BOLD)
        for column in range(1, 5):
            worksheet.cell(row=out.row, column=column).fill = HEADER_FILL
        needed = required(sheet)
        example = EXAMPLES.get(sheet.name, {})
        for col in sheet.columns:
            what = " ".join(
                part for part in (column_text(sheet.name, col), format_text(col)) if part
            )
            out.line(
                col.heading,
                _("yes") if col.heading in needed else "",
                what,
                example.get(col.heading, ""),
            )
    # Printed as it reads: all four columns across the page.
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True

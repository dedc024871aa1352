"""The drop-down lists of the import template: every column with a fixed choice (the
labels of its choice, "ja"/"nee") or a name the database knows (officials, countries),
derived from the layout's codecs. The lists stand on the hidden sheet "Keuzelijsten",
one per column of that sheet, and each validation refers to its range.

A value outside the list gets a warning, not a refusal: the import also reads words
other than the labels (an English code, a short name, an official added on sheet
'Bestuurders' in the same file) and is the one that says what it cannot read.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Country, Official
from ..formula_guard import text_cell
from ..i18n import _
from . import cells as c
from .layout import OFFICIAL_SHEET
from .sheets import Column, Sheet

OFFICIALS_SHEET = OFFICIAL_SHEET.name  # where a file names new officials
# Rows of sheet 'Bestuurders' a drop-down offers when the database knows no official yet.
OFFICIAL_ROWS = 500


class ChoiceLists:
    """The lists on `worksheet` and a validation per column that has one."""

    def __init__(self, session: Session, worksheet: Worksheet, sheets: Sequence[Sheet]) -> None:
        self.session = session
        self.worksheet = worksheet
        self.ranges: dict[tuple[str, ...], str] = {}  # values -> the range that holds them
        self.has_officials_sheet = any(s.name == OFFICIALS_SHEET for s in sheets)
        self._officials: list[str] | None = None
        self._countries: list[str] | None = None

    def officials(self) -> list[str]:
        if self._officials is None:
            self._officials = list(
                self.session.scalars(select(Official.name).order_by(Official.name))
            )
        return self._officials

    def countries(self) -> list[str]:
        if self._countries is None:
            self._countries = list(
                self.session.scalars(select(Country.name).order_by(Country.name))
            )
        return self._countries

    def _range(self, title: str, values: Sequence[str]) -> str:
        """The range on the lists' sheet that holds `values`, written there the first time."""
        key = tuple(values)
        if key not in self.ranges:
            column = len(self.ranges) + 1
            letter = get_column_letter(column)
            heading = self.worksheet.cell(row=1, column=column, value=title)
            heading.font = Font(bold=True)
            for row, value in enumerate(values, start=2):
                # Names from the database: text, never a formula (formula_guard.py).
                target = self.worksheet.cell(row=row, column=column)
                target.value = text_cell(self.worksheet, value).value
                target.data_type = "s"
            self.worksheet.column_dimensions[letter].width = max(14, len(title) + 2)
            sheet = quote_sheetname(self.worksheet.title)
            self.ranges[key] = f"{sheet}!${letter}$2:${letter}${len(values) + 1}"
        return self.ranges[key]

    def source(self, sheet: Sheet, column: Column) -> tuple[str, str] | None:
        """(formula of the list, what it offers) for `column`, or None without a list."""
        codec = column.codec
        title = f"{sheet.name} - {column.heading}"
        if isinstance(codec, c.Choice):  # ChoiceList too: the drop-down offers one at a time
            return self._range(title, list(codec.labels.values())), _("a choice")
        if isinstance(codec, c.YesNo):
            words = [codec.write(answer, None) for answer in (True, False)]  # type: ignore[arg-type]
            return self._range(title, words), _("a choice")
        if isinstance(codec, c.Country):
            countries = self.countries()
            return (self._range(title, countries), _("a country")) if countries else None
        if isinstance(codec, c.Reference | c.References) and codec.kind == "official":
            officials = self.officials()
            if officials:
                return self._range(title, officials), _("an official")
            if self.has_officials_sheet:  # a new database: the officials of this file
                rows = f"$A$2:$A${OFFICIAL_ROWS + 1}"
                return f"{quote_sheetname(OFFICIALS_SHEET)}!{rows}", _("an official")
        return None

    def validation(self, sheet: Sheet, column: Column) -> DataValidation | None:
        found = self.source(sheet, column)
        if found is None:
            return None
        formula, what = found
        several = isinstance(column.codec, c.ChoiceList | c.References)
        if several:
            message = _(
                "Not in the list. Several values are separated by ';'; the import checks "
                "each of them."
            )
        else:
            message = _(
                "'{column}' expects {what} from the list. The import checks what it "
                "cannot read and says so."
            ).format(column=column.heading, what=what)
        return DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showDropDown=False,  # openpyxl's name for "hide the arrow": False shows it
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=column.heading,
            error=message,
        )

"""The five source inputs (domain/sourcing.py) as one block for the dialogs of records
that have no tabbed form of their own: a new place, a new contact, an office term's row in
the official's form. The tabbed forms use forms/source_section.py, which puts the same
inputs on a "Bron" tab through the form's own `add_field`.

values() gives the keyword arguments of the data class (services/data.py SourceFields);
problems() runs the services' own rules, so a dialog refuses what a save would, with the
same Dutch message naming the field.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from ...domain.sourcing import DERIVED_LENGTH, SOURCE_LENGTH, SOURCE_PAGE_LENGTH
from ...services.checks import Checker
from ...services.data import SourceFields
from ...services.sources import check_source
from ..widgets.date_edit import OptionalDateEdit


class SourceEdits(Protocol):
    """The five inputs, wherever they are laid out (this block or a form's Bron tab)."""

    document: QLineEdit
    date: OptionalDateEdit
    page: QLineEdit
    note: QPlainTextEdit
    derived: QLineEdit


def input_values(edits: SourceEdits) -> dict[str, Any]:
    """The keyword arguments of the data class (services/data.py SourceFields)."""
    return {
        "source": edits.document.text(),
        "source_date": edits.date.value(),
        "source_page": edits.page.text(),
        "source_note": edits.note.toPlainText(),
        "derived_from": edits.derived.text(),
    }


class SourceInputs(QWidget):
    def __init__(self, parent: QWidget | None = None, *, note_lines: int = 3) -> None:
        super().__init__(parent)
        self.document = QLineEdit()
        self.document.setMaxLength(SOURCE_LENGTH)
        self.document.setPlaceholderText(self.tr("Title of the document the facts come from"))
        self.date = OptionalDateEdit()
        self.page = QLineEdit()
        self.page.setMaxLength(SOURCE_PAGE_LENGTH)
        self.page.setPlaceholderText(self.tr("p. 12, table 3 or a web address"))
        self.derived = QLineEdit()
        self.derived.setMaxLength(DERIVED_LENGTH)
        self.derived.setPlaceholderText(
            self.tr("Empty when read in the source; otherwise from what")
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * note_lines + 12)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, edit in (
            (self.tr("Source &document"), self.document),
            (self.tr("Source da&te"), self.date),
            (self.tr("&Page or reference"), self.page),
            (self.tr("Deri&ved"), self.derived),
            (self.tr("Source n&ote"), self.note),
        ):
            edit.setAccessibleName(label.replace("&", ""))
            form.addRow(label, edit)

    def load(self, data: Any) -> None:
        """From a data class or a row's dict."""
        get = data.get if isinstance(data, dict) else lambda name: getattr(data, name)
        self.document.setText(get("source") or "")
        self.date.setValue(get("source_date"))
        self.page.setText(get("source_page") or "")
        self.note.setPlainText(get("source_note") or "")
        self.derived.setText(get("derived_from") or "")
        for edit in (self.document, self.page, self.derived):
            edit.setCursorPosition(0)  # a long title shows its beginning, not its end

    def values(self) -> dict[str, Any]:
        return input_values(self)

    def problems(self) -> str:
        """The input the date field could not read, else the rules' messages; "" when none."""
        if self.date.error():
            return self.date.error()
        check = Checker()
        check_source(check, SourceFields(**self.values()))
        return "\n".join(problem.message for problem in check.problems)

"""The "Bron" tab every register's form has: where the record's facts come from and,
for a record derived rather than read, why (domain/sourcing.py).

One widget for all forms, so a form adds it with one line in `build()`, `load()` and
`collect()`:

    self.sources = SourceSection(self, tabs)   # build(), after the form's own tabs
    self.sources.load(data)                     # load()
    return NetworkData(..., **self.sources.values())   # collect()

The inputs go through the form's `add_field`, so the services' messages about them
("Brondatum: ... is geen aannemelijke datum") appear under each, like any other field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget

from ...domain.sourcing import DERIVED_LENGTH, SOURCE_LENGTH, SOURCE_PAGE_LENGTH
from ..widgets.date_edit import OptionalDateEdit
from .source_inputs import input_values

if TYPE_CHECKING:
    from .base import RecordForm


class SourceSection(QObject):
    """The source inputs on a tab of their own at the end of `tabs`."""

    def __init__(self, form: RecordForm, tabs: QTabWidget) -> None:
        super().__init__(form)
        self.tabs = tabs
        page = form.form_page(tabs, self.tr("Source"))
        self.index = tabs.count() - 1
        self.document = form.add_field(page, "source", self.tr("Source &document"), QLineEdit())
        self.document.setMaxLength(SOURCE_LENGTH)
        self.document.setPlaceholderText(self.tr("Title of the document the facts come from"))
        self.date = form.add_field(page, "source_date", self.tr("Source da&te"), OptionalDateEdit())
        self.page = form.add_field(page, "source_page", self.tr("&Page or reference"), QLineEdit())
        self.page.setMaxLength(SOURCE_PAGE_LENGTH)
        self.page.setPlaceholderText(self.tr("p. 12, table 3 or a web address"))
        self.derived = form.add_field(page, "derived_from", self.tr("Deri&ved"), QLineEdit())
        self.derived.setMaxLength(DERIVED_LENGTH)
        self.derived.setPlaceholderText(
            self.tr("Empty when read in the source; otherwise from what")
        )
        self.derived.setToolTip(
            self.tr(
                "A record or value the app or a person derived rather than read, with the "
                "reason: 'derived: holds portfolio EWK'. Lists and reports mark it."
            )
        )
        note = QPlainTextEdit()
        # Five lines, fixed before add_field: its row then keeps the caption beside the
        # text instead of growing apart from it.
        note.setFixedHeight(note.fontMetrics().lineSpacing() * 5 + 12)
        note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note = form.add_field(page, "source_note", self.tr("Source n&ote"), note)
        self.note.setTabChangesFocus(True)
        self.derived.textChanged.connect(self._show_mark)

    def load(self, data: Any) -> None:
        self.document.setText(data.source)
        self.date.setValue(data.source_date)
        self.page.setText(data.source_page)
        self.note.setPlainText(data.source_note)
        self.derived.setText(data.derived_from)
        self._show_mark()

    def values(self) -> dict[str, Any]:
        """The keyword arguments of the register's data class (services/data.py SourceFields)."""
        return input_values(self)

    def _show_mark(self) -> None:
        # The tab says so when the record is derived: seen without opening the tab.
        derived = bool(self.derived.text().strip())
        title = self.tr("Source (derived)") if derived else self.tr("Source")
        self.tabs.setTabText(self.index, title)

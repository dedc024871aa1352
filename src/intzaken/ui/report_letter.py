"""The Rapporten page's fields of a council letter (reports/council_letter.py): whether
the annual overview goes with one (the planned-trips letter always is one), the letter's
date (empty: the day it is made) and its reference (after the organisation's prefix)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit

from .widgets.date_edit import OptionalDateEdit

translate = QCoreApplication.translate


class ReportLetter:
    """as_letter (QCheckBox), letter_date (OptionalDateEdit), reference (QLineEdit); their
    captions belong to the page."""

    def __init__(self) -> None:
        self.as_letter = QCheckBox(
            translate("ReportsPage", "Enclose with a council information letter")
        )
        self.letter_date = OptionalDateEdit(accessible_name=translate("ReportsPage", "Letter date"))
        self.letter_date.setPlaceholderText(translate("ReportsPage", "empty: the day it is made"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(translate("ReportsPage", "Reference"))
        self.reference.setPlaceholderText(
            translate("ReportsPage", "after the prefix under Settings → Your organisation")
        )
        self.reference.setMaxLength(100)
        self.as_letter.toggled.connect(self._offer_letter_fields)
        self._optional = False

    def follow_kind(self, optional: bool) -> None:
        """Whether the chosen report is a letter only when asked (the annual overview):
        then its date and reference are for the letter, and open only once asked."""
        self._optional = optional
        self._offer_letter_fields()

    def _offer_letter_fields(self, *_args: Any) -> None:
        wanted = not self._optional or self.as_letter.isChecked()
        self.letter_date.setEnabled(wanted)
        self.reference.setEnabled(wanted)

    def value(self, name: str) -> Any:
        """The report parameter `name` (letter, letter_date, reference); a date or
        reference only for a letter."""
        if name == "letter":
            return self.as_letter.isChecked()
        if not self.reference.isEnabled():
            return None
        if name == "letter_date":
            return self.letter_date.value()
        return self.reference.text().strip() or None

    def unreadable(self, needed: tuple[str, ...]) -> str:
        """Why the letter's date cannot be read (the field named), or ""."""
        if "letter_date" in needed and (problem := self.letter_date.error()):
            self.letter_date.setFocus()
            return f"{self.letter_date.accessibleName()}: {problem}"
        return ""

    def changed_signals(self) -> list[Any]:
        return [
            self.as_letter.toggled,
            self.letter_date.textChanged,
            self.reference.textChanged,
        ]

"""A line edit whose text is read by a parser from intzaken.parsing: the base of the amount,
date and time fields.

Why a line edit and not a spin box or QDateEdit: users type and paste the notations of
council documents ("€ 22.360,-", "27 jan 2024"), a field must be able to be empty, and text
that cannot be read must stay as typed, with the reason, instead of being replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ...i18n import language_scope
from .validity import show_error

# The parsers read Dutch notation only ("€ 22.360,00", "27-01-2024"), whatever language
# the window speaks: a field shows its value in the notation it reads back, or English
# notation ("€22,360.00") would be refused, or misread, at the next save.
NOTATION = "nl"


class ParsedLineEdit(QLineEdit):
    """Subclasses implement `_parse` (raises ValueError with a Dutch message) and `_format`."""

    # Emitted on every edit by the user (typing, pasting, the clear button), not by setValue:
    # a form can load a record without looking changed.
    valueChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._error = ""
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._read)

    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def value(self) -> Any:
        """The value read from the text; None when empty or when the text is invalid."""
        return self._value

    def setValue(self, value: Any) -> None:
        self.setText("" if value is None else self._shown(value))

    def _shown(self, value: Any) -> str:
        with language_scope(NOTATION):
            return self._format(value)

    def error(self) -> str:
        """Why the text cannot be read (Dutch), or "" when it is valid or empty."""
        return self._error

    def _read(self, text: str) -> None:
        try:
            self._value, self._error = self._parse(text), ""
        except ValueError as exc:
            self._value, self._error = None, str(exc)
        show_error(self, self._error)

    def _edited(self, _text: str) -> None:
        self.valueChanged.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Show what was understood, in the notation of the reports; invalid text stays.
        if (
            not self._error
            and self._value is not None
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            formatted = self._shown(self._value)
            if formatted != self.text():
                self.setText(formatted)
        super().focusOutEvent(event)

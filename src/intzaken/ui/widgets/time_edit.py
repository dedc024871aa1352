"""A time-of-day field (HH:mm) that can be empty, for programme items without a set time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ...parsing import parse_time
from .parsed_edit import ParsedLineEdit


class OptionalTimeEdit(ParsedLineEdit):
    """Takes 09:30, 9:30, 9.30, 0930 or 9; shows 09:30. value() -> time | None."""

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent, accessible_name=accessible_name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("hh:mm"))

    def value(self) -> dt.time | None:
        return self._value

    def _parse(self, text: str) -> dt.time | None:
        return parse_time(text)

    def _format(self, value: dt.time) -> str:
        return value.strftime("%H:%M")

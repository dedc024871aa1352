"""A field for an amount of money in euros or, without currency, for tonnes of CO2."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...formatting import money, tonnes
from ...parsing import parse_amount
from .parsed_edit import ParsedLineEdit


class AmountEdit(ParsedLineEdit):
    """Accepts Dutch notation ("22.360,00", "€ 22.360,-", "1770", "0,22"); on leaving the
    field a valid amount is shown as "€ 22.360,00" (or "23,32" for tonnes).

    value() -> Decimal | None, setValue(Decimal | None), error() -> str, valueChanged().
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        currency: bool = True,
        places: int = 2,
        accessible_name: str | None = None,
    ) -> None:
        self._currency = currency
        self._places = places
        super().__init__(parent, accessible_name=accessible_name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:
        return self._value

    def _parse(self, text: str) -> Decimal | None:
        return parse_amount(text, places=self._places, currency=self._currency)

    def _format(self, value: Decimal) -> str:
        return money(value) if self._currency else tonnes(value)

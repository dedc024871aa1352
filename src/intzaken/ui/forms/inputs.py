"""Small input widgets the forms share."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox

NO_YEAR = 1899  # the spin box's "empty" value, shown as a blank


def year_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(NO_YEAR, 2100)
    box.setSpecialValueText(" ")
    return box


def enum_combo(options: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in options:
        combo.addItem(text, value)
    return combo


def set_combo(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))

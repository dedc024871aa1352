"""The item of a cell in a QTableWidget whose cells are all filled."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def filled_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """Qt's item() may answer None (a cell without an item); the tables that use this set
    an item in every cell when they add a row, so None would be a mistake of ours."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item

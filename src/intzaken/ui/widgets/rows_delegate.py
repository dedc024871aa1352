"""Editors for the cells of RowsEditor, chosen by the column's kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .date_edit import OptionalDateEdit
from .money_edit import AmountEdit
from .parsed_edit import ParsedLineEdit
from .rows_model import Column, RowsModel
from .search_combo import SearchCombo
from .time_edit import OptionalTimeEdit

Index = QModelIndex | QPersistentModelIndex


class RowsDelegate(QStyledItemDelegate):
    """Our own field widgets as cell editors, so a cell reads "27 jan 2024" or "€ 1.770,-"
    exactly as a form field does. Text columns use the default line edit; bool columns are
    check boxes and need no editor."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.columns[index.column()]
        name = column.heading
        if column.kind == "date":
            return OptionalDateEdit(parent, accessible_name=name)
        if column.kind == "time":
            return OptionalTimeEdit(parent, accessible_name=name)
        if column.kind == "amount":
            return AmountEdit(
                parent, currency=column.currency, places=column.places, accessible_name=name
            )
        if column.kind == "choice":
            combo = SearchCombo(parent, accessible_name=name)
            combo.set_items(column.choices or [], empty_text="")
            return combo
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(name)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, ParsedLineEdit):
            editor.setValue(value)
        elif isinstance(editor, SearchCombo):
            try:
                editor.setValue(value)
            except KeyError:
                editor.setValue(None)  # a key no longer offered; the cell keeps it unless edited
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ParsedLineEdit | SearchCombo):
            if editor.error():
                # Keep the cell's value and say why the text was not taken; RowsEditor.error()
                # reports it, so the form refuses to save instead of saving the old value.
                assert isinstance(model, RowsModel)
                model.set_error(
                    index.row(), self.columns[index.column()].key, editor.error(), input_=True
                )
                return
            if editor.value() != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, editor.value())
            else:
                # Unchanged: only an earlier unreadable input is taken back; a service's
                # message stays until the cell really changes.
                assert isinstance(model, RowsModel)
                model.clear_input_error(index.row(), self.columns[index.column()].key)
            return
        super().setModelData(editor, model, index)

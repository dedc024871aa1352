"""A place chosen from the places register, or added there at once ("New place…", with
its coordinates from GeoNames): the organisation's home place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..widgets.search_combo import SearchCombo
from ..workspace import Workspace
from . import choices
from .new_place import ask_new_place


class PlacePicker(QWidget):
    valueChanged = Signal()

    def __init__(self, workspace: Workspace, empty_text: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.empty_text = empty_text
        self.combo = SearchCombo()
        self.combo.valueChanged.connect(self.valueChanged)
        self.new_button = QPushButton(self.tr("New place…"))
        self.new_button.clicked.connect(self.add_place)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.new_button)
        self.reload()

    def reload(self) -> None:
        kept = self.combo.value()
        if self.workspace.database is not None:
            with self.workspace.reading() as session:
                self.combo.set_items(choices.places(session), empty_text=self.empty_text)
        self.combo.setValue(kept)

    def value(self) -> int | None:
        found = self.combo.value()
        return None if found is None else int(found)

    def setValue(self, place_id: int | None) -> None:  # noqa: N802 (Qt's naming)
        self.combo.setValue(place_id)

    def add_place(self) -> None:
        place_id = ask_new_place(self, self.workspace)
        if place_id is not None:
            self.reload()
            self.combo.setValue(place_id)
            self.valueChanged.emit()

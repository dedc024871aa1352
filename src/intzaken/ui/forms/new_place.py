"""A small dialog to add a city or region that is not in the list yet, with its
coordinates proposed from GeoNames (place_position.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PlaceKind
from ...services.data import PlaceData
from ...services.gazetteer import Candidate
from ...services.places import create_place
from ..widgets.search_combo import SearchCombo
from ..workspace import USER_ERRORS, Workspace
from . import choices
from .inputs import enum_combo
from .place_position import PlacePosition, warm_up
from .source_inputs import SourceInputs


class NewPlaceDialog(QDialog):
    """Adds the place at once (it is reference data, not part of the form's undo)."""

    def __init__(self, parent: QWidget | None, workspace: Workspace) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.place_id: int | None = None
        self.setWindowTitle(self.tr("New place"))
        with workspace.reading() as session:
            country_options = choices.countries(session)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.country = SearchCombo()
        self.country.set_items(country_options)
        self.country.setAccessibleName(self.tr("Country"))
        self.kind = enum_combo(choices.enum_options(PlaceKind))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.position = PlacePosition()
        self.name.editingFinished.connect(self._propose)
        self.country.valueChanged.connect(self._propose)
        self.kind.currentIndexChanged.connect(lambda _index: self._propose())
        self.position.chosen.connect(self._chosen)
        warm_up()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Kind"), self.kind)
        position_caption = QLabel(self.tr("&Position"))
        position_caption.setBuddy(self.position.latitude)
        form.addRow(position_caption, self.position)
        # Where the facts come from (issue 23); the place or contact's only form.
        source_box = QGroupBox(self.tr("Source"))
        self.source = SourceInputs(source_box, note_lines=2)
        QVBoxLayout(source_box).addWidget(self.source)
        form.addRow(source_box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Wide enough for a candidate on one line: "Richmond, California, Verenigde
        # Staten (109.708 inwoners; 37,94° NB 122,35° WL)".
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _propose(self) -> None:
        self.position.propose(
            self.name.text(),
            self.country.value(),
            city=self.kind.currentData() == PlaceKind.CITY,
        )

    def _chosen(self, city: Candidate) -> None:
        """ "Londen" before a country: choosing London, Ontario chooses Canada too."""
        if not self.country.value():
            self.country.setValue(city.country_code)

    def accept(self) -> None:
        try:
            latitude, longitude = self.position.values()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        data = PlaceData(
            name=self.name.text(),
            country_code=self.country.value() or "",
            kind=self.kind.currentData(),
            latitude=latitude,
            longitude=longitude,
            **self.source.values(),
        )
        try:
            with self.workspace.writing("places") as session:
                self.place_id = create_place(session, data).id
        except USER_ERRORS as exc:
            self.error.setText(str(exc))
            return
        super().accept()


def ask_new_place(parent: QWidget | None, workspace: Workspace) -> Any:
    dialog = NewPlaceDialog(parent, workspace)
    return dialog.place_id if dialog.exec() == QDialog.DialogCode.Accepted else None

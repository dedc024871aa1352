"""Where a place lies: latitude and longitude, proposed from the gazetteer (GeoNames) as
the name and country are filled in, and always editable by hand.

One city of that name in that country: its coordinates are filled in. Several (Richmond
in the United States; Londen with no country yet): a list to choose from, largest first,
each with its region, inhabitants and position. Coordinates typed by hand are never
replaced by a proposal; choosing from the list is a choice and does replace them.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...formatting import number
from ...parsing import parse_degrees
from ...services import gazetteer
from ...services.gazetteer import Candidate


def warm_up() -> None:
    """Read the gazetteer in the background, so that the first proposal is at once."""
    threading.Thread(target=gazetteer.gazetteer, name="gazetteer", daemon=True).start()


class PlacePosition(QWidget):
    chosen = Signal(object)  # the Candidate picked from the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latitude = QLineEdit()
        self.latitude.setAccessibleName(self.tr("Latitude"))
        self.latitude.setPlaceholderText(self.tr("latitude, such as 51.9225"))
        self.longitude = QLineEdit()
        self.longitude.setAccessibleName(self.tr("Longitude"))
        self.longitude.setPlaceholderText(self.tr("longitude, such as 4.4792"))
        for edit in (self.latitude, self.longitude):
            edit.textEdited.connect(self._typed)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Which place"))
        self.choice.activated.connect(self._chosen)
        self.choice.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.by_hand = False  # the coordinates shown were typed, not proposed
        self.candidates: list[Candidate] = []
        self._asked: tuple[str, str | None, bool] | None = None
        numbers = QHBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(self.latitude)
        numbers.addWidget(self.longitude)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(numbers)
        layout.addWidget(self.choice)
        layout.addWidget(self.note)

    def propose(self, name: str, country_code: str | None, *, city: bool = True) -> None:
        """Look `name` up (in `country_code`, if chosen) and fill in or offer the result.
        For a region (not `city`) the cities of its name are only offered: GeoNames's
        list holds cities, and the province of Utrecht does not lie in the city."""
        name = name.strip()
        if (name, country_code, city) == self._asked:
            return  # the country picker says "changed" as it is typed in, also when not
        self._asked = (name, country_code, city)
        self.candidates = gazetteer.candidates(name, country_code) if name else []
        self.choice.clear()
        self.choice.hide()
        one = gazetteer.unambiguous(name, country_code) if self.candidates and city else None
        if one is not None:
            if not self.by_hand:
                self._fill(one)
            self.note.setText(
                self.tr("Found in GeoNames: {place}.").format(place=gazetteer.describe(one))
            )
        elif self.candidates:
            if not self.by_hand:
                self._fill(None)
            self.choice.addItem(self.tr("(choose which one is meant)"), None)
            for index, candidate in enumerate(self.candidates):
                self.choice.addItem(gazetteer.describe(candidate), index)
            self.choice.show()
            self.note.setText(
                self.tr(
                    "GeoNames knows %n place(s) of this name: choose one, or type the coordinates.",
                    "",
                    len(self.candidates),
                )
            )
        else:
            if not self.by_hand:
                self._fill(None)
            self.note.setText(
                self.tr("Not in GeoNames's list of cities: type the coordinates if you want.")
                if name
                else ""
            )

    def values(self) -> tuple[float | None, float | None]:
        """(latitude, longitude) as typed or proposed; ValueError says which is wrong."""
        read = []
        for edit in (self.latitude, self.longitude):
            try:
                read.append(parse_degrees(edit.text()))
            except ValueError as exc:
                raise ValueError(f"{edit.accessibleName()}: {exc}") from None
        return read[0], read[1]

    def _typed(self, _text: str) -> None:
        self.by_hand = bool(self.latitude.text().strip() or self.longitude.text().strip())

    def _chosen(self, index: int) -> None:
        picked = self.choice.itemData(index)
        if picked is not None:
            self._fill(self.candidates[picked])
            self.chosen.emit(self.candidates[picked])

    def _fill(self, candidate: Candidate | None) -> None:
        self.latitude.setText(_shown(candidate.latitude if candidate else None))
        self.longitude.setText(_shown(candidate.longitude if candidate else None))
        self.by_hand = False


def _shown(value: float | None) -> str:
    return "" if value is None else number(value, 5)

"""File → Take along on a trip: everything, or what one trip needs, and where to write it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .widgets.search_combo import SearchCombo

SUFFIX = ".sqlite"


def default_name(title: str | None) -> str:
    """reiskopie-handelsmissie-japan.sqlite; reiskopie-alles.sqlite for everything (None);
    reiskopie-reis.sqlite for one trip not chosen yet ("")."""
    words = re.sub(r"[^a-z0-9]+", " ", ("alles" if title is None else title).lower()).split()
    slug = ""
    for word in words:  # whole words, up to about 40 characters
        if slug and len(slug) + len(word) > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    return f"reiskopie-{slug or 'reis'}{SUFFIX}"


class TravelCopyDialog(QDialog):
    """`trips` as (id, "title (date)"); `trip_id` the one chosen at first."""

    def __init__(
        self,
        parent: QWidget | None,
        trips: list[tuple[int, str]],
        trip_id: int | None,
        folder: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take along on a trip"))
        self.setMinimumWidth(620)
        self._folder = folder
        self._confirmed: Path | None = None  # a file the user said may be replaced
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A travel copy is a database file of its own that opens without a network. "
                "Work in it on the trip as usual; back home, File → Merge a travel copy brings "
                "the changes into this database."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.one_trip = QRadioButton(self.tr("Only what &one trip needs:"))
        self.everything = QRadioButton(self.tr("&Everything in this database"))
        group = QButtonGroup(self)
        group.addButton(self.one_trip)
        group.addButton(self.everything)
        layout.addWidget(self.one_trip)
        self.trip = SearchCombo(accessible_name=self.tr("Trip"))
        self.trip.set_items(trips)
        self.trip.setValue(trip_id)
        layout.addWidget(self.trip)
        self.scope = QLabel(
            self.tr(
                "The trip, the relations at its destinations with their agreements and "
                "contacts, the trip's networks and those its travellers hold, earlier visits "
                "to the same destinations, and everything these refer to."
            )
        )
        self.scope.setWordWrap(True)
        self.scope.setIndent(20)
        layout.addWidget(self.scope)
        layout.addWidget(self.everything)
        (self.one_trip if trips else self.everything).setChecked(True)
        self.one_trip.setEnabled(bool(trips))

        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("File"))
        label.setBuddy(self.file)
        row.addWidget(label)
        row.addWidget(self.file, 1)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write the travel copy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._name_shown = ""
        for signal in (self.one_trip.toggled, self.trip.valueChanged, self.file.textChanged):
            signal.connect(self._update)
        self._update()

    def choice(self) -> tuple[int | None, Path, bool]:
        """(trip id or None for everything, target file, whether it may be replaced)."""
        return (
            self.trip.value() if self.one_trip.isChecked() else None,
            self.target(),
            self.target() == self._confirmed,
        )

    def target(self) -> Path:
        path = Path(self.file.text().strip()).expanduser()
        path = path if path.suffix else path.with_suffix(SUFFIX)
        return path if path.is_absolute() else self._folder / path

    def _title(self) -> str | None:
        """The chosen trip's title; None for everything, "" for a trip not chosen yet (the
        name must not say "alles" while "one trip" is chosen)."""
        if not self.one_trip.isChecked():
            return None
        if self.trip.value() is None:
            return ""
        return self.trip.currentText().rsplit(" (", 1)[0]

    def _update(self) -> None:
        # The suggested name follows the choice until the user types one of their own.
        suggested = default_name(self._title())
        if self.file.text() in ("", self._name_shown):
            self._name_shown = str(self._folder / suggested)
            self.file.blockSignals(True)
            self.file.setText(self._name_shown)
            self.file.blockSignals(False)
        self.trip.setEnabled(self.one_trip.isChecked())
        self.scope.setEnabled(self.one_trip.isChecked())
        self.write_button.setEnabled(
            bool(self.file.text().strip())
            and (self.everything.isChecked() or self.trip.value() is not None)
        )

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the travel copy to"),
            str(self.target()),
            self.tr("Intzaken database (*.sqlite)"),
        )
        if chosen:
            self.file.setText(chosen)
            if self.target().exists():
                self._confirmed = self.target()  # the file dialog asked already

    def _accept(self) -> None:
        target = self.target()
        if target.exists() and target != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Take along on a trip"),
                self.tr("{file} already exists. Replace it?").format(file=target),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._confirmed = target
        self.accept()

"""Before a council report is made: the plausibility findings about the trips it
contains (reports/preflight.py), with "Make anyway" and "Look first" (issue 21).

"Look first" opens the trip of the chosen finding and makes no report: a figure that
goes to the council wrongly is corrected at its source, then the report is made again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..registers import RegisterKey
from ..services.plausibility import Finding


class PreflightDialog(QDialog):
    """The findings, one per line; the answer is `make_anyway` or `look_first`, and
    `outcome` says what became of the report. Closing it (Escape) makes nothing."""

    make_anyway = Signal()
    look_first = Signal(str, int)  # "trips" and the trip of the chosen finding
    outcome = Signal(str)  # for the page's status line

    def __init__(self, report: str, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before the report goes"))
        intro = QLabel(
            self.tr(
                "The plausibility check questions these points in the trips of “{report}”. "
                "Look at a trip first, or make the report anyway: its charts then mark "
                "the figures in question."
            ).format(report=report)
        )
        intro.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Points of attention"))
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)  # wrapped points must not run into each other
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for finding in findings:
            item = QListWidgetItem(finding.text)
            item.setData(Qt.ItemDataRole.UserRole, finding.record_id)
            item.setToolTip(finding.text)
            self.findings.addItem(item)
        self.findings.setCurrentRow(0)
        # A double click on a point looks at its trip, as on the overview's list.
        self.findings.itemActivated.connect(lambda _item: self._look())
        intro.setBuddy(self.findings)

        buttons = QDialogButtonBox()
        self.look_button = QPushButton(self.tr("&Look first"))
        self.make_button = QPushButton(self.tr("&Make anyway"))
        # Looking is the careful choice, and Enter takes it.
        self.look_button.setDefault(True)
        buttons.addButton(self.look_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.look_button.clicked.connect(self._look)
        buttons.accepted.connect(self._make)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen_trip(self) -> int:
        item = self.findings.currentItem() or self.findings.item(0)
        return int(item.data(Qt.ItemDataRole.UserRole))

    def open(self) -> None:
        self.outcome.emit(self.tr("Not made yet: the plausibility check questions its trips."))
        super().open()

    def reject(self) -> None:
        super().reject()
        self.outcome.emit(self.tr("Not made."))

    def _look(self) -> None:
        trip_id = self.chosen_trip()
        self.reject()
        self.outcome.emit(
            self.tr("Not made: the trip is opened; make the report again when it is right.")
        )
        self.look_first.emit(RegisterKey.TRIPS, trip_id)

    def _make(self) -> None:
        self.accept()
        self.make_anyway.emit()

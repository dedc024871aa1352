"""Bestuurders → Overdracht: the networks and relations of officials who left (or of one
who leaves), each with a successor to choose, handed over at once in one transaction
(services/succession.py, which `intzaken officials handover` uses too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ..domain.labels import label
from ..domain.models import Official
from ..formatting import period_date
from ..services.succession import (
    Assignment,
    Responsibility,
    assignment_for,
    hand_over,
    officials_in_office,
    responsibilities_to_hand_over,
)
from .workspace import USER_ERRORS, Workspace

SUBJECT, ROLE, HOLDER, LEFT, SUCCESSOR, REASON = range(6)


class HandoverDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, workspace: Workspace, leaving_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Handover of responsibilities"))
        self.rows: list[Responsibility] = []
        self._serving: list[tuple[int, str]] = []

        self.leaving = QComboBox()
        self.leaving.setAccessibleName(self.tr("Who leaves"))
        self.leaving.addItem(self.tr("Every official no longer in office"), None)
        with workspace.reading() as session:
            for official_id, name in session.execute(
                select(Official.id, Official.name).order_by(Official.name)
            ):
                self.leaving.addItem(name, official_id)
        if leaving_id is not None:
            self.leaving.setCurrentIndex(max(self.leaving.findData(leaving_id), 0))
        self.leaving.currentIndexChanged.connect(self.reload)

        explanation = QLabel(
            self.tr(
                "The networks and relations below are held by an official who has left "
                "office (or who leaves). The successor proposed holds the same portfolio "
                "code now; that is derived, so check it. Rows without a successor stay as "
                "they are. Everything is handed over at once, or nothing."
            )
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Responsibilities to hand over"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Responsibility"),
                self.tr("Role"),
                self.tr("Official now"),
                self.tr("Not in office since"),
                self.tr("Successor"),
                self.tr("Basis of the proposal"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.hand_over_button = QPushButton(self.tr("&Hand over"))
        self.hand_over_button.setToolTip(
            self.tr("Give every row with a successor to that official, in one go")
        )
        buttons.addButton(self.hand_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.hand_over_button.clicked.connect(self.hand_over)
        buttons.rejected.connect(self.reject)

        who = QLabel(self.tr("&Who leaves:"))
        who.setBuddy(self.leaving)
        leaving_row = QHBoxLayout()
        leaving_row.addWidget(who)
        leaving_row.addWidget(self.leaving, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(leaving_row)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self.reload()

    def reload(self) -> None:
        today = self.workspace.today()
        with self.workspace.reading() as session:
            self.rows = responsibilities_to_hand_over(session, today, self.leaving.currentData())
            self._serving = [(o.id, o.name) for o in officials_in_office(session, today)]
        self.table.setRowCount(len(self.rows))
        for row, held in enumerate(self.rows):
            cells = {
                SUBJECT: held.subject,
                ROLE: label(held.network_role) if held.network_role is not None else "",
                HOLDER: held.holder_name,
                LEFT: period_date(held.left_on, held.left_precision),
                REASON: held.proposed.reason if held.proposed is not None else "",
            }
            for column, text in cells.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.setCellWidget(row, SUCCESSOR, self._successor_choice(held))
        self.hand_over_button.setEnabled(bool(self.rows))
        self.status.setText(
            ""
            if self.rows
            else self.tr(
                "Nothing to hand over: every network and relation has an official in office."
            )
        )

    def _successor_choice(self, held: Responsibility) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Successor for {subject}").format(subject=held.subject))
        combo.addItem(self.tr("(do not hand over)"), None)
        for official_id, name in self._serving:
            if official_id != held.holder_id:
                combo.addItem(name, official_id)
        if held.proposed is not None:
            combo.setCurrentIndex(max(combo.findData(held.proposed.official_id), 0))
        return combo

    def chosen(self) -> list[Assignment]:
        """The rows with a successor, as the user left them."""
        assignments = []
        for row, held in enumerate(self.rows):
            combo = self.table.cellWidget(row, SUCCESSOR)
            assert isinstance(combo, QComboBox)
            if combo.currentData() is not None:
                assignments.append(assignment_for(held, combo.currentData()))
        return assignments

    def hand_over(self) -> bool:
        """Hands over the rows with a successor; False (and why) when refused."""
        assignments, today = self.chosen(), self.workspace.today()
        try:
            done = self.workspace.write(
                "", lambda session: hand_over(session, assignments, today), self
            )
        except USER_ERRORS as exc:
            self.status.setText(str(exc))
            return False
        self.reload()
        self.status.setText(self.tr("Handed over: %n responsibility(ies).", "", len(done)))
        return True


def show_handover(
    parent: QWidget | None, workspace: Workspace, leaving_id: int | None = None
) -> None:
    dialog = HandoverDialog(parent, workspace, leaving_id)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.exec()

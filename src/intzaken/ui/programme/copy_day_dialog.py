"""Copy day…: the date to copy a programme day to, typed as people write it ("10-3-26",
"10 mrt 2026") or chosen from the calendar (Alt+Down), instead of a bare text prompt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...formatting import weekday_date
from ..widgets.date_edit import OptionalDateEdit


class CopyDayDialog(QDialog):
    """Asks where the items of `day` go; chosen() is the date once accepted."""

    def __init__(self, parent: QWidget | None, day: dt.date | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy day"))
        question = QLabel(
            self.tr("Copy the items of {day} to:").format(day=weekday_date(day))
            if day
            else self.tr("Copy the items without a day to:")
        )
        self.date = OptionalDateEdit(accessible_name=self.tr("Copy to date"))
        question.setBuddy(self.date)
        if day is not None:
            self.date.setValue(day + dt.timedelta(days=1))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.date)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.date.textChanged.connect(self._check)
        self._check()
        self.date.setFocus()
        self.date.selectAll()

    def chosen(self) -> dt.date | None:
        return self.date.value()

    def _check(self) -> None:
        """Copy only to a date that can be read; say why not, in words, under the field."""
        problem = self.date.error() or (
            self.tr("Fill in the date to copy to.") if self.date.value() is None else ""
        )
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

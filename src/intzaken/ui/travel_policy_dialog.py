"""Settings → Travel policy and CO₂ (issue 20): the distance and optional train time
below which the train is the rule, whether CO₂ estimates include the non-CO₂ effects of
flying, and the compensation price per tonne per year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ..registers import RegisterKey
from ..services.compensation import compensation_prices, replace_compensation_prices
from ..services.errors import Problem, ValidationError
from ..services.train_time import DEFAULT_TRAIN_SPEED_KMH, MAX_TRAIN_SPEED_KMH
from ..services.travel_policy import MAX_KM, MAX_MINUTES, TravelPolicy
from ..services.travel_policy import travel_policy as stored_policy
from ..services.travel_policy_settings import set_travel_policy
from .widgets.rows_editor import Column, RowsEditor
from .workspace import USER_ERRORS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .window_host import WindowHost


class TravelPolicyDialog(QDialog):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.parent_widget())
        self.workspace = window.workspace
        self.setWindowTitle(self.tr("Travel policy and CO₂ — Intzaken"))
        explanation = QLabel(
            self.tr(
                "Below this distance (or train time) the train is the rule: a flight "
                "below it needs a reason on the trip, otherwise the checks name it."
            )
        )
        explanation.setWordWrap(True)
        self.km = QSpinBox()
        self.km.setRange(0, MAX_KM)
        self.km.setSuffix(" km")
        self.km.setSpecialValueText(self.tr("no policy"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setSpecialValueText(self.tr("not set"))
        # The rough train time of a flight whose time nobody looked up: the team's own
        # rule of thumb, said as such (there is no offline timetable).
        self.speed = QSpinBox()
        self.speed.setRange(0, MAX_TRAIN_SPEED_KMH)
        self.speed.setSuffix(self.tr(" km/h"))
        self.speed.setSpecialValueText(
            self.tr("standard ({speed} km/h)").format(speed=DEFAULT_TRAIN_SPEED_KMH)
        )
        speed_note = QLabel(
            self.tr(
                "A flight's train time is the door-to-door time looked up (for example at "
                "NS International) and entered on the trip's route. Where none is entered, "
                "a rough time is estimated: the distance plus 20 % at this average speed, "
                "a rule of thumb of your team, not a timetable."
            )
        )
        speed_note.setWordWrap(True)
        self.radiative_forcing = QCheckBox(
            self.tr("Include the non-CO₂ effects of flying (radiative forcing) in estimates")
        )
        self.prices = RowsEditor(
            [
                Column("year", self.tr("Year"), width=6),
                Column("price", self.tr("Price per tonne"), "amount"),
            ],
            new_row=lambda: {"year": "", "price": None},
            accessible_name=self.tr("Compensation price per tonne per year"),
        )
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout()
        for text, field in (
            (self.tr("Train below a &distance of"), self.km),
            (self.tr("or a train &time of"), self.minutes),
            (self.tr("Average train &speed for the estimate"), self.speed),
            (self.tr("&Compensation per tonne"), self.prices),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.insertRow(3, "", speed_note)
        form.insertRow(4, "", self.radiative_forcing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        with self.workspace.reading() as session:
            policy = stored_policy(session)
            prices = compensation_prices(session)
        self.km.setValue(policy.train_below_km or 0)
        self.minutes.setValue(policy.train_below_minutes or 0)
        self.speed.setValue(policy.train_speed_kmh or 0)
        self.radiative_forcing.setChecked(policy.with_radiative_forcing)
        self.prices.set_rows([{"year": str(y), "price": p} for y, p in prices.items()])

    def policy(self) -> TravelPolicy:
        return TravelPolicy(
            self.km.value() or None,
            self.minutes.value() or None,
            self.radiative_forcing.isChecked(),
            self.speed.value() or None,
        )

    def save(self) -> bool:
        """Policy and prices in one transaction; the problems named if refused."""
        policy = self.policy()
        rows = [(row["year"], row["price"]) for row in self.prices.rows()]

        def work(session: Session) -> None:
            set_travel_policy(session, policy)
            replace_compensation_prices(session, rows)

        try:
            self.workspace.write(RegisterKey.ORGANISATION, work, self)
        except ValidationError as exc:
            self._show(exc.problems)
            return False
        except USER_ERRORS as exc:
            self._show([Problem("", str(exc))])
            return False
        self.done(QDialog.DialogCode.Accepted)
        return True

    def _show(self, problems: list[Problem]) -> None:
        self.problems.setText("\n".join(problem.message for problem in problems))


def edit_travel_policy(window: WindowHost) -> TravelPolicyDialog:
    """Open the travel policy (window-modal; returns at once)."""
    dialog = TravelPolicyDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

"""The trip form's journey for the CO2 estimate (issue 20): the legs as an editable table,
a proposal from the home place, and the estimate per leg, per traveller and for the
delegation beside the reported figure and the expected compensation. For a flight, the
train time the staff looked up, or else a rough one marked as estimated, for the travel
policy's train-time rule."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import CabinClass, TransportMode
from ...formatting import money, number, tonnes
from ...services.co2_estimate import TripEstimate
from ...services.data import JourneyLegData
from ...services.train_time import parse_duration, train_time, train_time_text
from ..programme.logistics_rows import fitting
from ..widgets.rows_editor import Column, RowsEditor
from . import choices

Options = list[tuple[Any, str]]


class JourneyEditor(RowsEditor):
    """The legs: from, to, mode; for a flight the IATA airports and the cabin class."""

    def __init__(self, place_options: Options) -> None:
        super().__init__(
            [
                Column("from_place_id", self.tr("From"), "choice", place_options, width=18),
                Column("to_place_id", self.tr("To"), "choice", place_options, width=18),
                Column("mode", self.tr("Mode"), "choice", choices.enum_options(TransportMode)),
                Column("from_airport", h := self.tr("From airport"), width=fitting(h, 8)),
                Column("to_airport", h := self.tr("To airport"), width=fitting(h, 8)),
                Column("cabin", self.tr("Class"), "choice", choices.enum_options(CabinClass)),
                # Door to door, as looked up (NS International): '5:30' or minutes.
                Column("train_minutes", h := self.tr("By train (h:mm)"), width=fitting(h, 8)),
            ],
            new_row=self._new_leg,
            accessible_name=self.tr("Route for the CO₂ estimate"),
        )
        # A handful of legs shows; more scroll, and the estimate stays in view under it.
        self.view.setMaximumHeight(self.fontMetrics().height() * 12)

    def _new_leg(self) -> dict[str, Any]:
        # A new leg goes on from where the last one arrived.
        rows = self.rows()
        start = rows[-1]["to_place_id"] if rows else None
        mode = rows[-1]["mode"] if rows else TransportMode.PLANE
        return legs_to_rows([JourneyLegData(start, None, mode)])[0]

    def legs(self) -> list[JourneyLegData]:
        return [
            JourneyLegData(
                row["from_place_id"],
                row["to_place_id"],
                row["mode"] or "",
                row["from_airport"] or "",
                row["to_airport"] or "",
                row["cabin"] or CabinClass.AVERAGE,
                row["train_minutes"] or None,
            )
            for row in self.rows()
        ]


def legs_to_rows(legs: list[JourneyLegData]) -> list[dict[str, Any]]:
    return [
        {
            "from_place_id": leg.from_place_id,
            "to_place_id": leg.to_place_id,
            "mode": TransportMode(leg.mode) if leg.mode else None,
            "from_airport": leg.from_airport,
            "to_airport": leg.to_airport,
            "cabin": CabinClass(leg.cabin) if leg.cabin else CabinClass.AVERAGE,
            "train_minutes": _minutes_text(leg.train_minutes),
        }
        for leg in legs
    ]


def _minutes_text(minutes: int | str | None) -> str:
    """Stored minutes as the cell shows them ('5:30'); typed text as it was typed."""
    if minutes is None or isinstance(minutes, str):
        return minutes or ""
    return f"{minutes // 60}:{minutes % 60:02d}"


class JourneyPanel(QWidget):
    """The editor with its Propose button and the estimate under it. `propose` gives the
    legs from the home place for the form's current destinations."""

    def __init__(self, place_options: Options, propose: Callable[[], list[JourneyLegData]]) -> None:
        super().__init__()
        self._propose = propose
        self._places = dict(place_options)
        self.editor = JourneyEditor(place_options)
        self.propose_button = QPushButton(self.tr("&Propose from the home place"))
        self.propose_button.setToolTip(
            self.tr("Home, the destinations in their order, and home again")
        )
        self.propose_button.clicked.connect(self._proposed)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(self.estimate_label.textFormat().PlainText)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        layout.addWidget(self.estimate_label)

    def _proposed(self) -> None:
        self.editor.set_rows(legs_to_rows(self._propose()))
        self.editor.changed.emit()

    def show_estimate(
        self,
        estimate: TripEstimate | None,
        reported: Decimal | None,
        compensation: Decimal | None,
        train_speed: int | None = None,
    ) -> None:
        self.estimate_label.setText(
            self.estimate_text(estimate, reported, compensation, train_speed)
        )

    def estimate_text(
        self,
        estimate: TripEstimate | None,
        reported: Decimal | None,
        compensation: Decimal | None,
        train_speed: int | None = None,
    ) -> str:
        if estimate is None:
            return self.tr("No estimate: give the journey, or propose it from the home place.")
        lines = []
        for leg, row in zip(estimate.legs, self.editor.rows(), strict=False):
            route = "{start} – {end}".format(
                start=self._places.get(row["from_place_id"], "?"),
                end=self._places.get(row["to_place_id"], "?"),
            )
            if leg is None:
                lines.append(
                    self.tr("{route}: not known (no coordinates or mode)").format(route=route)
                )
            else:
                line = self.tr("{route}: {km} km, {kg} kg CO₂ per traveller").format(
                    route=route, km=number(leg.distance_km, 0), kg=number(leg.kilograms, 0)
                )
                if row["mode"] is TransportMode.PLANE:
                    typed = row["train_minutes"] or ""
                    looked_up = parse_duration(typed) if typed else None
                    time = train_time(looked_up, leg.great_circle_km, train_speed)
                    line = self.tr("{line}; by train {time}").format(
                        line=line, time=train_time_text(time)
                    )
                lines.append(line)
        lines.append(
            self.tr(
                "Estimated: {each} t per traveller, {all} t for the delegation of {count}"
            ).format(
                each=tonnes(estimate.per_traveller),
                all=tonnes(estimate.delegation),
                count=estimate.travellers,
            )
        )
        if reported is not None:
            lines.append(
                self.tr("Reported by the travel agency: {tonnes} t").format(tonnes=tonnes(reported))
            )
        if compensation is not None:
            lines.append(
                self.tr("Expected compensation: {amount}").format(amount=money(compensation))
            )
        method = (
            self.tr("Factors: {set}, with radiative forcing")
            if estimate.with_rf
            else self.tr("Factors: {set}, without radiative forcing")
        )
        lines.append(method.format(set=estimate.factor_set.method))
        return "\n".join(lines)

"""The columns councils ask for in the trip form (issue 21): the estimate per cost block,
the cancellation costs and what a third party paid, on the Costs tab; the gifts received
on a tab of their own."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ...services.data import GiftData, TripData
from ..programme.logistics_rows import fitting
from ..widgets.money_edit import AmountEdit
from ..widgets.rows_editor import Column, RowsEditor


class GiftsEditor(RowsEditor):
    """The gifts register of one trip: what, from whom, estimated value, kept where."""

    def __init__(self) -> None:
        super().__init__(
            [
                Column("description", h := self.tr("Gift"), width=fitting(h, 28)),
                Column("giver", h := self.tr("Given by"), width=fitting(h, 24)),
                Column("value", self.tr("Estimated value"), "amount"),
                Column("kept_at", h := self.tr("Kept at"), width=fitting(h, 22)),
            ],
            new_row=lambda: gift_row(GiftData(description="")),
            accessible_name=self.tr("Gifts received"),
        )


def gift_row(gift: GiftData) -> dict[str, Any]:
    return {
        "description": gift.description,
        "giver": gift.giver,
        "value": gift.value,
        "kept_at": gift.kept_at,
    }


def gift_data(row: dict[str, Any]) -> GiftData:
    return GiftData(
        description=row["description"] or "",
        giver=row["giver"] or "",
        value=row["value"],
        kept_at=row["kept_at"] or "",
    )


class TripColumns:
    """Mixed into the trip form (a RecordForm): builds, loads and collects the fields."""

    add_field: Any
    tr: Any
    validation: Any

    def build_estimates(self, form: QFormLayout) -> None:
        """Under the costs: the estimate the trip was approved with, beside what it cost."""
        self.estimated_travel = self.add_field(
            form,
            "estimated_travel_and_stay",
            self.tr("Estimate of travel and stay"),
            AmountEdit(),
        )
        self.estimated_other = self.add_field(
            form, "estimated_other_costs", self.tr("Estimate of other costs"), AmountEdit()
        )
        self.estimated_travel.setToolTip(
            self.tr(
                "The estimate the trip was approved with. While the trip is not yet made "
                "it follows the costs above; afterwards it stays, and the annual overview "
                "shows the difference."
            )
        )

    def build_apart(self, form: QFormLayout) -> None:
        """After the CO2 offset: what is apart from both totals, and what others paid."""
        self.cancellation = self.add_field(
            form, "cancellation_costs", self.tr("Cancellation costs"), AmountEdit()
        )
        self.cancellation.setToolTip(
            self.tr("Reported apart: in neither the council report's total nor the total costs.")
        )
        self.third_party = self.add_field(
            form, "third_party_costs", self.tr("Paid by a third party"), AmountEdit()
        )
        self.third_party_payer = self.add_field(
            form, "third_party_payer", self.tr("Paid by"), QLineEdit()
        )
        self.third_party_payer.setPlaceholderText(self.tr("e.g. EU Interreg, the host"))
        self.third_party_payer.setMaxLength(200)

    def build_gifts(self, tabs: QTabWidget) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Gifts received on this trip, for the gifts register. The annual overview "
                "prints them when the organisation chooses so (Settings, Your organisation)."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.gifts = GiftsEditor()
        self.gifts.setAccessibleName(self.tr("Gifts received"))
        error = self.validation.add_field("gifts", self.gifts)
        intro.setBuddy(self.gifts)
        column.addWidget(self.gifts, 1)
        column.addWidget(error)
        tabs.addTab(page, self.tr("Gifts"))

    def load_columns(self, data: TripData) -> None:
        self.estimated_travel.setValue(data.estimated_travel_and_stay)
        self.estimated_other.setValue(data.estimated_other_costs)
        self.cancellation.setValue(data.cancellation_costs)
        self.third_party.setValue(data.third_party_costs)
        self.third_party_payer.setText(data.third_party_payer)
        self.gifts.set_rows([gift_row(gift) for gift in data.gifts])

    def collect_columns(self) -> dict[str, Any]:
        return {
            "estimated_travel_and_stay": self.estimated_travel.value(),
            "estimated_other_costs": self.estimated_other.value(),
            "cancellation_costs": self.cancellation.value(),
            "third_party_costs": self.third_party.value(),
            "third_party_payer": self.third_party_payer.text(),
            "gifts": [gift_data(row) for row in self.gifts.rows()],
        }

"""The form of a budget line: its amount, and the expenses and commitments booked on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ...domain.enums import BudgetEntryKind
from ...formatting import money
from ...registers import RegisterKey
from ...services.budget import budget_use
from ...services.data import BudgetEntryData, BudgetLineData
from ..widgets.money_edit import AmountEdit
from ..widgets.rows_editor import Column, RowsEditor
from . import choices
from .base import RecordForm
from .inputs import NO_YEAR, year_box
from .source_section import SourceSection


class BudgetLineForm(RecordForm):
    register = RegisterKey.BUDGET
    shows_findings = True

    def prepare(self, session: Any) -> None:
        self.use_text = ""
        if self.record_id is None:
            return
        from ...domain.models import BudgetLine

        line = session.get(BudgetLine, self.record_id)
        use = next((u for u in budget_use(session, line.year) if u.line.id == line.id), None)
        if use is not None:
            if use.left is None:
                self.use_text = self.tr(
                    "Spent {spent}, committed {committed}; the budget is not known."
                ).format(spent=money(use.spent), committed=money(use.committed))
            else:
                self.use_text = self.tr(
                    "Spent {spent}, committed {committed}, left {left}."
                ).format(
                    spent=money(use.spent), committed=money(use.committed), left=money(use.left)
                )

    def empty_data(self) -> BudgetLineData:
        return BudgetLineData(year=self.workspace.today().year, name="", amount=None, entries=[])

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Budget line"))
        self.year = self.add_field(form, "year", self.tr("&Year"), year_box())
        self.code = self.add_field(form, "code", self.tr("&Code"), QLineEdit())
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.amount = self.add_field(form, "amount", self.tr("&Budget"), AmountEdit())
        # Left empty when no one knows it yet: bookings count, nothing is "left" or overrun.
        self.amount.setPlaceholderText(self.tr("not known"))
        self.notes = self.add_field(form, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        if self.use_text:
            use = QLabel(self.use_text)
            use.setAccessibleName(self.tr("Use"))
            form.addRow(self.tr("Use"), use)
        entries_page = self.form_page(tabs, self.tr("Expenses and commitments"))
        self.entries = self.add_field(
            entries_page,
            "entries",
            self.tr("&Bookings"),
            RowsEditor(
                [
                    Column(
                        "kind", self.tr("Kind"), "choice", choices.enum_options(BudgetEntryKind)
                    ),
                    Column("date", self.tr("Date"), "date"),
                    Column("description", self.tr("Description"), "text"),
                    Column("amount", self.tr("Amount"), "amount"),
                ],
                new_row=lambda: {
                    "kind": BudgetEntryKind.EXPENSE,
                    "date": None,
                    "description": "",
                    "amount": None,
                },
                accessible_name=self.tr("Expenses and commitments"),
            ),
        )
        self.sources = SourceSection(self, tabs)

    def load(self, data: BudgetLineData) -> None:
        self.sources.load(data)
        self.year.setValue(data.year or NO_YEAR)
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.amount.setValue(data.amount)
        self.notes.setPlainText(data.notes)
        self.entries.set_rows(
            [
                {
                    "kind": BudgetEntryKind(e.kind),
                    "date": e.date,
                    "description": e.description,
                    "amount": e.amount,
                }
                for e in data.entries or []
            ]
        )

    def collect(self) -> BudgetLineData:
        return BudgetLineData(
            **self.sources.values(),
            year=None if self.year.value() == NO_YEAR else self.year.value(),
            name=self.name.text(),
            amount=self.amount.value(),
            code=self.code.text(),
            notes=self.notes.toPlainText(),
            entries=[
                BudgetEntryData(
                    kind=r["kind"],
                    date=r["date"],
                    description=r["description"] or "",
                    amount=r["amount"],
                )
                for r in self.entries.rows()
            ],
        )

    def title_text(self) -> str:
        return self.name.text().strip() or self.tr("New budget line")

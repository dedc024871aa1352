"""The form of an official: name and terms of office, and what they hold."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from ...domain.enums import DatePrecision, Role
from ...registers import RegisterKey
from ...services.data import OfficialData, TermData
from ...services.officials import official_users
from ..widgets.rows_editor import Column, RowsEditor
from . import choices
from .base import RecordForm
from .source_section import SourceSection
from .term_source import SUMMARY, TermSourceDialog, summary, term_source_values


class OfficialForm(RecordForm):
    register = RegisterKey.OFFICIALS

    def prepare(self, session: Any) -> None:
        self.holds = official_users(session, self.record_id) if self.record_id else []

    def empty_data(self) -> OfficialData:
        return OfficialData(name="", terms=[])

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Official"))
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.short_name = self.add_field(form, "short_name", self.tr("S&hort name"), QLineEdit())
        self.short_name.setPlaceholderText(
            self.tr("Surname as printed after the title; filled in when left empty")
        )
        # As the sources give a date: a term that began "in juli 2024" is known to the month.
        precisions = [
            (DatePrecision.DAY, self.tr("to the day")),
            (DatePrecision.MONTH, self.tr("only the month")),
            (DatePrecision.YEAR, self.tr("only the year")),
        ]
        self.terms = self.add_field(
            form,
            "terms",
            self.tr("&Terms of office"),
            RowsEditor(
                [
                    Column("role", self.tr("Role"), "choice", choices.enum_options(Role), width=10),
                    Column("portfolio", self.tr("Portfolio"), "text", width=14),
                    Column("portfolio_code", self.tr("Code"), "text", width=6),
                    Column("start_date", self.tr("From"), "date", width=12),
                    Column("start_precision", self.tr("Known"), "choice", precisions, width=17),
                    Column("end_date", self.tr("Until"), "date", width=12),
                    Column("end_precision", self.tr("Known"), "choice", precisions, width=17),
                    # The term's own source, edited with "Source…" (term_source.py).
                    Column(SUMMARY, self.tr("Source"), "text", width=16, read_only=True),
                ],
                new_row=lambda: {
                    "role": Role.ALDERMAN,
                    "portfolio": "",
                    "portfolio_code": "",
                    "start_date": None,
                    "start_precision": DatePrecision.DAY,
                    "end_date": None,
                    "end_precision": DatePrecision.DAY,
                },
                accessible_name=self.tr("Terms of office"),
            ),
        )
        self.terms.add_row_action(
            self.tr("&Source…"),
            self.tr("Where the selected term's dates come from (document, date, page)"),
            self.edit_term_source,
        )
        self.terms.view.doubleClicked.connect(self._double_clicked)
        self.notes = self.add_field(form, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        holds = QLabel(
            "\n".join(f"• {item}" for item in self.holds)
            or self.tr("No trips, networks or relations.")
        )
        holds.setWordWrap(True)
        holds.setAccessibleName(self.tr("Holds"))
        form.addRow(self.tr("Holds"), holds)
        self.sources = SourceSection(self, tabs)

    def load(self, data: OfficialData) -> None:
        self.sources.load(data)
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        self.notes.setPlainText(data.notes)
        rows = [
            {
                "role": Role(t.role),
                "portfolio": t.portfolio,
                "portfolio_code": t.portfolio_code,
                "start_date": t.start_date,
                "start_precision": DatePrecision(t.start_precision),
                "end_date": t.end_date,
                "end_precision": DatePrecision(t.end_precision),
                **term_source_values(vars(t)),
            }
            for t in data.terms
        ]
        derived = self.tr("derived")
        self.terms.set_rows([row | {SUMMARY: summary(row, derived)} for row in rows])

    def collect(self) -> OfficialData:
        return OfficialData(
            **self.sources.values(),
            name=self.name.text(),
            short_name=self.short_name.text(),
            notes=self.notes.toPlainText(),
            terms=[
                TermData(
                    role=r["role"],
                    start_date=r["start_date"],
                    end_date=r["end_date"],
                    start_precision=r["start_precision"] or DatePrecision.DAY,
                    end_precision=r["end_precision"] or DatePrecision.DAY,
                    portfolio=r["portfolio"] or "",
                    portfolio_code=r["portfolio_code"] or "",
                    **term_source_values(r),
                )
                for r in self.terms.rows()
            ],
        )

    def edit_term_source(self, row: int) -> None:
        values = self.terms.rows()[row]
        dialog = TermSourceDialog(self, values, self.tr("Source of the term of office"))
        if dialog.exec() != TermSourceDialog.DialogCode.Accepted:
            return
        chosen = dialog.values()
        self.terms.update_row(row, chosen | {SUMMARY: summary(chosen, self.tr("derived"))})

    def _double_clicked(self, index: Any) -> None:
        # The read-only source column opens its dialog, as a cell opens its editor.
        if self.terms.model.columns[index.column()].key == SUMMARY:
            self.edit_term_source(index.row())

    def title_text(self) -> str:
        return self.name.text().strip() or self.tr("New official")

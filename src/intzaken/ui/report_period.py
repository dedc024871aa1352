"""The Rapporten page's year, range of years and months: the fields, what the page
proposes for them from the file (a year and a period that have trips), and why a month
cannot be read.

A value the user changed is theirs and stays; only what the page put there itself follows
the file (services/outlook.py reads the proposals)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

from .widgets.date_edit import MonthEdit

translate = QCoreApplication.translate


class ReportPeriod:
    """year (QSpinBox), start and end (MonthEdit), first_year and last_year (QSpinBox,
    the multi-year overview's); their texts belong to the page."""

    def __init__(self, today: dt.date) -> None:
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(today.year - 1)
        self.year.setAccessibleName(translate("ReportsPage", "Year"))
        self.start = MonthEdit(accessible_name=translate("ReportsPage", "From month"))
        self.start.setValue(dt.date(today.year, 1, 1))
        self.end = MonthEdit(accessible_name=translate("ReportsPage", "To month"))
        self.end.setValue(dt.date(today.year, 12, 1))
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for field, name, value in (
            (self.first_year, translate("ReportsPage", "From year"), today.year - 5),
            (self.last_year, translate("ReportsPage", "To year"), today.year - 1),
        ):
            field.setRange(1990, 2100)
            field.setValue(value)
            field.setAccessibleName(name)
        self._proposals: dict[str, Any] = {}
        self._proposed: dict[str, Any] = {name: self._value(name) for name in self._names}

    _names = ("year", "start", "end", "first_year", "last_year")
    # The multi-year overview proposes the five years up to the annual overview's.
    YEARS_PROPOSED = 5

    def read_proposals(self, proposals: dict[str, Any]) -> None:
        """The file's year, budget year and first and last month (first days)."""
        self._proposals = proposals

    def propose(self, kind: str) -> None:
        """The file's year and months, where the user has not chosen their own."""
        if not self._proposals:
            return
        year = self._proposals["budget_year" if kind == "budget" else "year"]
        last_year = self._proposals["year"]
        wanted = {
            "year": year,
            "start": self._proposals["start"],
            "end": self._proposals["end"],
            "first_year": last_year - self.YEARS_PROPOSED + 1,
            "last_year": last_year,
        }
        for name, value in wanted.items():
            if self._value(name) == self._proposed[name]:
                self._set_value(name, value)
                self._proposed[name] = value

    def unreadable(self, needed: tuple[str, ...]) -> str:
        """Why a month among `needed` cannot be read (the field named), or ""."""
        for name, field in (("start", self.start), ("end", self.end)):
            if name in needed and (problem := field.problem()):
                field.setFocus()
                return f"{field.accessibleName()}: {problem}"
        return ""

    def _value(self, name: str) -> Any:
        return getattr(self, name).value()

    def _set_value(self, name: str, value: Any) -> None:
        getattr(self, name).setValue(value)

"""The date cells of a trip, which may be known only by its month or year: the dates as
people write them ("oktober 2016", "10-2016", "2016") and the precision column that
agrees with them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from ..domain.enums import DatePrecision
from ..i18n import _
from ..parsing import DAY, parse_period
from .cells import Choice, Date, Names, plain_text, report_short_year
from .problems import CellError

# How a precision is written in a sheet (the trips' and the office terms' columns).
PRECISION_WORDS = {"day": "dag", "month": "maand", "year": "jaar"}

# Where a trip's date cells leave the precision they were written in ("oktober 2016": a
# month), for the precision column (or, without one, the trip) to take.
WRITTEN_PRECISION = "_written_precision"


class Period(Date):
    """A date that may be written as a month ("oktober 2016", "10-2016") or a year
    ("2016", also a number cell): read as its first day, and the row's `precision_field`
    set to month or year (read again by the precision column, `Precision`)."""

    def __init__(self, precision_field: str) -> None:
        self.precision_field = precision_field

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> dt.date | None:
        if isinstance(raw, int | float) and not isinstance(raw, bool) and raw == int(raw):
            raw = str(int(raw))  # 2016 typed in Excel is a number
        if not isinstance(raw, str):
            return super().read(raw, names, row)
        try:
            period = parse_period(plain_text(raw))
        except ValueError as exc:
            raise CellError(str(exc)) from None
        if period is None:
            return None
        report_short_year(raw, period.first, names)
        written = row.setdefault(WRITTEN_PRECISION, [])
        written.append(period.precision)
        if period.precision != DAY:
            row[self.precision_field] = period.precision
        return period.first


class Precision(Choice):
    """The precision column of a trip: as filled in, or else as the dates were written
    (`Period`); a filled-in precision that contradicts how a date is written is refused."""

    deferred = True  # after the dates

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> StrEnum | None:
        chosen = super().read(raw, names, row)
        written = [p for p in row.get(WRITTEN_PRECISION, []) if p != DAY]
        if len(set(written)) > 1:
            raise CellError(
                _("the dates are written as a month and as a year; write both the same way.")
            )
        if chosen is None:
            return self.enum_type(written[0]) if written else None
        if written and chosen != written[0]:
            raise CellError(
                _("'{value}' does not fit the dates, which are written as {written}.").format(
                    value=self.labels[chosen], written=self.labels[self.enum_type(written[0])]
                )
            )
        return chosen


class PrecisionOf(Choice):
    """The precision of one date of a row that has two (an office term's start and end):
    as filled in, or else as that date was written (its `Period` sets the field first)."""

    deferred = True  # after the dates

    def __init__(self, field: str, labels: dict[str, str]) -> None:
        super().__init__(DatePrecision, labels)
        self.field = field

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> StrEnum | None:
        chosen = super().read(raw, names, row)
        written = row.get(self.field)
        if chosen is None:
            return self.enum_type(written) if written else None
        if written and chosen != written:
            raise CellError(
                _("'{value}' does not fit the date, which is written as {written}.").format(
                    value=self.labels[chosen], written=self.labels[self.enum_type(written)]
                )
            )
        return chosen

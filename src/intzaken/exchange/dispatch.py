"""One entry for every kind of export, so the command line and the window agree."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..i18n import _
from ..registers import RegisterKey
from .export import export_csv, export_csv_folder, export_workbook
from .ics import export_ics

FORMATS = ("xlsx", "csv", "ics")


class ExportChoiceError(ValueError):
    """A combination of options that makes no export; the message is in the current
    language."""


def export_to(
    session: Session,
    target: Path,
    fmt: str,
    register: str | None = None,
    *,
    empty: bool = False,
    year: int | None = None,
) -> int | None:
    """Write `register` (None: all) as `fmt` to `target`.

    CSV of all registers writes a folder with one file per sheet. Returns how many trips
    (iCalendar) or files (a CSV folder) were written, else None.
    """
    if fmt == "ics":
        if register not in (None, RegisterKey.TRIPS):
            raise ExportChoiceError(_("A calendar (iCalendar) exists only for the trips."))
        if empty:
            raise ExportChoiceError(_("There is no empty template for a calendar."))
        return export_ics(session, target, year=year)
    if year is not None:
        raise ExportChoiceError(_("Choosing a year is only possible for a calendar (iCalendar)."))
    registers = None if register is None else [register]
    if fmt == "xlsx":
        export_workbook(session, target, registers, empty=empty)
    elif fmt == "csv":
        if register is None:
            return len(export_csv_folder(session, target, empty=empty))
        export_csv(session, target, register, empty=empty)
    else:
        raise ExportChoiceError(
            _("Unknown format '{format}': choose from {formats}.").format(
                format=fmt, formats=", ".join(FORMATS)
            )
        )
    return None

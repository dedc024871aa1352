"""Import and export of the registers: Excel workbooks and CSV files in one layout (see
layout.py), and trips as an iCalendar file for Outlook.

    export_workbook(session, path, registers=None, *, empty=False)
    export_csv(session, path, register, *, empty=False)
    export_csv_folder(session, folder, registers=None, *, empty=False)
    export_ics(session, path, *, year=None)
    plan_import(session, path) -> ImportPlan          # writes nothing
    apply_import(session, plan) -> dict[str, ImportCounts]   # in the caller's transaction
"""

from __future__ import annotations

from .export import export_csv, export_csv_folder, export_workbook
from .ics import export_ics
from .layout import PUBLIC_REGISTERS, REGISTERS
from .plan import ImportPlan, apply_import, plan_import
from .problems import ImportCounts, ImportProblem, ImportRefused

__all__ = [
    "PUBLIC_REGISTERS",
    "REGISTERS",
    "ImportCounts",
    "ImportPlan",
    "ImportProblem",
    "ImportRefused",
    "apply_import",
    "export_csv",
    "export_csv_folder",
    "export_ics",
    "export_workbook",
    "plan_import",
]

"""Printed reports as PDF: trip cards, briefing packs, the annual overview, planned trips,
the budget overview and the relations and networks overview.

No Qt here: the interface calls `build_report` from a worker thread.
"""

from .job import ReportCancelled, ReportError
from .registry import REPORTS, ReportKind, build_report, default_filename

__all__ = [
    "REPORTS",
    "ReportCancelled",
    "ReportError",
    "ReportKind",
    "build_report",
    "default_filename",
]

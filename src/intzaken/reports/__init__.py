"""Printed reports as PDF: trip cards, briefing packs, the annual overview, planned trips,
the budget overview and the relations and networks overview.

No Qt here: the interface calls `build_report` from a worker thread.
"""

from .job import ReportCancelled, ReportError
from .preflight import checked_before, preflight_findings
from .registry import FORMATS, REPORTS, ReportKind, build_report, check_format, default_filename

__all__ = [
    "FORMATS",
    "REPORTS",
    "ReportCancelled",
    "ReportError",
    "ReportKind",
    "build_report",
    "check_format",
    "checked_before",
    "default_filename",
    "preflight_findings",
]

"""Printed reports as PDF: trip cards, briefing packs, the annual overview, planned trips,
the budget overview and the relations and networks overview.

No Qt here: the interface calls `build_report` from a worker thread. The names below are
imported when first used (lazy_exports.py), so that reading what a report is called
(titles.py) does not load reportlab.
"""

from ..lazy_exports import lazy_exports

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    from .job import ReportCancelled, ReportError
    from .preflight import checked_before, preflight_findings
    from .registry import (
        REPORTS,
        ReportKind,
        build_report,
        check_format,
        default_filename,
    )
    from .titles import FORMATS

__getattr__ = lazy_exports(
    __name__,
    {
        "ReportCancelled": "job",
        "ReportError": "job",
        "FORMATS": "titles",
        "checked_before": "preflight",
        "preflight_findings": "preflight",
        "REPORTS": "registry",
        "check_format": "registry",
        "ReportKind": "registry",
        "build_report": "registry",
        "default_filename": "registry",
    },
)

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

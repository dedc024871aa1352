"""Before a council report goes: what the plausibility check questions in the trips the
report contains (issue 21).

The window lists these in a dialog ("Make anyway", "Look first"), the command line on
standard error (and refuses with `--strict`); both ask this one function, so they never
disagree about which trips a report holds. The findings are warnings: the report may
still be made, and then marks the figures they question (see annual.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from ..i18n import language_scope
from ..services.plausibility import Finding, trips_findings
from .registry import kind_of


def checked_before(kind: str) -> bool:
    """Whether report `kind` is a council report whose trips are checked first."""
    return kind_of(kind).trips is not None


def preflight_findings(
    kind: str,
    session: Session,
    *,
    today: dt.date | None = None,
    language: str | None = None,
    **params: Any,
) -> list[Finding]:
    """The plausibility findings about the trips report `kind` would contain with these
    parameters (those of `build_report`), in `language` (default: the current one);
    none for a report that is not checked. A parameter the report would refuse (a bad
    period) raises the report's own ReportError."""
    trips_of = kind_of(kind).trips
    if trips_of is None:
        return []
    with language_scope(language):
        trips = trips_of(session, **params)
        return trips_findings(session, trips, today or dt.date.today())

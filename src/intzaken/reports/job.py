"""Progress and cancellation of one report being written (possibly in a worker thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..i18n import _
from ..services.errors import ServiceError

ProgressCallback = Callable[[int, str], None]  # (percent 0-100, translated message)
CancelledCheck = Callable[[], bool]


class ReportError(ServiceError):
    """The report cannot be made from what was asked (no such year, a bad period)."""


class ReportCancelled(Exception):  # noqa: N818 - a request, not a fault
    """The user stopped the report; nothing is written."""


@dataclass
class Job:
    progress: ProgressCallback | None = None
    cancelled: CancelledCheck | None = None
    _last: int = field(default=-1, repr=False)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled(_("Report cancelled."))

    def step(self, percent: float, message: str) -> None:
        """Report progress; never backwards, never the same percentage twice."""
        self.check()
        value = max(0, min(100, int(percent)))
        if self.progress is not None and value > self._last:
            self._last = value
            self.progress(value, message)

"""The paper of the pocket programme: A5, two A5 pages side by side on A4 landscape
(to print on an office printer and cut or fold), or a narrow page for a phone.

Each page (or half sheet) gets the organisation's name and the trip at the top and
"page x of y" with the date of printing at the bottom; the count is of the pages that
have text, so the empty right half of a last sheet is not counted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import ActionFlowable

from ...formatting import long_date
from ...i18n import _
from ..fonts import BOLD, FAMILY
from ..job import Job
from ..pdf import Letterhead, Report, _draw, _fit, document_language
from ..styles import ACCENT, MUTED, RULE


class PocketLayout(StrEnum):
    A5 = "a5"
    TWO_UP = "two-up"  # two A5 pages on one A4 sheet, landscape
    PHONE = "phone"  # one narrow column, pages of a phone's proportions


@dataclass(frozen=True)
class Paper:
    size: tuple[float, float]
    page_width: float  # one page: half the sheet when two are printed on it
    margin: float
    pages_per_sheet: int


PHONE_SIZE = (90 * mm, 160 * mm)  # 9:16, read without zooming at this text size
PAPER = {
    PocketLayout.A5: Paper(A5, A5[0], 12 * mm, 1),
    PocketLayout.TWO_UP: Paper(landscape(A4), landscape(A4)[0] / 2, 12 * mm, 2),
    PocketLayout.PHONE: Paper(PHONE_SIZE, PHONE_SIZE[0], 6 * mm, 1),
}
HEADER = 10 * mm  # above the frame
FOOTER = 9 * mm  # below it


def frame_width(layout: PocketLayout) -> float:
    paper = PAPER[layout]
    return paper.page_width - 2 * paper.margin


class _Canvas(Canvas):
    """Keeps every sheet until the end, so each page's footer can give the count."""

    def __init__(self, *args: Any, pocket: _Pocket, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pocket = pocket
        self._sheets: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._sheets.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        used = sorted(self._pocket.used)
        for sheet, state in enumerate(self._sheets, start=1):
            self.__dict__.update(state)
            for half in range(self._pocket.paper.pages_per_sheet):
                if (sheet, half) in used:
                    self._pocket.decorate(self, half, used.index((sheet, half)) + 1, len(used))
            super().showPage()
        super().save()


class _Pocket(BaseDocTemplate):
    def __init__(
        self, target: Any, layout: PocketLayout, head: Letterhead, report: Report, printed: str
    ) -> None:
        self.paper = PAPER[layout]
        self.head, self.report_title, self.printed = head, report.title, printed
        self.used: set[tuple[int, int]] = set()
        width, height = self.paper.size
        margin = self.paper.margin
        super().__init__(
            target,
            pagesize=self.paper.size,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + HEADER,
            bottomMargin=margin + FOOTER,
            title=report.title,
            author=head.name,
            subject=report.subject,
            creator="Intzaken",
            lang=document_language(),
            initialFontName=FAMILY,
            initialFontSize=9,
            initialLeading=11,
        )
        frames = [
            Frame(
                half * self.paper.page_width + margin,
                margin + FOOTER,
                self.paper.page_width - 2 * margin,
                height - 2 * margin - HEADER - FOOTER,
                id=str(half),
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for half in range(self.paper.pages_per_sheet)
        ]
        self.addPageTemplates([PageTemplate(id="pocket", frames=frames)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        # A page or frame break draws nothing: the page it leads to is not yet used.
        if isinstance(flowable, ActionFlowable) or self.frame is None:
            return
        self.used.add((self.page, int(self.frame.id)))

    def decorate(self, canvas: Canvas, half: int, number: int, total: int) -> None:
        margin = self.paper.margin
        left = half * self.paper.page_width + margin
        right = (half + 1) * self.paper.page_width - margin
        width = right - left
        top = self.paper.size[1] - margin
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        _draw(canvas, left, top - 3 * mm, _fit(self.head.name, BOLD, 8, width), BOLD, 8)
        canvas.setFillColor(MUTED)
        _draw(canvas, left, top - 6.5 * mm, _fit(self.report_title, FAMILY, 8, width), FAMILY, 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - HEADER + 1 * mm, right, top - HEADER + 1 * mm)
        bottom = margin
        canvas.line(left, bottom + FOOTER - 3 * mm, right, bottom + FOOTER - 3 * mm)
        canvas.setFont(FAMILY, 8)  # the smallest text any report prints
        canvas.drawString(left, bottom + 1.5 * mm, self.printed)
        canvas.drawRightString(
            right,
            bottom + 1.5 * mm,
            _("page {number} of {total}").format(number=number, total=total),
        )
        canvas.restoreState()


def pocket_writer(layout: PocketLayout) -> Any:
    """The Report.writer that prints a story on the paper of `layout`."""

    def write(
        report: Report,
        head: Letterhead,
        target: Path | io.BufferedIOBase,
        printed_on: Any,
        job: Job,
    ) -> None:
        printed = _("Printed on {date}").format(date=long_date(printed_on))
        document = _Pocket(
            str(target) if isinstance(target, Path) else target, layout, head, report, printed
        )
        job.step(30, _("Laying out"))

        def canvasmaker(*args: Any, **kwargs: Any) -> _Canvas:
            return _Canvas(*args, pocket=document, **kwargs)

        document.build(list(report.story), canvasmaker=canvasmaker)
        report.meta["pages"] = len(document.used)
        report.meta["sheets"] = document.page

    return write

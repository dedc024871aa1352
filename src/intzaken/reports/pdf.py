"""The document every report is printed on: A4, letterhead, "pagina x van y", metadata,
in the current language (see intzaken.i18n).

Report modules only build a story of flowables; this module lays it out, draws the
organisation's name and logo at the top of every page and the date of printing and the
page count at the bottom, and fills in the PDF's title, author, subject and language.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents
from sqlalchemy.orm import Session

from ..formatting import long_date
from ..i18n import _, current_language
from ..services.organisation import get_organisation
from . import drawn_once
from .fonts import BOLD, FAMILY, register_fonts, runs
from .job import Job
from .markup import text as markup_text
from .styles import ACCENT, MUTED, RULE, styles
from .wrap_once import Paragraph

log = logging.getLogger(__name__)

# Page, font and image streams are written deflated but not also ASCII85-encoded, the
# reportlab default that dates from 7-bit mail: a quarter larger, and an encoding pass in
# pure Python over every stream. A setting of the whole library; the app writes no other
# PDFs.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 32 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
LOGO_HEIGHT = 12 * mm
LOGO_MAX_WIDTH = 40 * mm
RASTER_LOGOS = {"image/png", "image/jpeg"}


@dataclass(frozen=True)
class Letterhead:
    name: str
    department: str = ""
    logo: bytes | None = None
    logo_media_type: str | None = None


# The document language as PDF readers and Word name it (the PDF catalog's /Lang, a
# .docx's w:lang): with the region, which screen readers and spelling checks use.
DOCUMENT_LANGUAGES = {"nl": "nl-NL", "en": "en"}


def document_language() -> str:
    """nl-NL or en: the language the report is being written in."""
    code = current_language()
    return DOCUMENT_LANGUAGES.get(code, code)


def letterhead(session: Session) -> Letterhead:
    organisation = get_organisation(session)
    if organisation is None:
        return Letterhead(name=_("International Affairs"))
    return Letterhead(
        organisation.name, organisation.department, organisation.logo, organisation.logo_media_type
    )


@dataclass
class Report:
    """What a report module returns: the text of the PDF and what to call it."""

    title: str  # the PDF title, also printed small in the page header
    subject: str
    story: list[Flowable]
    with_toc: bool = False
    meta: dict[str, Any] = field(default_factory=dict)  # figures for callers and tests
    # A report on other paper than A4 (the pocket programme) lays itself out:
    # writer(report, letterhead, target, printed_on, job).
    writer: Callable[..., None] | None = None
    # The report as blocks of the content model (content.py), for the reports that are
    # also written as Word documents; None for those printed as PDF only.
    content: list[Any] | None = None


def heading(markup: str, level: int = 0, *, toc: bool = True) -> Flowable:
    """A heading; with `toc` it appears in the table of contents and the PDF outline."""
    paragraph = Paragraph(markup, styles()[f"Heading{level + 1}"])
    if toc:
        paragraph.toc_level = level
    return paragraph


def table_of_contents() -> TableOfContents:
    # The table style names our font too: reportlab sets a font for every plain cell,
    # and its default is Helvetica, which would then be referenced without being embedded.
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return TableOfContents(
        levelStyles=[styles()["TOC0"], styles()["TOC1"]], tableStyle=style, dotsMinLevel=0
    )


def _logo(head: Letterhead) -> ImageReader | None:
    if not head.logo or head.logo_media_type not in RASTER_LOGOS:
        return None  # no logo, or SVG, which reportlab cannot draw: the name alone
    try:
        return ImageReader(io.BytesIO(head.logo))
    except Exception:  # a damaged image must not stop the report
        log.warning("logo of %s cannot be read; printing the name only", head.name)
        return None


def _width(text: str, font: str, size: float) -> float:
    """The width of `text` as _draw prints it: each run in its own font."""
    return sum(stringWidth(part, fallback or font, size) for part, fallback in runs(text))


def _draw(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """drawString (or drawRightString) with a fallback font for each run DejaVu lacks:
    a trip called after 東京 names the page header too."""
    if right:
        x -= _width(text, font, size)
    for part, fallback in runs(text):
        canvas.setFont(fallback or font, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, fallback or font, size)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _PageDecoration:
    """Draws the letterhead at the top of each page (the footer needs the page count)."""

    def __init__(self, head: Letterhead, title: str) -> None:
        self.head, self.title = head, title
        self.logo = _logo(head)

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # The same on every page: drawn once, as a form each page refers to.
        canvas.saveState()
        drawn_once.place(canvas, ("letterhead", self), lambda: self._draw(canvas))
        canvas.restoreState()

    def _draw(self, canvas: Canvas) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 13 * mm
        x = MARGIN_LEFT
        if self.logo is not None:
            width, height = self.logo.getSize()
            logo_width = min(LOGO_MAX_WIDTH, LOGO_HEIGHT * width / height)
            logo_height = logo_width * height / width
            canvas.drawImage(self.logo, x, top - logo_height, logo_width, logo_height, mask="auto")
            x += logo_width + 4 * mm
        right = PAGE_WIDTH - MARGIN_RIGHT
        name_width = (right - x) * 0.6
        name = _fit(self.head.name, BOLD, 12, name_width)
        canvas.setFillColor(ACCENT)
        _draw(canvas, x, top - 4.5 * mm, name, BOLD, 12)
        canvas.setFillColor(MUTED)
        if self.head.department:
            _draw(
                canvas,
                x,
                top - 9 * mm,
                _fit(self.head.department, FAMILY, 8, name_width),
                FAMILY,
                8,
            )
        _draw(
            canvas,
            right,
            top - 4.5 * mm,
            _fit(self.title, FAMILY, 8, right - x - _width(name, BOLD, 12) - 8 * mm),
            FAMILY,
            8,
            right=True,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(
            MARGIN_LEFT, PAGE_HEIGHT - MARGIN_TOP + 6 * mm, right, PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        )
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """Keeps every page until the end, so the footer can say "pagina x van y"."""

    def __init__(self, *args: Any, printed: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._printed = printed
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN_LEFT, 15 * mm, PAGE_WIDTH - MARGIN_RIGHT, 15 * mm)
        self.setFillColor(MUTED)
        self.setFont(FAMILY, 8)
        self.drawString(MARGIN_LEFT, 10.5 * mm, _("Printed on {date}").format(date=self._printed))
        self.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT,
            10.5 * mm,
            _("page {number} of {total}").format(number=number, total=total),
        )
        self.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, target: Any, job: Job, **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        self._job = job
        self._pass = 0
        self._total = 1

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        self._pass += 1
        self._total = max(1, len(flowables))
        super().build(flowables, *args, **kwargs)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        super().handle_flowable(flowables)
        # Layout passes share 30-95%: the first pass most, later ones (page numbers in the
        # table of contents) what is left.
        start, span = {1: (30, 45), 2: (75, 15)}.get(self._pass, (90, 5))
        done = (self._total - len(flowables)) / self._total
        self._job.step(start + span * done, _("Laying out"))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.getPlainText()
        key = f"section-{self.seq.nextf('section')}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        # The table of contents sets its entry as Paragraph markup: the heading's plain
        # text escaped again, with its runs in the fonts that have them.
        self.notify("TOCEntry", (level, markup_text(text), self.page, key))


def write_pdf(
    report: Report,
    head: Letterhead,
    target: Path | io.BufferedIOBase,
    *,
    printed_on: dt.date,
    job: Job | None = None,
) -> None:
    """Lay out `report` and write it to `target`."""
    register_fonts()
    job = job or Job()
    if report.writer is not None:
        report.writer(report, head, target, printed_on, job)
        return
    document = _Template(
        str(target) if isinstance(target, Path) else target,
        job,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=report.title,
        author=head.name,
        subject=report.subject,
        creator="Intzaken",
        lang=document_language(),
        # Without these the canvas starts every page in Helvetica, a font that is never
        # embedded; with them the standard fonts are not referenced at all.
        initialFontName=FAMILY,
        initialFontSize=10,
        initialLeading=12,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_PageDecoration(head, report.title))]
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, printed=long_date(printed_on), **kwargs)

    job.step(30, _("Laying out"))
    if report.with_toc:
        document.multiBuild(list(report.story), canvasmaker=canvasmaker)
    else:
        document.build(list(report.story), canvasmaker=canvasmaker)
    report.meta["pages"] = document.page

"""Paragraph styles and colours: one sober house style for every report."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .. import house_style
from .fonts import BOLD, FAMILY, register_fonts

ACCENT = colors.HexColor(house_style.ACCENT)
TEXT = colors.HexColor(house_style.TEXT)
MUTED = colors.HexColor(house_style.MUTED)
RULE = colors.HexColor(house_style.RULE)
HEADER_FILL = colors.HexColor(house_style.HEADER_FILL)
TOTAL_FILL = colors.HexColor(house_style.TOTAL_FILL)
OVERRUN = colors.HexColor(house_style.OVERRUN)
OVERRUN_FILL = colors.HexColor(house_style.OVERRUN_FILL)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=FAMILY,
        fontSize=9.5,
        leading=13.5,
        textColor=TEXT,
        spaceAfter=house_style.SPACING,
        alignment=TA_LEFT,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    cell = derive("Cell", fontSize=8.5, leading=11, spaceAfter=0)
    all_styles = [
        body,
        derive("Title", fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=4),
        derive("Subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=14),
        derive(
            "Heading1",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        derive(
            "Heading2",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=1,
        ),
        derive(
            "Heading3",
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        derive("Lead", fontName=BOLD, fontSize=9.5, keepWithNext=1, spaceAfter=2),
        derive("Meta", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=2, keepWithNext=1),
        derive("Small", fontSize=8, leading=11, textColor=MUTED),
        cell,
        ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        ParagraphStyle("CellBold", parent=cell, fontName=BOLD),
        ParagraphStyle("CellBoldRight", parent=cell, fontName=BOLD, alignment=TA_RIGHT),
        ParagraphStyle(
            "CellHead", parent=cell, fontName=BOLD, fontSize=8, leading=10.5, textColor=ACCENT
        ),
        ParagraphStyle(
            "CellHeadRight",
            parent=cell,
            fontName=BOLD,
            fontSize=8,
            leading=10.5,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        ParagraphStyle("CellLabel", parent=cell, fontName=BOLD, textColor=MUTED),
        ParagraphStyle(
            "CellOverrun", parent=cell, fontName=BOLD, textColor=OVERRUN, alignment=TA_RIGHT
        ),
        derive("TOC0", fontSize=10, leading=15, leftIndent=0, firstLineIndent=0),
        derive("TOC1", fontSize=9, leading=13, leftIndent=14, firstLineIndent=0, textColor=MUTED),
    ]
    return {s.name: s for s in all_styles}

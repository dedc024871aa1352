"""KeepWhole lays out blocks exactly as KeepTogether, measuring less."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from intzaken.reports.fonts import register_fonts
from intzaken.reports.keep_whole import KeepWhole
from intzaken.reports.styles import styles


def _story(block: type[KeepTogether]) -> list:
    s = styles()
    story = []
    for number, paragraphs in enumerate([2, 5, 1, 60, 3, 8, 2, 4, 9, 1]):
        story.append(
            block(
                [
                    Paragraph(f"Werkbezoek {number}", s["Heading1"]),
                    Paragraph(f"Onderwerp {number}", s["Lead"]),
                    Paragraph("1 t/m 3 mei 2024", s["Meta"]),
                    Spacer(0, 6),
                    *[
                        Paragraph(f"Alinea {number}.{i} " + "tekst " * 40, s["Body"])
                        for i in range(paragraphs)
                    ],
                    Spacer(0, 20),
                ]
            )
        )
    return story


def _pages(block: type[KeepTogether]) -> list[str]:
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build(_story(block))
    return [page.extract_text() for page in PdfReader(out).pages]


def test_pages_are_the_same_as_with_keep_together() -> None:
    # Block 3 is longer than a page: there keepWithNext still holds the heading.
    pages = _pages(KeepWhole)
    assert len(pages) > 5 and pages == _pages(KeepTogether)


def test_parts_of_a_block_that_fits_lose_keep_with_next_of_a_long_one_keep_it() -> None:
    decided: dict[str, object] = {}

    class Spy(KeepWhole):
        def split(self, aW: float, aH: float) -> list:  # noqa: N803
            parts = super().split(aW, aH)
            heading = self._content[0]
            decided.setdefault(heading.text, heading.__dict__.get("keepWithNext"))
            return parts

    register_fonts()
    SimpleDocTemplate(io.BytesIO()).build(_story(Spy))
    assert decided["Werkbezoek 0"] == 0 and decided["Werkbezoek 1"] == 0
    assert decided["Werkbezoek 3"] is None  # longer than a page: the style's keepWithNext

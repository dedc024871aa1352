"""Report charts: the Agg canvas's pixels placed as an opaque bitmap the frame's width."""

from __future__ import annotations

import io
from decimal import Decimal

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from intzaken.formatting import money_rounded
from intzaken.reports.charts import DPI, Series, bar_chart
from intzaken.reports.pdf import FRAME_WIDTH


def test_a_chart_is_an_rgb_bitmap_at_200_dpi_of_the_frames_width() -> None:
    chart = bar_chart(
        ["Jansen", "De Boer"],
        [Series("Reis", [Decimal("1200.50"), Decimal(800)])],
        value_text=money_rounded,
        horizontal=True,
        height_mm=45,
    )
    assert chart.wrap(FRAME_WIDTH, 1000) == (FRAME_WIDTH, 45 * mm)
    width, height = chart.pixels.getSize()
    assert (width, height) == (round(FRAME_WIDTH / 72 * DPI), round(45 / 25.4 * DPI))
    out = io.BytesIO()
    SimpleDocTemplate(out).build([chart])
    images = list(PdfReader(out).pages[0].images)
    assert len(images) == 1 and images[0].image.mode == "RGB"  # opaque: no soft mask

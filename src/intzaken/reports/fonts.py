"""The report font: DejaVu Sans, shipped in resources/fonts and embedded in every PDF.

The PDF standard fonts print Śląskie and CO₂ as black squares without any error, so no
report may fall back to them; registering one family lets <b> and <i> in our own markup
pick the bold and oblique files.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..resources import resource_path

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FONT_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def font_file(name: str = FAMILY) -> Path:
    return resource_path("fonts", FONT_FILES[name])


def register_fonts() -> str:
    """Register the family with reportlab once (reports may run in a worker thread)."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name in FONT_FILES:
                pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
            for bold, italic, name in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, ITALIC),
                                       (1, 1, BOLD_ITALIC)):
                addMapping(FAMILY, bold, italic, name)
            _registered = True
    return FAMILY

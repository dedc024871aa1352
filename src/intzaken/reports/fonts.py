"""The report fonts: DejaVu Sans, and fallbacks for the scripts DejaVu lacks, all shipped
in resources/fonts and embedded (as subsets) in every PDF.

The PDF standard fonts print Śląskie and CO₂ as black squares without any error, so no
report may fall back to them; registering one family lets <b> and <i> in our own markup
pick the bold and oblique files.

DejaVu has no Chinese, Japanese, Korean or Devanagari: such characters printed as empty
boxes. Reportlab has no font fallback of its own, so user text is cut into runs by the
first font that has each character (`runs`), and markup.text() puts each run that DejaVu
cannot print in a <font> tag of its fallback. Reportlab reads TrueType outlines only, so
the fallbacks are TrueType files: Droid Sans Fallback (Chinese and Japanese), NanumSquare
(Korean), Noto Sans Devanagari and Noto Sans Arabic. They have no bold or italic; bold
text in them prints in their regular face.

Reportlab 5.1 shapes text only through the optional uharfbuzz, and then shapes each
word with the font of its first run: tried, a word such as "(अमित" or "Rotterdam-अमित"
printed boxes, so the app does not shape. Devanagari therefore prints its characters in
typed order (a vowel sign such as ि after its consonant, conjuncts as letters with a
virama). Arabic is joined and ordered before it gets here (right_to_left).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from pathlib import Path

from ..resources import resource_path
from .right_to_left import visual_order

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
# Tried in this order for a character DejaVu lacks (DejaVu has the Arabic letters in
# their isolated forms, so Noto Sans Arabic only adds what DejaVu misses).
FALLBACK_FILES = {
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
    "NanumSquare": "NanumSquareR.ttf",
    "NotoSansDevanagari": "NotoSansDevanagari-Regular.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
}

_lock = threading.Lock()
_registered = False


def font_file(name: str = FAMILY) -> Path:
    return resource_path("fonts", (FONT_FILES | FALLBACK_FILES)[name])


def register_fonts() -> str:
    """Register the family with reportlab once (reports may run in a worker thread).
    The fallbacks are registered when a character first needs them (`_characters`):
    reading Droid Sans Fallback's 4 MB costs a report with only Latin text nothing."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name in FONT_FILES:
                pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
            for bold, italic, name in (
                (0, 0, FAMILY),
                (1, 0, BOLD),
                (0, 1, ITALIC),
                (1, 1, BOLD_ITALIC),
            ):
                addMapping(FAMILY, bold, italic, name)
            _registered = True
    return FAMILY


def _register_fallback(name: str) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    # A fallback run inside <b> or a bold style: its regular face.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


@functools.cache
def _characters(name: str) -> frozenset[int]:
    """The characters font `name` has a glyph for (registering a fallback first)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    if name in FALLBACK_FILES:
        with _lock:
            _register_fallback(name)
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@functools.lru_cache(maxsize=65536)
def fallback_for(character: str) -> str | None:
    """The fallback font to print `character` in, or None when DejaVu has it (or no
    font does: DejaVu then prints its box, as before)."""
    code = ord(character)
    if code in _characters(FAMILY) or character.isspace():
        return None
    return next((name for name in FALLBACK_FILES if code in _characters(name)), None)


def needs_fallback(value: str) -> bool:
    """Whether some character of `value` prints in a fallback font."""
    return not value.isascii() and any(fallback_for(c) for c in set(value))


def runs(value: str) -> Iterator[tuple[str, str | None]]:
    """`value` cut into (text, fallback font or None for the running font) runs, Arabic
    joined and in visual order (right_to_left). Spaces go with the run before them, so
    a name in one script stays one run."""
    value = visual_order(value)
    if not needs_fallback(value):
        yield value, None
        return
    start, current = 0, fallback_for(value[0])
    for index, character in enumerate(value):
        font = current if character.isspace() else fallback_for(character)
        if font != current:
            yield value[start:index], current
            start, current = index, font
    yield value[start:], current

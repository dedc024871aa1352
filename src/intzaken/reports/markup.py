"""User text into reportlab Paragraphs, exactly as typed.

A Paragraph parses its text as markup: `AT&T` loses its ampersand, `<b>` turns bold and
`R&D <script>` raises. Every string that comes from the database goes through `text()`
before it is combined with our own tags. It is also where text meets the fonts: a run
of characters DejaVu lacks (Chinese, Japanese, Korean, Devanagari) is put in a <font>
tag of the fallback font that has them (fonts.runs), so every report prints them.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import runs


def text(value: object) -> str:
    """`value` as Paragraph markup that prints literally; newlines become line breaks."""
    if value is None:
        return ""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(_in_fonts(line) for line in lines)


def _in_fonts(line: str) -> str:
    return "".join(
        escape(part) if font is None else f'<font name="{font}">{escape(part)}</font>'
        for part, font in runs(line)
    )


def paragraphs(value: str | None) -> list[str]:
    """Typed text split at blank lines, each part as markup for one Paragraph."""
    if not value:
        return []
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n")]
    return [text(p) for p in parts if p]

"""User text into reportlab Paragraphs, exactly as typed.

A Paragraph parses its text as markup: `AT&T` loses its ampersand, `<b>` turns bold and
`R&D <script>` raises. Every string that comes from the database goes through `text()`
before it is combined with our own tags.
"""

from __future__ import annotations

from xml.sax.saxutils import escape


def text(value: object) -> str:
    """`value` as Paragraph markup that prints literally; newlines become line breaks."""
    if value is None:
        return ""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def paragraphs(value: str | None) -> list[str]:
    """Typed text split at blank lines, each part as markup for one Paragraph."""
    if not value:
        return []
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n")]
    return [text(p) for p in parts if p]

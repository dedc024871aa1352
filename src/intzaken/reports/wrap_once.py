"""A Paragraph that breaks its lines once per width, and that reads plain text without
the markup parser.

Platypus measures a flowable again each time it considers it: a KeepTogether block
measures all its parts, then each part is measured where it is placed, and a heading
kept with the next paragraph is measured a third time inside the group that keeps them.
A Paragraph breaks its lines afresh every time, though the width is the same; in the
annual overview (a thousand trip blocks) that was a good part of the layout. The result
depends only on the text, the style and the width, so it is kept for the width last
asked. Splitting makes new Paragraphs, which measure themselves again.

The measurement is the broken lines (`blPara`) together with the size. Reportlab's
`split` throws the lines away when it finds too little room (`del self.blPara`) and
expects the next `wrap` to break them again; a size remembered without its lines would
then reach `draw` without any ('Paragraph' object has no attribute 'blPara'). So the
size counts as known only while the lines it came from are still there.

Reading the text: reportlab makes a new markup parser for every Paragraph (an
HTMLParser) and parses the text into fragments. Text without a tag or an entity, most
of a report (markup.text escapes `<` and `&` of user text, so plain user text has
neither), parses to one fragment: the style's font, size and colour with the text
(the same whitespace cleaning first). That fragment is made here from one parsed once
per style, without the parser: in the annual overview five thousand Paragraphs,
about a tenth of its time.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

# What the parser makes of plain text in a style, keyed by the style object and checked
# against what it depends on, in case a style is changed after use.
_plain: dict[int, tuple[ParagraphStyle, tuple[Any, ...], dict[str, Any]]] = {}


def _style_key(style: ParagraphStyle) -> tuple[Any, ...]:
    return (style.fontName, style.fontSize, style.textColor, getattr(style, "backColor", None))


def _plain_fragment(text: str, style: ParagraphStyle) -> list[ParaFrag]:
    """The parser's fragments for `text` (cleaned, with no tag or entity) in `style`."""
    known = _plain.get(id(style))
    key = _style_key(style)
    if known is None or known[0] is not style or known[1] != key:
        _style, frags, _bullet = ParaParser().parse("x", style)
        if frags is None or len(frags) != 1:
            raise ValueError(f"style {style.name} does not parse plain text to one fragment")
        known = (style, key, dict(frags[0].__dict__))
        _plain[id(style)] = known
    fragment = ParaFrag()
    # The parser's lists (links, underlines) are each fragment's own.
    fragment.__dict__.update(
        {
            name: list(value) if isinstance(value, list) else value
            for name, value in known[2].items()
        }
    )
    fragment.text = text
    return [fragment]


def _is_plain(text: object, style: ParagraphStyle | None, bullet: object) -> bool:
    return (
        isinstance(text, str)
        and style is not None
        and bullet is None
        and getattr(style, "bulletText", None) is None
        and not getattr(style, "textTransform", None)
        and "<" not in text
        and "&" not in text
    )


class Paragraph(_Paragraph):
    _measured: tuple[float, tuple[float, float]] | None = None

    def __init__(
        self,
        text: str,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,  # noqa: N803 - reportlab's names
        frags: list[ParaFrag] | None = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
    ) -> None:
        if frags is None and _is_plain(text, style, bulletText):
            assert style is not None  # for mypy: _is_plain checked it
            cleaned = cleanBlockQuotedText(text)
            if cleaned:  # no text parses to no fragment at all
                text, frags = cleaned, _plain_fragment(cleaned, style)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        if (
            self._measured is not None
            and self._measured[0] == availWidth
            and "blPara" in self.__dict__
        ):
            return self._measured[1]
        size = super().wrap(availWidth, availHeight)
        self._measured = (availWidth, size)
        return size

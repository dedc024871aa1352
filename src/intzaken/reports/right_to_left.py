"""Arabic text in the order and the letter forms a reader expects, for reportlab.

Reportlab 5.1 joins Arabic letters only through HarfBuzz (the optional uharfbuzz), and
shapes each word with the font of its first run, so a word such as "(القاهرة)" or
"Rotterdam-अमित" prints boxes; it orders right-to-left text only through rlbidi, which
is not on PyPI. So the app does both before reportlab sees the text: arabic-reshaper
turns each letter into its joined form (the Arabic Presentation Forms, which DejaVu
Sans has), and each stretch of Arabic is then reversed into visual order, keeping a
letter with its vowel marks and a number's digits in their order.

What this does not do: a stretch of Arabic that wraps onto a second line prints its
lines in the wrong order (the first line shows the end), and text copied from the PDF
comes out in visual order and joined forms. Names and short values, what the registers
hold in Arabic, print correctly.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# Arabic letters (basic, supplement, extended-A, presentation forms A and B), with the
# spaces between them: one stretch reads right to left as a whole.
_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
STRETCH = re.compile(f"[{_LETTERS}]+(?:[ \u00a0]+[{_LETTERS}]+)*")
# What keeps its order when a stretch is reversed: a letter with the marks after it, a
# number written in Arabic-Indic digits.
_UNIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]+|.[\u064b-\u065f\u0670\u06d6-\u06ed]*", re.DOTALL)


def has_arabic(value: str) -> bool:
    return not value.isascii() and STRETCH.search(value) is not None


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper  # only text with Arabic pays for the import

    # Vowel marks are kept (the default drops them): the text prints as typed.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _visual(stretch: str) -> str:
    return "".join(reversed(_UNIT.findall(_reshaper().reshape(stretch))))


def visual_order(value: str) -> str:
    """`value` with each stretch of Arabic joined and in visual (right-to-left) order."""
    if not has_arabic(value):
        return value
    return STRETCH.sub(lambda match: _visual(match.group()), value)

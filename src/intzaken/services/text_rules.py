"""Which characters a stored text may hold, and how it is tidied: one rule for every way
in (a form, an import, a travel copy's merge), applied by the services (`Checker.text`)
and by the import's cells (exchange/cells.py) with the same outcome.

A control character has no business in a name or a note: NUL ends the text in C
programs, a vertical tab or form feed breaks an XML file (Excel) and U+0085, U+2028 and
U+2029 are line breaks that some programs honour and others do not, so a one-line field
would reach an iCalendar file or a report as two lines. Format characters (Cf) are
refused too (a right-to-left override makes "exe.pdf" of "fdp.exe"), except the joiners
and the soft hyphen that Persian, Indic scripts and emoji sequences need.
"""

from __future__ import annotations

import unicodedata

from ..i18n import _

_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_NEEDED_FORMAT = frozenset("\u200c\u200d\u00ad")  # zero-width non-joiner, joiner; soft hyphen
_LINE_BREAKS = frozenset("\n\t")  # what a multi-line text keeps (after tidy_multi_line)


def _stray(text: str, kept: frozenset[str]) -> list[str]:
    if text.isprintable():
        # Printable text has no character of these categories (isprintable() refuses all
        # of them and more): the usual text is answered without a look at each character.
        return []
    return list(
        dict.fromkeys(
            c
            for c in text
            if unicodedata.category(c) in _REFUSED_CATEGORIES
            and c not in kept
            and c not in _NEEDED_FORMAT
        )
    )


def text_fault(text: str, *, multiline: bool) -> str | None:
    """What is wrong with `text` for a field, as the end of a sentence that starts with
    the field's name ("... contains control characters ..."); None when nothing is. A
    multi-line text is judged as `tidy_multi_line` leaves it."""
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stray = _stray(text, _LINE_BREAKS if multiline else frozenset())
    if not stray:
        return None
    if not multiline and set(stray) <= set("\n\r\t"):
        return _("may not run over several lines here.")
    shown = ", ".join(f"U+{ord(c):04X}" for c in stray)
    return _("contains control characters that do not belong in it ({characters}).").format(
        characters=shown
    )


def visible(text: str) -> str:
    """`text` to quote in a message: each refused character as U+FFFD, the sign for a
    character that cannot be shown, so the message itself holds none of them."""
    stray = _stray(text, frozenset())
    return "".join("\ufffd" if c in stray else c for c in text) if stray else text


def tidy_single_line(text: str) -> str:
    """Spaces at the ends off and every run of spaces inside one space, so that a name
    typed with two spaces and the same name in an import are the same name."""
    return " ".join(text.split())


def tidy_multi_line(text: str) -> str:
    """Line breaks of Windows and old Macs as "\\n", and no empty lines at the ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()

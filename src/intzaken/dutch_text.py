"""A text constant that is Dutch as a string and in the current language when shown.

Some constants are compared and matched as strings by code that reads Dutch output (the
command line's lines, a history sifted for a travel copy): `"... " + reason` or
`line.endswith(reason)` must keep meaning the Dutch text. `DutchText` is that Dutch string
(equal to it, hashed as it, its str methods work on it), made from an English message id,
and turns into the current language where it is shown: `str()`, an f-string, `format`.
"""

from __future__ import annotations

from .i18n import _, dutch


class DutchText(str):
    """`DutchText(N_("unreadable line"))` == "onleesbare regel"; f"{it}" in the current
    language."""

    message_id: str

    def __new__(cls, message_id: str) -> DutchText:
        text = super().__new__(cls, dutch(message_id))
        text.message_id = message_id
        return text

    def __str__(self) -> str:
        return _(self.message_id)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

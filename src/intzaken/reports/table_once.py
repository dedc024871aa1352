"""A Table that works out its row heights and column positions once per width.

Platypus measures a table each time it considers it: a trip block (KeepWhole) measures
all its parts, and the frame measures the table again where it places it; reportlab's
Table recomputes its spans, row heights and column positions on every call although
nothing about the table has changed. In the annual overview that is a thousand cost
tables measured twice.

The measurement depends on the width and, for a table taller than the room (reportlab
then stops measuring rows once the room is full), on the height offered. So the last
measurement is reused only for the same width, when it covered every row and the whole
table fits in the height now offered: measuring afresh would then give the same result.
Anything else (less room, a split) measures as reportlab does.
"""

from __future__ import annotations

from reportlab.platypus import Table as _Table


class Table(_Table):
    _measured_width: float | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 - reportlab's names
        if (self._measured_width == availWidth
                and None not in self._rowHeights and self._height <= availHeight):
            return
        self._measured_width = None
        super()._calc(availWidth, availHeight)
        self._measured_width = availWidth

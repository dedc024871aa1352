"""A Paragraph that breaks its lines once per width.

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
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph


class Paragraph(_Paragraph):
    _measured: tuple[float, tuple[float, float]] | None = None

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

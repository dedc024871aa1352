"""A block kept on one page whole, without weighing its headings twice.

A trip block is a KeepTogether, and its heading, subject and dates have keepWithNext in
their style so that they never end a page when a block is longer than a page. Platypus
lays out a KeepTogether by handing back its parts, and then groups the parts with
keepWithNext into a second KeepTogether, which measures them all again (and copies the
frame to do so). When the whole block lands in one frame, keeping its first parts
together is already done, so the parts here lose keepWithNext, as reportlab itself clears
it on the parts it has grouped. A block that does not fit on a page keeps it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import FrameBreak

# Room to spare before a block counts as fitting, so rounding never decides.
MARGIN = 1.0


class KeepWhole(KeepTogether):
    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab's names
        parts = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        if parts and isinstance(parts[0], type(FrameBreak)):
            if frame is None:
                return parts
            room = frame._height  # from the top of the next frame: ours are all alike
        else:
            room = aH
        if room >= self._H + MARGIN:
            for part in self._content:
                if part.getKeepWithNext():
                    part.__dict__["keepWithNext"] = 0
        return parts

"""Drawing that repeats unchanged, made once per document as a PDF form (an XObject) and
placed by reference wherever it repeats.

A form holds the very operators the drawing would have written to the page, in the
coordinates it was drawn in, and is painted in the graphics state it is invoked in, so
the page looks the same; what it sets (colour, font) ends with it. Reportlab writes the
form once, however often a page invokes it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable

from reportlab.pdfgen.canvas import Canvas

# Per canvas (one per layout pass): what was drawn -> name of its form.
_FORMS: weakref.WeakKeyDictionary[Canvas, dict[Hashable, str]] = weakref.WeakKeyDictionary()


def place(canvas: Canvas, key: Hashable, draw: Callable[[], None]) -> None:
    """Invoke the form of what `draw()` draws on `canvas`, equal for equal `key`s; the
    first time, make it by calling `draw()`."""
    if not canvas._code:
        # beginForm keeps the page's operators aside only when there are any: otherwise
        # endForm would reset the page's accumulators. Drawn in place instead.
        draw()
        return
    forms = _FORMS.setdefault(canvas, {})
    name = forms.get(key)
    if name is None:
        name = f"IntzakenDrawnOnce{len(forms)}"
        canvas.beginForm(name)
        draw()
        canvas.endForm()
        forms[key] = name
    canvas.doForm(name)

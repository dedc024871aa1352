"""Charts for the reports, drawn with matplotlib off-screen and placed as images.

matplotlib is imported inside the drawing function: it is slow to import and only the
reports need it. The object API (Figure + Agg canvas, no pyplot) keeps no global state,
so charts can be drawn in a worker thread. Images are 200 dpi bitmaps drawn in the
report's own font, sharp on paper; reportlab cannot place vector output of matplotlib
without extra libraries. The Agg canvas's pixels go to reportlab as they are: a PNG in
between was compressed by matplotlib only to be decompressed by reportlab.
"""

from __future__ import annotations

import functools
import textwrap
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from .fonts import BOLD, FALLBACK_FILES, FAMILY, fallback_for, font_file, needs_fallback
from .pdf import FRAME_WIDTH
from .picture_xobject import draw_picture
from .right_to_left import visual_order

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType
    from PIL import Image

DPI = 200
PALETTE = ("#154273", "#7FA3C9", "#D9822B", "#8FB996")
TEXT = "#1A1A1A"
GRID = "#D5DCE4"
REFERENCE = "#E3E8EE"
HATCH = "////"  # a questioned figure's bar

_font_lock = threading.Lock()
_font_added = False


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Decimal]


def _use_report_font() -> None:
    global _font_added
    from matplotlib import font_manager

    with _font_lock:
        if not _font_added:
            for name in (FAMILY, BOLD):
                font_manager.fontManager.addfont(str(font_file(name)))
            _font_added = True


@functools.cache
def _fallback_family(name: str) -> str:
    """Matplotlib's name for fallback font `name`, added to its fonts on first use."""
    from matplotlib import font_manager

    path = str(font_file(name))
    with _font_lock:
        font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def _families(texts: Sequence[str]) -> list[str]:
    """DejaVu Sans, then the fallbacks `texts` need: matplotlib takes each character
    from the first family in the list that has it (as the PDF's text does, fonts.runs)."""
    needed = {fallback_for(c) for text in texts if needs_fallback(text) for c in text}
    return ["DejaVu Sans", *(_fallback_family(name) for name in FALLBACK_FILES if name in needed)]


class Picture(Flowable):
    """A bitmap the width of the frame."""

    def __init__(self, pixels: ImageReader, height: float) -> None:
        super().__init__()
        self.pixels, self.width, self.height = pixels, FRAME_WIDTH, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        return self.width, self.height

    def draw(self) -> None:
        draw_picture(self.canv, self.pixels, self.width, self.height)


def _image(figure: Figure) -> Image.Image:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    figure.set_facecolor("white")
    figure.set_edgecolor("white")
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # drawn off-screen (see bar_chart)
    canvas.draw()
    # Opaque (a white figure): RGB is all there is to keep.
    pixels = Image.frombuffer(
        "RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1
    ).convert("RGB")
    return pixels


def bar_chart(categories: Sequence[str], series: Sequence[Series], **options: Any) -> Picture:
    """The chart as a picture the width of the PDF's frame (options: see bar_chart_pixels)."""
    height_mm = options.get("height_mm", 75)
    return Picture(ImageReader(bar_chart_pixels(categories, series, **options)), height_mm * mm)


def bar_chart_pixels(
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    value_text: Callable[[float], str],
    horizontal: bool = False,
    stacked: bool = True,
    value_label: str = "",
    height_mm: float = 75,
    reference: Sequence[Decimal] | None = None,
    reference_name: str = "",
    marked: Mapping[int, str] | None = None,
    marked_name: str = "",
) -> Image.Image:
    """Bars per category, stacked per series; `reference` (a budget) is a pale bar behind each.
    `marked` categories (index: the numbers of their notes) are hatched, with the numbers
    at the end of the bar and `marked_name` in the legend: a figure in doubt is seen as
    such, also without colour.

    Amounts stay Decimal up to here and become floats only as drawing coordinates.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    _use_report_font()
    # Labels as the PDF's text prints them: Arabic joined, right to left.
    categories = [visual_order(c) for c in categories]
    series = [Series(visual_order(s.name), s.values) for s in series]
    rc: dict[RcKeyType, Any] = {
        "font.family": _families([*categories, *(s.name for s in series)]),
        "font.size": 8,
        "text.color": TEXT,
        "axes.labelcolor": TEXT,
        "xtick.color": TEXT,
        "ytick.color": TEXT,
    }
    import matplotlib

    with matplotlib.rc_context(rc):
        figure = Figure(figsize=(FRAME_WIDTH / mm / 25.4, height_mm / 25.4), dpi=DPI)
        # The Agg canvas from the start: tight_layout then measures the text with the
        # renderer that draws it, instead of first setting up a dry run of a PNG export
        # to get one.
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        positions = list(range(len(categories)))
        base = [0.0] * len(categories)
        bar = axes.barh if horizontal else axes.bar
        if reference is not None:
            # The reference (a budget) as a wide pale bar behind what fills it.
            bar(
                positions,
                [float(v) for v in reference],
                0.75,
                color=REFERENCE,
                label=reference_name,
            )
        ends = [0.0] * len(categories)  # where each category's bars end, for its mark
        for index, each in enumerate(series):
            values = [float(v) for v in each.values]
            offset = base if stacked else None
            kwargs: dict[str, Any] = {"left": offset} if horizontal else {"bottom": offset}
            bars = bar(
                positions,
                values,
                0.45 if reference is not None else 0.6,
                color=PALETTE[index % len(PALETTE)],
                label=each.name,
                **kwargs,
            )
            for position in marked or {}:
                bars.patches[position].set_hatch(HATCH)
                bars.patches[position].set_edgecolor(TEXT)
            if stacked:
                base = [b + v for b, v in zip(base, values, strict=True)]
                ends = base
            else:
                ends = [max(e, v) for e, v in zip(ends, values, strict=True)]
        if marked:
            _mark(axes, marked, ends, horizontal=horizontal)
        formatter = FuncFormatter(lambda value, _pos: value_text(value))
        if horizontal:
            axes.set_yticks(positions, labels=[textwrap.fill(c, 30) for c in categories])
            axes.invert_yaxis()
            axes.xaxis.set_major_formatter(formatter)
            axes.xaxis.set_major_locator(MaxNLocator(6))
            axes.grid(axis="x", color=GRID, linewidth=0.6)
            axes.set_xlabel(value_label)
        else:
            axes.set_xticks(positions, labels=list(categories))
            axes.yaxis.set_major_formatter(formatter)
            axes.yaxis.set_major_locator(MaxNLocator(6))
            axes.grid(axis="y", color=GRID, linewidth=0.6)
            axes.set_ylabel(value_label)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            axes.spines[side].set_color("#8A96A3")
        axes.tick_params(length=0)
        if len(series) > 1 or reference is not None or marked:
            handles, labels = axes.get_legend_handles_labels()
            if marked:
                from matplotlib.patches import Patch

                # A series in its own colour, unhatched even when its first bar is
                # marked (matplotlib's legend copies the first bar), then the hatching.
                colours = [REFERENCE] if reference is not None else []
                colours += [PALETTE[index % len(PALETTE)] for index in range(len(series))]
                handles = [Patch(facecolor=colour) for colour in colours]
                handles.append(Patch(facecolor="white", edgecolor=TEXT, hatch=HATCH))
                labels.append(marked_name)
            # Below the chart, so it never covers a bar.
            axes.legend(
                handles,
                labels,
                frameon=False,
                loc="upper center",
                bbox_to_anchor=(0.5, -0.1),
                ncol=len(handles),
                fontsize=8,
            )
        figure.tight_layout()
        return _image(figure)


def _mark(axes: Any, marked: Mapping[int, str], ends: Sequence[float], *, horizontal: bool) -> None:
    """The note numbers just past the end of each marked bar, in bold."""
    for position, numbers in marked.items():
        end = ends[position]
        if horizontal:
            place: dict[str, Any] = {"xy": (end, position), "xytext": (3, 0), "va": "center"}
        else:
            place = {"xy": (position, end), "xytext": (0, 2), "ha": "center", "va": "bottom"}
        axes.annotate(
            f"({numbers})",
            textcoords="offset points",
            fontweight="bold",
            annotation_clip=False,
            **place,
        )
    # Room for the numbers beyond the longest bar.
    axes.margins(**({"x": 0.08} if horizontal else {"y": 0.1}))

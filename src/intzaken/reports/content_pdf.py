"""The content model (content.py) laid out as reportlab flowables, in the house style."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from .charts import Picture, bar_chart
from .content import (
    Block,
    Chart,
    Gap,
    Grid,
    Heading,
    Illustration,
    NewPage,
    Pairs,
    Text,
    Together,
)
from .keep_whole import KeepWhole
from .markup import text
from .pdf import heading
from .styles import styles
from .tables import data_table, key_value_table
from .wrap_once import Paragraph


def flowables(blocks: Sequence[Block]) -> list[Flowable]:
    result: list[Flowable] = []
    for block in blocks:
        result += _flowables(block)
    return result


def grid_table(grid: Grid) -> Flowable:
    return data_table(
        grid.header,
        grid.rows,
        grid.fractions,
        numeric=grid.numeric,
        total=grid.total,
        groups=grid.groups,
    )


def _flowables(block: Block) -> list[Flowable]:
    if isinstance(block, Text):
        return [Paragraph(text(block.text), styles()[block.style])]
    if isinstance(block, Heading):
        return [heading(text(block.text), block.level, toc=block.toc)]
    if isinstance(block, Gap):
        return [Spacer(0, block.mm * mm)]
    if isinstance(block, NewPage):
        return [PageBreak()]
    if isinstance(block, Grid):
        return [grid_table(block)]
    if isinstance(block, Pairs):
        return [key_value_table(block.pairs, label_fraction=block.label_fraction)]
    if isinstance(block, Chart):
        picture = bar_chart(block.categories, block.series, **block.drawing())
        # The figures under the picture: what the bars show, for whoever cannot see them.
        return [
            picture,
            Spacer(0, 2 * mm),
            grid_table(block.figures()),
            *flowables(block.notes()),
            Spacer(0, 4 * mm),
        ]
    if isinstance(block, Illustration):
        return [Picture(ImageReader(block.pixels()), block.height_mm * mm), Spacer(0, 2 * mm)]
    if isinstance(block, Together):
        parts = flowables(block.blocks)
        return [KeepWhole(parts) if block.whole else KeepTogether(parts)]
    raise TypeError(f"not a report block: {block!r}")

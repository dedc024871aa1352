"""The content model (content.py) laid out as reportlab flowables, in the house style."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

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
    Signatures,
    Text,
    Together,
)
from .fonts import FAMILY
from .keep_whole import KeepWhole
from .markup import text
from .pdf import FRAME_WIDTH, heading
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
    if isinstance(block, Signatures):
        return [KeepTogether([signature_table(block)])]
    if isinstance(block, Together):
        parts = flowables(block.blocks)
        return [KeepWhole(parts) if block.whole else KeepTogether(parts)]
    raise TypeError(f"not a report block: {block!r}")


# Room for a signature between a signatory's role and name.
SIGNING_ROOM = 16 * mm


def signature_table(block: Signatures) -> Table:
    """The signatories side by side: role, room to sign, name."""
    body = styles()["Body"]
    columns = len(block.signers)
    data = [
        [Paragraph(text(role), body) for role, _name in block.signers],
        [""] * columns,
        [Paragraph(text(name), body) for name in block.names()],
    ]
    table = Table(
        data,
        colWidths=[FRAME_WIDTH / max(columns, 2)] * columns,
        rowHeights=[None, SIGNING_ROOM, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # Our font in the empty cells too: reportlab's default, Helvetica, would
                # be referenced without being embedded.
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table

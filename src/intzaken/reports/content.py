"""What a report says, apart from how it is printed: one content model for the PDF and the
Word version of the same report.

A report module that offers both (the annual overview, the planned-trips letter) builds a
list of these blocks once; `content_pdf` lays them out with reportlab, `docx_writer`
writes them as a Word document. Texts are plain, exactly as typed: each writer escapes
or styles them itself. Amounts are already formatted (Babel, in the report's language),
so both versions print the same figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

from .charts import Series

if TYPE_CHECKING:
    from PIL import Image

# Paragraph styles both writers know: the house style's names (styles.py).
TEXT_STYLES = ("Title", "Subtitle", "Body", "Lead", "Meta", "Small")


@dataclass(frozen=True)
class Text:
    """A paragraph of plain text; newlines in it are line breaks."""

    text: str
    style: str = "Body"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 0  # 0: a chapter, 1: a section in it
    toc: bool = True


@dataclass(frozen=True)
class Gap:
    """Vertical room between blocks (the PDF's; Word spaces paragraphs itself)."""

    mm: float


@dataclass(frozen=True)
class NewPage:
    pass


@dataclass(frozen=True)
class Grid:
    """A table with header row(s) that repeat on every page; `numeric` columns are
    right-aligned, `total` is a bold last row, `groups` a row above the header naming
    groups of columns: (text, number of columns)."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    fractions: Sequence[float]
    numeric: Sequence[int] = ()
    total: Sequence[str] | None = None
    groups: Sequence[tuple[str, int]] = ()


@dataclass(frozen=True)
class Pairs:
    """Label and value rows (key figures)."""

    pairs: Sequence[tuple[str, str]]
    label_fraction: float = 0.27


@dataclass(frozen=True)
class Chart:
    """A bar chart, with its figures also as a table: readable without seeing colours
    or the picture at all. `description` is the picture's alternative text."""

    description: str
    category_label: str  # heads the first column of the figures table
    categories: Sequence[str]
    series: Sequence[Series]
    value_text: Callable[[Decimal | float], str]
    horizontal: bool = False
    value_label: str = ""
    height_mm: float = 75
    # The figures table's notation, where it should be exact and the axis rounds (€).
    figure_text: Callable[[Decimal], str] | None = None
    # Figures the plausibility check questions: (category index, the finding's text),
    # numbered in this order. Printed as recorded, but marked in the picture, in the
    # figures table and in a note under it: the council must not take them on trust.
    marks: Sequence[tuple[int, str]] = ()

    def mark_numbers(self) -> dict[int, str]:
        """Per marked category the numbers of its notes: {10: "1"}, {2: "2, 3"}."""
        numbers: dict[int, list[str]] = {}
        for number, (index, _finding) in enumerate(self.marks, start=1):
            numbers.setdefault(index, []).append(str(number))
        return {index: ", ".join(each) for index, each in numbers.items()}

    def alt_text(self) -> str:
        """The picture's alternative text: the description, and what its hatching means."""
        if not self.marks:
            return self.description
        return f"{self.description} {_texts()['hatched']}"

    def drawing(self) -> dict[str, Any]:
        """The keyword arguments of charts.bar_chart(_pixels) for this chart."""
        return {
            "value_text": self.value_text,
            "horizontal": self.horizontal,
            "value_label": self.value_label,
            "height_mm": self.height_mm,
            "marked": {
                index: _first_numbers(numbers) for index, numbers in self.mark_numbers().items()
            },
            "marked_name": _texts()["marked"] if self.marks else "",
        }

    def figures(self) -> Grid:
        """The chart's figures as a table: a row per category, a column per series (and
        one naming the notes of marked figures)."""
        shown = self.figure_text or self.value_text
        notes = self.mark_numbers()
        note_column = [notes.get(index, "") for index in range(len(self.categories))]
        rows = [
            [category, *(shown(one.values[index]) for one in self.series)]
            + ([note_column[index]] if notes else [])
            for index, category in enumerate(self.categories)
        ]
        total: list[str] | None = None
        if len(self.categories) > 1:
            total = [
                _texts()["total"],
                *(shown(sum(one.values, Decimal(0))) for one in self.series),
            ] + ([""] if notes else [])
        return Grid(
            [self.category_label, *(one.name for one in self.series)]
            + ([_texts()["note"]] if notes else []),
            rows,
            [2.2] + [1.0] * len(self.series) + ([0.6] if notes else []),
            numeric=tuple(range(1, len(self.series) + 1)),
            total=total,
        )

    def notes(self) -> list[Text]:
        """Under the figures: what is questioned about each marked figure."""
        if not self.marks:
            return []
        texts = _texts()
        return [Text(texts["notes"], "Small")] + [
            Text(
                texts["one note"].format(
                    number=number, category=self.categories[index], finding=finding
                ),
                "Small",
            )
            for number, (index, finding) in enumerate(self.marks, start=1)
        ]


# The picture names this many notes of one bar; the figures table under it names all.
# A year with many questioned trips (a large archive) would run its label off the page.
CHART_NOTES = 3


def _first_numbers(numbers: str) -> str:
    """ "1, 2, 3, 4, 5" as "1, 2, 3 …" for the picture; the table names every note."""
    each = numbers.split(", ")
    return numbers if len(each) <= CHART_NOTES else ", ".join(each[:CHART_NOTES]) + " …"


@dataclass(frozen=True)
class Illustration:
    """A picture the width of the page (a map), drawn when the report is written;
    `description` is its alternative text, `title` its short name."""

    pixels: Callable[[], Image.Image]
    description: str
    height_mm: float
    title: str = ""


@dataclass(frozen=True)
class Signatures:
    """Who signs a letter, side by side: (role, name) each, with room to sign between
    them. A name nobody knows prints as a line to fill in, never as someone else's."""

    signers: Sequence[tuple[str, str]]

    def names(self) -> list[str]:
        return [name or BLANK_NAME for _role, name in self.signers]


BLANK_NAME = "_" * 24


@dataclass(frozen=True)
class Together:
    """Blocks kept on one page when they fit (`whole`: as a trip block of the annual
    overview, which moves to the next page whole)."""

    blocks: Sequence[Block] = field(default_factory=list)
    whole: bool = False


Block: TypeAlias = (
    Text | Heading | Gap | NewPage | Grid | Pairs | Chart | Illustration | Signatures | Together
)


def _texts() -> dict[str, str]:
    """The words this model adds itself, in the report's language."""
    from ..i18n import _

    return {
        "total": _("Total"),
        "note": _("Note"),
        "marked": _("Questioned (see the note)"),
        "notes": _(
            "Notes: the plausibility check questions these figures; they are printed as recorded."
        ),
        "one note": _("{number}. {category}: {finding}"),
        "hatched": _(
            "Hatched bars hold a figure the plausibility check questions; the notes under "
            "the table say why."
        ),
    }


def plain_paragraphs(value: str | None) -> list[str]:
    """Typed text split at blank lines, each part one paragraph (plain text)."""
    if not value:
        return []
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]


def body(value: str | None, style: str = "Body") -> list[Block]:
    return [Text(p, style) for p in plain_paragraphs(value)]


def walk(blocks: Sequence[Block]) -> list[Block]:
    """All blocks in reading order, those inside a Together included."""
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Together):
            result += walk(block.blocks)
        else:
            result.append(block)
    return result

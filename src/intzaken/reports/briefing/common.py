"""Small pieces every part of the briefing pack prints with: bullet lists, label and
value rows that leave out what is empty, people's names with function and organisation,
a programme item's time."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ...domain.models import Contact, ProgrammeItem
from ..markup import text
from ..pdf import FRAME_WIDTH
from ..styles import styles
from ..tables import Cell, key_value_table


def non_empty_lines(value: str) -> list[str]:
    """The lines of a text typed one point a line, without blank ones."""
    return [line.strip() for line in value.replace("\r\n", "\n").split("\n") if line.strip()]


def bullets(items: Sequence[str], style: str = "Cell") -> Paragraph:
    """Points one per line, each with a bullet, printed exactly as typed."""
    return Paragraph("<br/>".join(f"•&nbsp;{text(item)}" for item in items), styles()[style])


def cell_lines(items: Sequence[str]) -> Paragraph:
    return Paragraph("<br/>".join(text(item) for item in items), styles()["Cell"])


def present_rows(
    pairs: Sequence[tuple[str, Cell | str | None]],
    label_fraction: float = 0.25,  # room for "Kernboodschappen" on one line
    width: float = FRAME_WIDTH,
) -> list[Flowable]:
    """A label and value table of only the rows that have a value: nothing prints as an
    empty row or a dash, and no table at all when every value is empty."""
    kept = [(label, value) for label, value in pairs if value not in (None, "", [])]
    return [key_value_table(kept, label_fraction, width)] if kept else []


def person(contact: Contact) -> str:
    """Li Wei, Director, Port of Shanghai: name with what of function and organisation
    is known."""
    return ", ".join(
        part for part in (contact.name, contact.function, contact.organisation) if part
    )


def reach(contact: Contact) -> str:
    """Phone and e-mail address, each on a line of its own (a cell breaks a long one
    inside the word, never the other)."""
    return "\n".join(part for part in (contact.phone, contact.email) if part)


def item_time(item: ProgrammeItem, trip_zone: str) -> str:
    """09:00–10:30, with the time zone named where the item is not in the trip's."""
    if item.time is None:
        return ""
    shown = f"{item.time:%H:%M}" + (f"–{item.end_time:%H:%M}" if item.end_time else "")
    if item.time_zone and item.time_zone != trip_zone:
        shown += f" ({item.time_zone})"
    return shown


def titled(title: str, table: Flowable) -> Flowable:
    """A sub-heading with its table, moved to the next page together rather than the
    heading left alone at the foot of a page; a table longer than a page still splits."""
    return KeepTogether([Paragraph(text(title), styles()["Heading3"]), table])

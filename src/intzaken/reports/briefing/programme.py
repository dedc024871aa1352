"""The programme day by day: for each item when, what, who (with function and
organisation), where (with the address), why, the talking points and questions, dress
code and gifts; only what is known is printed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby

from reportlab.platypus import Flowable, Paragraph

from ...domain.models import ProgrammeItem, Trip
from ...formatting import weekday_date
from ...i18n import _
from ..keep_whole import KeepWhole
from ..markup import paragraphs, text
from ..pdf import heading
from ..styles import styles
from .common import bullets, cell_lines, item_time, non_empty_lines, person, present_rows


def _who(item: ProgrammeItem) -> Paragraph | None:
    if not item.contacts:
        return None
    return cell_lines([person(c) for c in item.contacts])


def _where(item: ProgrammeItem) -> str:
    return ", ".join(part for part in (item.place, item.address) if part)


def _why(item: ProgrammeItem) -> Paragraph | None:
    parts = paragraphs(item.purpose)
    return Paragraph("<br/><br/>".join(parts), styles()["Cell"]) if parts else None


def _points(value: str) -> Paragraph | None:
    lines = non_empty_lines(value)
    return bullets(lines) if lines else None


def item_flowables(item: ProgrammeItem, trip: Trip) -> list[Flowable]:
    s = styles()
    when = item_time(item, trip.time_zone)
    title = f"<b>{text(when)}</b>&nbsp;&nbsp;{text(item.activity)}" if when else text(item.activity)
    attending = (
        cell_lines([official.name for official in item.attendees]) if item.attendees else None
    )
    details = present_rows(
        [
            (_("Who"), _who(item)),
            (_("Where"), _where(item)),
            (_("Why"), _why(item)),
            (_("Talking points"), _points(item.talking_points)),
            (_("Questions"), _points(item.questions)),
            (_("Attending"), attending),
            (_("Dress code"), item.dress_code),
            (_("Gifts"), item.gifts),
        ],
        0.2,
    )
    if not details:
        # A bare item (a transfer, a meal) is one line.
        return [Paragraph(title, s["Body"])]
    return [Paragraph(title, s["Lead"]), *details]


def programme(trip: Trip) -> list[Flowable]:
    """Nothing when no programme is recorded: the pack leaves the section out."""
    if not trip.programme:
        return []
    story: list[Flowable] = [heading(_("Programme"), 0)]
    if trip.time_zone:
        story.append(
            Paragraph(
                text(_("All times are local ({zone}).").format(zone=trip.time_zone)),
                styles()["Small"],
            )
        )
    for day, items in groupby(trip.programme, key=lambda item: item.day):
        story += keep_items(heading(text(weekday_date(day)), 1), items, trip, item_flowables)
    return story


def keep_items(
    day_heading: Flowable,
    items: Iterable[ProgrammeItem],
    trip: Trip,
    parts: Callable[[ProgrammeItem, Trip], list[Flowable]],
) -> list[Flowable]:
    """Each item kept whole where it fits a page (a longer one splits between its
    rows), the day's heading with its first item: platypus keeps a heading with the
    next flowable only when that is not itself a block kept together."""
    blocks: list[Flowable] = []
    for index, item in enumerate(items):
        block = parts(item, trip)
        blocks.append(KeepWhole(([day_heading] if index == 0 else []) + block))
    return blocks

"""Who's who: everyone the delegation meets (the people of the programme, the hosts and
the contact on the ground), with function, organisation, photo, how to reach them, where
they are met on this trip and when the city's officials met them before."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, TableStyle

from ...domain.models import Contact, Trip
from ...formatting import short_date
from ...i18n import _
from ...services.briefing_facts import EarlierMeeting
from ..fonts import FAMILY
from ..keep_whole import KeepWhole
from ..markup import text
from ..pdf import FRAME_WIDTH, heading
from ..styles import styles
from ..table_once import Table
from .common import cell_lines, present_rows, reach

log = logging.getLogger(__name__)

PHOTO_WIDTH = 24 * mm
RASTER = {"image/png", "image/jpeg"}
EARLIER_SHOWN = 5  # the most recent meetings; a long history is for the register


def people_met(trip: Trip) -> list[Contact]:
    """Everyone the delegation meets, in the order they first appear: hosts, the
    programme, the contact on the ground."""
    found: dict[int, Contact] = {}
    for host in trip.hosts:
        found.setdefault(host.contact_id, host.contact)
    for item in trip.programme:
        for contact in item.contacts:
            found.setdefault(contact.id, contact)
    if trip.ground_contact is not None:
        found.setdefault(trip.ground_contact.id, trip.ground_contact)
    return list(found.values())


def _photo(contact: Contact) -> Image | None:
    if not contact.photo or contact.photo_media_type not in RASTER:
        return None
    try:
        reader = ImageReader(io.BytesIO(contact.photo))
        width, height = reader.getSize()
    except Exception:  # a damaged photo must not stop the pack
        log.warning("photo of contact %s cannot be read; left out", contact.id)
        return None
    return Image(io.BytesIO(contact.photo), PHOTO_WIDTH, PHOTO_WIDTH * height / width)


def _earlier(meetings: list[EarlierMeeting]) -> Paragraph | None:
    if not meetings:
        return None
    shown = []
    for meeting in meetings[:EARLIER_SHOWN]:
        who = ", ".join(meeting.travellers)
        shown.append(
            f"{short_date(meeting.day)}: {meeting.activity} ({meeting.trip_title}"
            + (f"; {who}" if who else "")
            + ")"
        )
    if len(meetings) > EARLIER_SHOWN:
        shown.append(_("and {count} earlier").format(count=len(meetings) - EARLIER_SHOWN))
    return cell_lines(shown)


def _roles(contact: Contact, trip: Trip) -> list[str]:
    result = [
        _("host") + (f" ({host.role})" if host.role else "")
        for host in trip.hosts
        if host.contact_id == contact.id
    ]
    if trip.ground_contact_id == contact.id:
        result.append(_("contact on the ground"))
    result += [
        f"{short_date(item.day)} {item.activity}"
        for item in trip.programme
        if contact.id in item.contact_ids
    ]
    return result


def person_parts(contact: Contact, trip: Trip, earlier: list[EarlierMeeting]) -> list[Flowable]:
    s = styles()
    photo = _photo(contact)
    # With a photo the text goes beside it, narrower by its width.
    inner = FRAME_WIDTH - PHOTO_WIDTH - 4 * mm if photo is not None else FRAME_WIDTH
    roles = _roles(contact, trip)
    details = present_rows(
        [
            (_("Function"), contact.function),
            (_("Organisation"), contact.organisation),
            (_("Reach"), reach(contact)),
            (_("On this trip"), cell_lines(roles) if roles else None),
            (_("Met before"), _earlier(earlier)),
            (_("Notes"), contact.notes),
        ],
        0.3,
        inner,
    )
    name = Paragraph(text(contact.name), s["Lead"])
    if photo is None:
        return [name, *details]
    grid = Table([[photo, [name, *details]]], colWidths=[PHOTO_WIDTH + 4 * mm, inner])
    grid.setStyle(
        TableStyle(
            [
                # reportlab names a font for every cell, Helvetica unless told: ours.
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [grid]


def whos_who(trip: Trip, earlier: dict[int, list[EarlierMeeting]]) -> list[Flowable]:
    people = people_met(trip)
    if not people:
        return []
    blocks = [person_parts(contact, trip, earlier.get(contact.id, [])) for contact in people]
    # Each person on one page, the heading with the first (platypus keeps a heading
    # with the next flowable only when that is not itself a block kept together).
    blocks[0].insert(0, heading(_("Who's who"), 0))
    return [KeepWhole(block) for block in blocks]

"""The front of the briefing pack: the cover (with the contents when the pack is long
enough to need them) and "In één oogopslag", everything the official must know on one
page."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from ...domain.labels import label
from ...domain.models import CountryFacts, Trip
from ...domain.titles import titled_name
from ...formatting import weekday_date
from ...i18n import _
from ...services.briefing_facts import important_meetings
from ...services.map_data import MapData
from ..destinations_map import route_map
from ..markup import paragraphs, text
from ..pdf import FRAME_HEIGHT, FRAME_WIDTH, heading, table_of_contents
from ..styles import styles
from ..tables import key_value_table
from ..wording import places_text, trip_heading, trip_when
from .common import bullets, cell_lines, item_time, non_empty_lines, person, present_rows

# What "at a glance" prints of a long text before it points to the full one: the page
# is one page whatever was typed, and a summary that is cut says so.
GLANCE_PURPOSE_CHARACTERS = 700
KEY_MESSAGES = 6


def cover(
    trip: Trip,
    as_of: dt.date,
    *,
    with_contents: bool,
    with_delegation: bool = False,
    route: MapData | None = None,
) -> list[Flowable]:
    """The cover; `with_delegation` where no "at a glance" page follows to name it."""
    s = styles()
    delegation = (
        cell_lines(delegation_lines(trip, as_of))
        if with_delegation and (trip.travellers or trip.delegation)
        else None
    )
    story: list[Flowable] = [
        Spacer(0, 20 * mm),
        Paragraph(text(_("Briefing pack")), s["Subtitle"]),
        Paragraph(text(trip.title), s["Title"]),
        Paragraph(text(trip_heading(trip, as_of)), s["Heading2"]),
        Spacer(0, 4 * mm),
        *present_rows(
            [
                (_("Dates"), trip_when(trip)),
                (_("Destinations"), places_text(trip)),
                (_("Kind"), label(trip.kind)),
                (_("Delegation"), delegation),
            ],
            0.27,
        ),
        Spacer(0, 6 * mm),
        *route_map(route),
        Paragraph(_("Internal document to prepare the trip."), s["Small"]),
    ]
    if with_contents:
        # On the cover's free half rather than a page of its own.
        story += [Spacer(0, 8 * mm), Paragraph(_("Contents"), s["Heading2"]), table_of_contents()]
    return story + [PageBreak()]


def delegation_lines(trip: Trip, as_of: dt.date) -> list[str]:
    """Travellers with their titles and roles, then those travelling along."""
    day = trip.start_date or as_of
    result = []
    for traveller in trip.travellers:
        roles = [traveller.role] if traveller.role else []
        if traveller.is_lead and not any("leid" in r or "lead" in r for r in roles):
            roles.insert(0, _("head of delegation"))
        name = titled_name(traveller.official, day, as_of)
        result.append(f"{name} ({', '.join(roles)})" if roles else name)
    for member in trip.delegation:
        who = ", ".join(p for p in (member.name, member.function, member.organisation) if p)
        result.append(f"{who} ({member.role})" if member.role else who)
    return result


def number(phone: str) -> str:
    """A phone number that never wraps inside (no-break spaces)."""
    return phone.replace(" ", "\u00a0")


def emergency_lines(trip: Trip, facts: dict[str, CountryFacts]) -> list[str]:
    """The numbers to call when something goes wrong, most urgent first."""
    result = []
    for code in dict.fromkeys(d.country_code for d in trip.destinations):
        country = facts.get(code)
        if country is None:
            continue
        if country.local_emergency_number:
            result.append(
                _("Local emergency number: {number}").format(
                    number=number(country.local_emergency_number)
                )
            )
        embassy = country.embassy_name or _("Dutch embassy")
        if country.embassy_emergency_phone:
            result.append(
                _("{embassy}, in an emergency: {phone}").format(
                    embassy=embassy, phone=number(country.embassy_emergency_phone)
                )
            )
        if country.embassy_phone:
            result.append(f"{embassy}: {number(country.embassy_phone)}")
    ground = trip.ground_contact
    if ground is not None and ground.phone:
        result.append(
            _("Contact on the ground: {name}, {phone}").format(
                name=ground.name, phone=number(ground.phone)
            )
        )
    for stay in trip.stays:
        if stay.phone:
            where = f" ({stay.address})" if stay.address else ""
            result.append(f"{stay.hotel}{where}: {number(stay.phone)}")
    return result


def purpose_is_cut(trip: Trip) -> bool:
    """Whether "at a glance" prints only the start of the purpose (then the pack prints
    it whole under "About the trip")."""
    plain = trip.purpose.strip()
    return "\n\n" in plain or len(plain) > GLANCE_PURPOSE_CHARACTERS


def about_the_trip(trip: Trip) -> list[Flowable]:
    """The whole purpose where "at a glance" had to cut it, and what the trip achieved
    where that is already known; nothing otherwise."""
    s = styles()
    rows = present_rows(
        [
            (
                _("Purpose"),
                Paragraph("<br/><br/>".join(paragraphs(trip.purpose)), s["Cell"])
                if purpose_is_cut(trip)
                else None,
            ),
            (
                _("Outcomes"),
                Paragraph("<br/><br/>".join(paragraphs(trip.outcomes)), s["Cell"])
                if trip.outcomes.strip()
                else None,
            ),
        ],
        0.27,
    )
    return [heading(_("About the trip"), 0), *rows] if rows else []


def _short(value: str) -> str:
    first = (paragraphs(value) or [""])[0]
    plain = value.strip().split("\n\n")[0].strip()
    if len(plain) <= GLANCE_PURPOSE_CHARACTERS:
        return first
    return text(plain[:GLANCE_PURPOSE_CHARACTERS].rsplit(" ", 1)[0] + " …")


def _meetings(trip: Trip) -> list[Flowable]:
    chosen = important_meetings(trip)
    if not chosen:
        return []
    s = styles()
    story: list[Flowable] = [Paragraph(_("The three most important meetings"), s["Heading3"])]
    rows = []
    for meeting in chosen:
        item = meeting.item
        when = f"{weekday_date(item.day)} {item_time(item, trip.time_zone)}".strip()
        parts = [item.activity] + [person(c) for c in item.contacts[:3]]
        if meeting.reasons:
            parts.append(_("Chosen because: {reasons}").format(reasons="; ".join(meeting.reasons)))
        rows.append((when, cell_lines(parts)))
    story.append(key_value_table(rows, 0.27))
    story.append(
        Paragraph(
            _(
                "Most important: meetings with the trip's hosts (the first host listed "
                "first), then those with talking points prepared, a purpose and the most "
                "people met."
            ),
            s["Small"],
        )
    )
    return story


def key_messages(trip: Trip) -> list[str]:
    """The talking points of the most important meetings (then of the others), each
    once: what the official should say whoever they meet."""
    chosen = [m.item for m in important_meetings(trip)]
    others = [item for item in trip.programme if item not in chosen]
    points = [p for item in chosen + others for p in non_empty_lines(item.talking_points)]
    return list(dict.fromkeys(points))[:KEY_MESSAGES]


def glance_needed(trip: Trip, facts: dict[str, CountryFacts]) -> bool:
    """Whether "at a glance" says more than the cover: without a purpose, meetings, key
    messages or emergency numbers it would repeat the dates, and a bare trip's pack is
    the cover alone."""
    return bool(
        trip.purpose.strip()
        or important_meetings(trip)
        or key_messages(trip)
        or emergency_lines(trip, facts)
    )


def at_a_glance(trip: Trip, facts: dict[str, CountryFacts], as_of: dt.date) -> list[Flowable]:
    s = styles()
    body: list[Flowable] = [
        *present_rows(
            [
                (_("Dates"), trip_when(trip)),
                (_("Destinations"), places_text(trip)),
                (
                    _("Purpose"),
                    Paragraph(_short(trip.purpose), s["Cell"]) if trip.purpose.strip() else None,
                ),
                (
                    _("Delegation"),
                    cell_lines(delegation_lines(trip, as_of))
                    if trip.travellers or trip.delegation
                    else None,
                ),
            ],
            0.27,
        ),
        *_meetings(trip),
    ]
    messages = key_messages(trip)
    if messages:
        body += [Paragraph(_("Key messages"), s["Heading3"]), bullets(messages, "Body")]
    numbers = emergency_lines(trip, facts)
    if numbers:
        body += [Paragraph(_("Emergency numbers"), s["Heading3"]), bullets(numbers, "Body")]
    # One page, always: a summary that would run over is set smaller rather than split.
    room = FRAME_HEIGHT - 40  # below the heading
    return [
        heading(_("At a glance"), 0),
        KeepInFrame(FRAME_WIDTH, room, body, mode="shrink"),
        PageBreak(),
    ]

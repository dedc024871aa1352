"""Briefingsmap: what the travellers take along. A cover, contents with page numbers, the
programme day by day with contacts, a profile of every relation visited (agreements,
earlier visits, contacts), the networks involved, the budget line and the trip card."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from sqlalchemy.orm import Session

from ..domain.labels import label
from ..domain.models import Contact, Network, Relation, Trip
from ..formatting import country_name, long_date, money, percent, short_date, weekday_date
from ..i18n import _
from ..services.budget import budget_use
from ..services.reporting import agreements_of_relation, earlier_visits, get_trip
from ..services.reporting import relations_of_trip as trip_relations
from .job import Job
from .markup import text
from .pdf import Report, heading, table_of_contents
from .relations import holder
from .styles import styles
from .tables import data_table, key_value_table
from .trip_card import card_flowables, lines
from .wording import places_text, themes_text, travellers_text, trip_heading, trip_when


def _contact_lines(contact: Contact | None) -> list[str]:
    if contact is None:
        return []
    return [
        p
        for p in (
            contact.name,
            contact.function,
            contact.organisation,
            contact.email,
            contact.phone,
        )
        if p
    ]


def cover(trip: Trip, as_of: dt.date) -> list[Flowable]:
    s = styles()
    return [
        Spacer(0, 30 * mm),
        Paragraph(text(_("Briefing pack")), s["Subtitle"]),
        Paragraph(text(trip.title), s["Title"]),
        Paragraph(text(trip_heading(trip, as_of)), s["Heading2"]),
        Spacer(0, 6 * mm),
        key_value_table(
            [
                (_("Dates"), trip_when(trip)),
                (_("Travellers"), travellers_text(trip, as_of)),
                (_("Destinations"), places_text(trip)),
                (_("Kind"), label(trip.kind)),
            ]
        ),
        Spacer(0, 10 * mm),
        Paragraph(_("Internal document to prepare the trip."), s["Small"]),
        PageBreak(),
        Paragraph(_("Contents"), s["Heading1"]),
        table_of_contents(),
        PageBreak(),
    ]


def programme(trip: Trip) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(_("Programme"), 0)]
    if not trip.programme:
        return story + [Paragraph(_("No programme has been recorded yet."), s["Body"])]
    for day, items in groupby(trip.programme, key=lambda item: item.day):
        rows = [
            [
                item.time.strftime("%H:%M") if item.time else "",
                item.activity,
                item.place or "",
                lines([line for c in item.contacts for line in _contact_lines(c)], ""),
            ]
            for item in items
        ]
        story += [
            heading(text(weekday_date(day)), 1),
            data_table(
                (_("Time"), _("Item"), _("Place"), _("Contact")), rows, (0.55, 2.6, 1.4, 2.0)
            ),
        ]
    return story


def relation_profile(
    session: Session, trip: Trip, relation: Relation, as_of: dt.date
) -> list[Flowable]:
    s = styles()
    place = relation.place
    profile = key_value_table(
        [
            (_("Kind"), label(relation.kind)),
            (_("Since"), str(relation.since_year or _("unknown"))),
            (_("Status"), label(relation.status)),
            (_("Themes"), themes_text(relation.themes) or "-"),
            (
                _("Portfolio holder"),
                relation.responsible_official.name if relation.responsible_official else "-",
            ),
            (_("Notes"), relation.notes or "-"),
        ]
    )
    country = country_name(place.country_code, place.country.name)
    story: list[Flowable] = [heading(text(f"{place.name} ({country})"), 1), profile]
    agreements = agreements_of_relation(session, relation.id)
    story.append(Paragraph(_("Agreements"), s["Heading3"]))
    story.append(
        data_table(
            (_("Title"), _("Kind"), _("Signed"), _("Valid until"), _("Status")),
            [
                [
                    a.title,
                    label(a.kind),
                    short_date(a.signed_on) or "-",
                    short_date(a.valid_until) or "-",
                    label(a.status),
                ]
                for a in agreements
            ],
            (2.6, 1.5, 0.9, 0.9, 0.8),
        )
        if agreements
        else Paragraph(_("No agreements recorded."), s["Body"])
    )
    visits = earlier_visits(session, relation, trip.start_date, trip.id)
    story.append(Paragraph(_("Earlier visits"), s["Heading3"]))
    story.append(
        data_table(
            (_("When"), _("Who"), _("Why")),
            [[trip_when(v), travellers_text(v, as_of), v.title] for v in visits],
            (1.5, 1.8, 3.2),
        )
        if visits
        else Paragraph(_("No earlier visits recorded."), s["Body"])
    )
    if relation.events:
        story.append(Paragraph(_("History"), s["Heading3"]))
        story.append(
            data_table(
                (_("Date"), _("Kind"), _("Description")),
                [[short_date(e.date), label(e.kind), e.description] for e in relation.events],
                (0.9, 1.0, 4.6),
            )
        )
    story.append(Paragraph(_("Contacts"), s["Heading3"]))
    story.append(
        data_table(
            (_("Name"), _("Function"), _("Organisation"), _("Email and phone")),
            [
                [
                    c.name,
                    c.function,
                    c.organisation,
                    lines([p for p in (c.email, c.phone) if p], ""),
                ]
                for c in relation.contacts
            ],
            (1.4, 1.4, 1.6, 1.8),
        )
        if relation.contacts
        else Paragraph(_("No contacts recorded."), s["Body"])
    )
    return story


def relations_section(session: Session, trip: Trip, as_of: dt.date, job: Job) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(_("Relations"), 0)]
    relations = trip_relations(trip)
    for relation in relations:
        job.check()
        story += relation_profile(session, trip, relation, as_of)
    covered = {r.place_id for r in relations}
    missing = [
        d.place.name if d.place else country_name(d.country_code, d.country.name)
        for d in trip.destinations
        if d.place_id is None or d.place_id not in covered
    ]
    if missing:
        story.append(
            Paragraph(
                text(_("No recorded relation with: {places}.").format(places=", ".join(missing))),
                s["Body"],
            )
        )
    return story


def network_profile(network: Network, as_of: dt.date) -> list[Flowable]:
    return [
        heading(text(network.name), 1),
        key_value_table(
            [
                (_("Role"), label(network.role)),
                (_("Portfolio holder"), Paragraph(holder(network, as_of), styles()["Cell"])),
                (_("Member since"), str(network.member_since or "-")),
                (_("Themes"), themes_text(network.themes) or "-"),
                (_("Notes"), network.scope or network.notes or "-"),
                (
                    _("Contacts"),
                    lines([", ".join(_contact_lines(c)) for c in network.contacts], "-"),
                ),
            ]
        ),
    ]


def budget_section(session: Session, trip: Trip) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading(_("Budget"), 0)]
    line = trip.budget_line
    if line is None:
        return story + [Paragraph(_("This trip is not linked to a budget line."), s["Body"])]
    use = next(u for u in budget_use(session, line.year) if u.line.id == line.id)
    costs = money(trip.total_costs) if trip.total_costs else _("not yet known")
    return story + [
        key_value_table(
            [
                (_("Budget line"), f"{line.name} ({line.year})"),
                (_("Budgeted"), money(line.amount) if line.amount is not None else _("not known")),
                (_("Spent"), money(use.spent)),
                (_("Committed"), money(use.committed)),
                (
                    _("Left"),
                    "-"
                    if use.left is None
                    else money(use.left) + (" " + _("(line overrun)") if use.overrun else ""),
                ),
                (_("Used"), percent(use.used_fraction) if use.used_fraction is not None else "-"),
                (_("Costs of this trip"), costs),
            ]
        )
    ]


def build(session: Session, job: Job, *, trip_id: int, as_of: dt.date) -> Report:
    trip = get_trip(session, trip_id)
    story = cover(trip, as_of) + programme(trip)
    if trip.follow_ups:
        story += [
            heading(_("Agreements made and follow-up"), 1),
            data_table(
                (_("Follow-up"), _("Due"), _("Completed")),
                [
                    [f.description, short_date(f.due) or "-", _("yes") if f.done else _("no")]
                    for f in trip.follow_ups
                ],
                (4.5, 1.0, 0.8),
            ),
        ]
    job.step(8, _("Relations"))
    story += relations_section(session, trip, as_of, job)
    story.append(heading(_("Networks"), 0))
    story += [f for n in trip.networks for f in network_profile(n, as_of)] or [
        Paragraph(_("No networks are involved in this trip."), styles()["Body"])
    ]
    story += budget_section(session, trip)
    story += [PageBreak(), heading(_("Trip card"), 0)]
    story += card_flowables(trip, as_of, toc=False)
    return Report(
        title=_("Briefing pack {title}").format(title=trip.title),
        subject=_("Briefing pack for the trip of {date}").format(date=long_date(trip.start_date))
        if trip.start_date
        else _("Briefing pack for an official trip abroad"),
        story=story,
        with_toc=True,
        meta={"trip": trip.id},
    )

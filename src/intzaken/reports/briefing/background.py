"""Background per relation and per network involved: the relation's history and
events, earlier visits with what they achieved, follow-up actions still open,
agreements with their status and expiry, and the networks of the city involved."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from ...domain.labels import label
from ...domain.models import Agreement, Network, Relation, Trip
from ...formatting import country_name, short_date
from ...i18n import _
from ...services.briefing_facts import open_follow_ups
from ...services.reporting import agreements_of_relation, earlier_visits
from ...services.reporting import relations_of_trip as trip_relations
from ..job import Job
from ..markup import paragraphs, text
from ..pdf import heading
from ..relations import holder
from ..styles import styles
from ..tables import data_table
from ..wording import themes_text, travellers_text, trip_when
from .common import cell_lines, present_rows, titled

EARLIER_VISITS_SHOWN = 6  # the most recent; the full history is in the register
EXPIRY_WARNING_DAYS = 365  # an agreement ending within a year of the trip is worth raising


def _validity(agreement: Agreement, day: dt.date) -> str:
    until = agreement.valid_until
    if until is None:
        return ""
    shown = short_date(until)
    if until < day:
        return _("{date} (expired)").format(date=shown)
    if (until - day).days <= EXPIRY_WARNING_DAYS:
        return _("{date} (expires within a year)").format(date=shown)
    return shown


def _agreements(session: Session, relation: Relation, day: dt.date) -> list[Flowable]:
    agreements = agreements_of_relation(session, relation.id)
    if not agreements:
        return []
    return [
        titled(
            _("Agreements"),
            data_table(
                (_("Title"), _("Kind"), _("Signed"), _("Valid until"), _("Status")),
                [
                    [
                        a.title,
                        label(a.kind),
                        short_date(a.signed_on),
                        _validity(a, day),
                        label(a.status),
                    ]
                    for a in agreements
                ],
                (2.6, 1.2, 0.9, 1.4, 0.8),
            ),
        ),
    ]


def _visits(session: Session, trip: Trip, relation: Relation, as_of: dt.date) -> list[Flowable]:
    visits = earlier_visits(session, relation, trip.start_date, trip.id)[:EARLIER_VISITS_SHOWN]
    if not visits:
        return []
    rows = [
        [
            trip_when(v),
            travellers_text(v, as_of),
            Paragraph(
                "<br/>".join([f"<b>{text(v.title)}</b>", *paragraphs(v.outcomes)]),
                styles()["Cell"],
            ),
        ]
        for v in visits
    ]
    return [
        titled(
            _("Earlier visits and their results"),
            data_table((_("When"), _("Who"), _("Visit and results")), rows, (1.3, 1.6, 3.6)),
        ),
    ]


def _events(relation: Relation) -> list[Flowable]:
    if not relation.events:
        return []
    return [
        titled(
            _("History"),
            data_table(
                (_("Date"), _("Kind"), _("Description")),
                [[short_date(e.date), label(e.kind), e.description] for e in relation.events],
                (0.9, 1.0, 4.6),
            ),
        ),
    ]


def _follow_ups(session: Session, relation: Relation, trip: Trip) -> list[Flowable]:
    found = open_follow_ups(session, relation, trip)
    if not found:
        return []
    return [
        titled(
            _("Open follow-up actions"),
            data_table(
                (_("Action"), _("Due"), _("From")),
                [[f.description, short_date(f.due), source.title] for source, f in found],
                (3.8, 0.9, 1.8),
            ),
        ),
    ]


def _contacts(relation: Relation, met: set[int]) -> list[Flowable]:
    """The relation's other contacts: those met are in the who's who already."""
    others = [c for c in relation.contacts if c.id not in met]
    if not others:
        return []
    return [
        titled(
            _("Other contacts"),
            data_table(
                (_("Name"), _("Function"), _("Organisation"), _("Email and phone")),
                [
                    [
                        c.name,
                        c.function,
                        c.organisation,
                        cell_lines([p for p in (c.email, c.phone) if p]),
                    ]
                    for c in others
                ],
                (1.4, 1.4, 1.6, 1.8),
            ),
        )
    ]


def relation_profile(
    session: Session, trip: Trip, relation: Relation, as_of: dt.date, met: set[int]
) -> list[Flowable]:
    place = relation.place
    country = country_name(place.country_code, place.country.name)
    official = relation.responsible_official
    notes = paragraphs(relation.notes)
    day = trip.start_date or as_of
    return [
        heading(text(f"{place.name} ({country})"), 1),
        *present_rows(
            [
                (_("Kind"), label(relation.kind)),
                (_("Since"), str(relation.since_year or "")),
                (_("Status"), label(relation.status)),
                (_("Themes"), themes_text(relation.themes)),
                (_("Portfolio holder"), official.name if official else ""),
                (
                    _("Notes"),
                    Paragraph("<br/><br/>".join(notes), styles()["Cell"]) if notes else None,
                ),
            ],
            0.27,
        ),
        *_events(relation),
        *_visits(session, trip, relation, as_of),
        *_follow_ups(session, relation, trip),
        *_agreements(session, relation, day),
        *_contacts(relation, met),
    ]


def network_profile(network: Network, as_of: dt.date) -> list[Flowable]:
    has_holder = network.responsible_official is not None or network.portfolio_code
    return [
        heading(text(network.name), 1),
        *present_rows(
            [
                (_("Role"), label(network.role)),
                (
                    _("Portfolio holder"),
                    Paragraph(holder(network, as_of), styles()["Cell"]) if has_holder else None,
                ),
                (_("Member since"), str(network.member_since or "")),
                (_("Themes"), themes_text(network.themes)),
                (_("Scope"), network.scope),
                (_("Notes"), network.notes),
            ],
            0.27,
        ),
    ]


def background(
    session: Session, trip: Trip, as_of: dt.date, job: Job, *, met: set[int]
) -> list[Flowable]:
    story: list[Flowable] = []
    relations = trip_relations(trip)
    if relations:
        story.append(heading(_("Background: relations"), 0))
        for relation in relations:
            job.check()
            story += relation_profile(session, trip, relation, as_of, met)
    if trip.networks:
        story.append(heading(_("Background: networks"), 0))
        story.append(Paragraph(_("Networks of the city involved in this trip."), styles()["Small"]))
        for network in trip.networks:
            story += network_profile(network, as_of)
    return story

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
from ..formatting import long_date, money, percent, short_date, weekday_date
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
    return [p for p in (contact.name, contact.function, contact.organisation, contact.email,
                        contact.phone) if p]


def cover(trip: Trip, as_of: dt.date) -> list[Flowable]:
    s = styles()
    return [
        Spacer(0, 30 * mm),
        Paragraph("Briefingsmap", s["Subtitle"]),
        Paragraph(text(trip.title), s["Title"]),
        Paragraph(text(trip_heading(trip, as_of)), s["Heading2"]),
        Spacer(0, 6 * mm),
        key_value_table([("Data", trip_when(trip)),
                         ("Reizigers", travellers_text(trip, as_of)),
                         ("Bestemmingen", places_text(trip)),
                         ("Soort", label(trip.kind))]),
        Spacer(0, 10 * mm),
        Paragraph("Intern document ter voorbereiding van de reis.", s["Small"]),
        PageBreak(),
        Paragraph("Inhoud", s["Heading1"]),
        table_of_contents(),
        PageBreak(),
    ]


def programme(trip: Trip) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("Programma", 0)]
    if not trip.programme:
        return story + [Paragraph("Er is nog geen programma vastgelegd.", s["Body"])]
    for day, items in groupby(trip.programme, key=lambda item: item.day):
        rows = [[item.time.strftime("%H:%M") if item.time else "", item.activity,
                 item.place or "", lines(_contact_lines(item.contact), "")]
                for item in items]
        story += [heading(text(weekday_date(day)), 1),
                  data_table(("Tijd", "Onderdeel", "Plaats", "Contact"), rows,
                             (0.55, 2.6, 1.4, 2.0))]
    return story


def relation_profile(session: Session, trip: Trip, relation: Relation,
                     as_of: dt.date) -> list[Flowable]:
    s = styles()
    place = relation.place
    profile = key_value_table([
        ("Soort", label(relation.kind)),
        ("Sinds", str(relation.since_year or "onbekend")),
        ("Status", label(relation.status)),
        ("Thema's", themes_text(relation.themes) or "-"),
        ("Portefeuillehouder", relation.responsible_official.name
         if relation.responsible_official else "-"),
        ("Toelichting", relation.notes or "-"),
    ])
    story: list[Flowable] = [heading(text(f"{place.name} ({place.country.name})"), 1),
                             profile]
    agreements = agreements_of_relation(session, relation.id)
    story.append(Paragraph("Overeenkomsten", s["Heading3"]))
    story.append(data_table(
        ("Titel", "Soort", "Getekend", "Geldig t/m", "Status"),
        [[a.title, label(a.kind), short_date(a.signed_on) or "-",
          short_date(a.valid_until) or "-", label(a.status)] for a in agreements],
        (2.6, 1.5, 0.9, 0.9, 0.8)) if agreements
        else Paragraph("Geen overeenkomsten vastgelegd.", s["Body"]))
    visits = earlier_visits(session, relation, trip.start_date, trip.id)
    story.append(Paragraph("Eerdere bezoeken", s["Heading3"]))
    story.append(data_table(
        ("Wanneer", "Wie", "Waarom"),
        [[trip_when(v), travellers_text(v, as_of), v.title] for v in visits],
        (1.5, 1.8, 3.2)) if visits
        else Paragraph("Geen eerdere bezoeken vastgelegd.", s["Body"]))
    if relation.events:
        story.append(Paragraph("Geschiedenis", s["Heading3"]))
        story.append(data_table(("Datum", "Soort", "Omschrijving"),
                                [[short_date(e.date), label(e.kind), e.description]
                                 for e in relation.events], (0.9, 1.0, 4.6)))
    story.append(Paragraph("Contactpersonen", s["Heading3"]))
    story.append(data_table(
        ("Naam", "Functie", "Organisatie", "E-mail en telefoon"),
        [[c.name, c.function, c.organisation, lines([p for p in (c.email, c.phone) if p], "")]
         for c in relation.contacts], (1.4, 1.4, 1.6, 1.8)) if relation.contacts
        else Paragraph("Geen contactpersonen vastgelegd.", s["Body"]))
    return story


def relations_section(session: Session, trip: Trip, as_of: dt.date, job: Job
                      ) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("Relaties", 0)]
    relations = trip_relations(trip)
    for relation in relations:
        job.check()
        story += relation_profile(session, trip, relation, as_of)
    covered = {r.place_id for r in relations}
    missing = [d.place.name if d.place else d.country.name for d in trip.destinations
               if d.place_id is None or d.place_id not in covered]
    if missing:
        story.append(Paragraph(text(f"Geen vastgelegde relatie met: {', '.join(missing)}."),
                               s["Body"]))
    return story


def network_profile(network: Network, as_of: dt.date) -> list[Flowable]:
    return [heading(text(network.name), 1), key_value_table([
        ("Rol", label(network.role)),
        ("Portefeuillehouder", Paragraph(holder(network, as_of), styles()["Cell"])),
        ("Lid sinds", str(network.member_since or "-")),
        ("Thema's", themes_text(network.themes) or "-"),
        ("Toelichting", network.scope or network.notes or "-"),
        ("Contactpersonen", lines([", ".join(_contact_lines(c)) for c in network.contacts],
                                  "-")),
    ])]


def budget_section(session: Session, trip: Trip) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [heading("Budget", 0)]
    line = trip.budget_line
    if line is None:
        return story + [Paragraph("Deze reis is niet aan een begrotingspost gekoppeld.",
                                  s["Body"])]
    use = next(u for u in budget_use(session, line.year) if u.line.id == line.id)
    costs = money(trip.total_costs) if trip.total_costs else "nog niet bekend"
    return story + [key_value_table([
        ("Begrotingspost", f"{line.name} ({line.year})"),
        ("Begroot", money(line.amount)),
        ("Besteed", money(use.spent)),
        ("Verplicht", money(use.committed)),
        ("Resterend", money(use.left) + (" (post overschreden)" if use.left < 0 else "")),
        ("Gebruikt", percent(use.used_fraction) if use.used_fraction is not None else "-"),
        ("Kosten van deze reis", costs),
    ])]


def build(session: Session, job: Job, *, trip_id: int, as_of: dt.date) -> Report:
    trip = get_trip(session, trip_id)
    story = cover(trip, as_of) + programme(trip)
    if trip.follow_ups:
        story += [heading("Afspraken en vervolg", 1), data_table(
            ("Afspraak", "Uiterlijk", "Gedaan"),
            [[f.description, short_date(f.due) or "-", "ja" if f.done else "nee"]
             for f in trip.follow_ups], (4.5, 1.0, 0.8))]
    job.step(8, "Relaties")
    story += relations_section(session, trip, as_of, job)
    story.append(heading("Netwerken", 0))
    story += [f for n in trip.networks for f in network_profile(n, as_of)] or [
        Paragraph("Bij deze reis zijn geen netwerken betrokken.", styles()["Body"])]
    story += budget_section(session, trip)
    story += [PageBreak(), heading("Reiskaart", 0)]
    story += card_flowables(trip, as_of, toc=False)
    return Report(title=f"Briefingsmap {trip.title}",
                  subject=f"Briefingsmap voor de reis van {long_date(trip.start_date)}"
                  if trip.start_date else "Briefingsmap voor een buitenlandse ambtsreis",
                  story=story, with_toc=True, meta={"trip": trip.id})

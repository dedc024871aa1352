"""Relaties en netwerken: every network with its portfolio holder and role (as the network
table of Rotterdam's policy framework), every relation with its status and agreements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from ..domain.enums import MembershipStatus
from ..domain.labels import label
from ..domain.models import Agreement, Network, Relation
from ..domain.titles import term_on, title_on
from ..formatting import country_name, long_date
from ..i18n import _
from ..registers import NOUNS, RegisterKey
from ..services.common import fetch
from ..services.relation_timeline import relation_timeline
from ..services.reporting import (
    agreements_of_relation,
    agreements_without_relation,
    all_networks,
    all_relations,
)
from .content import Block, Gap
from .content_pdf import flowables
from .job import Job, ReportError
from .markup import text
from .pdf import Report, heading
from .sources_section import sources_blocks
from .styles import styles
from .tables import data_table

# 8 pt: the smallest text any report prints (issue 21: readable for everyone).
SMALL = '<font size="8" color="#5F6B7A">{}</font>'


def holder(network: Network, as_of: dt.date) -> str:
    """ "wethouder DLE<br/>Zeegers" as markup; the policy names the holder by portfolio."""
    official = network.responsible_official
    if official is None:
        return text(network.portfolio_code or "-")
    title = title_on(official, as_of, as_of)
    term = term_on(official, as_of)
    code = network.portfolio_code if term is None or term.role != "mayor" else ""
    first = " ".join(p for p in (title, code) if p)
    return f"{text(first)}<br/>{SMALL.format(text(official.short_name))}"


def _network_cell(network: Network) -> str:
    name = f"<b>{text(network.name)}</b>"
    if network.acronym and network.acronym.lower() not in network.name.lower():
        name += f" ({text(network.acronym)})"
    if network.scope:
        name += "<br/>" + SMALL.format(text(network.scope))
    return name


def agreement_line(agreement: Agreement) -> str:
    facts = [label(agreement.kind)]
    if agreement.signed_on:
        facts.append(_("signed {date}").format(date=long_date(agreement.signed_on)))
    if agreement.valid_until:
        facts.append(_("valid until {date}").format(date=long_date(agreement.valid_until)))
    facts.append(label(agreement.status))
    return f"{text(agreement.title)}<br/>{SMALL.format(text(', '.join(facts)))}"


def build(
    session: Session,
    job: Job,
    *,
    as_of: dt.date,
    relation_ids: Sequence[int] | None = None,
    sources: bool = False,
) -> Report:
    """Every network and relation; with `relation_ids` (the window's "report of the
    selection") only those relations, each with its timeline. With `sources`, a section
    naming where each record's facts come from (sources_section.py)."""
    if relation_ids is not None:
        return _build_chosen(session, job, as_of=as_of, relation_ids=relation_ids, sources=sources)
    networks = all_networks(session)
    relations = all_relations(session)
    if not networks and not relations:
        raise ReportError(_("No relations or networks have been recorded yet."))
    s = styles()
    cell = s["Cell"]
    title = _("Relations and networks")
    story: list[Flowable] = [
        Paragraph(title, s["Title"]),
        Paragraph(text(_("As of {date}").format(date=long_date(as_of))), s["Subtitle"]),
        heading(_("International networks"), 0),
        Paragraph(
            _(
                "The networks the municipality is a member of, with the official who "
                "holds the membership in their portfolio and the role of the "
                "municipality."
            ),
            s["Body"],
        ),
        data_table(
            (_("Network"), _("Portfolio holder"), _("Role"), _("Member since")),
            [
                [
                    Paragraph(_network_cell(n), cell),
                    Paragraph(holder(n, as_of), cell),
                    # Not yet a member: where it stands instead ("overwogen").
                    label(n.role if n.membership is MembershipStatus.MEMBER else n.membership),
                    str(n.member_since or "-"),
                ]
                for n in networks
            ],
            (3.4, 1.5, 1.1, 0.7),
            numeric=(3,),
        ),
        Spacer(0, 6 * mm),
    ]
    job.step(10, _("Relations"))
    story += [
        heading(_("Relations"), 0),
        Paragraph(
            _(
                "Twin cities, friendship relations and strategic partners, with their "
                "status and the agreements that belong to them."
            ),
            s["Body"],
        ),
        _relations_table(session, relations),
    ]
    loose = agreements_without_relation(session)
    if loose:
        story += [
            Spacer(0, 6 * mm),
            heading(_("Other agreements"), 0),
            data_table(
                (_("Agreement"), _("Parties")),
                [[Paragraph(agreement_line(a), cell), a.counterparts or "-"] for a in loose],
                (3.2, 2.0),
            ),
        ]
    if sources:
        story += flowables(_sources(session, networks, relations, loose, as_of=as_of))
    return Report(
        title=title,
        subject=_("Overview of international relations and networks"),
        story=story,
        meta={"networks": len(networks), "relations": len(relations)},
    )


def _relations_table(session: Session, relations: Sequence[Relation]) -> Flowable:
    """A relation per row: place and country (and themes), kind, since, status and
    its agreements."""
    cell = styles()["Cell"]
    rows = []
    for relation in relations:
        agreements = agreements_of_relation(session, relation.id)
        place = relation.place
        country = country_name(place.country_code, place.country.name)
        name = f"<b>{text(place.name)}</b><br/>{SMALL.format(text(country))}"
        themes = ", ".join(t.name for t in relation.themes)
        if themes:
            name += "<br/>" + SMALL.format(text(themes))
        rows.append(
            [
                Paragraph(name, cell),
                label(relation.kind),
                str(relation.since_year or "-"),
                label(relation.status),
                Paragraph("<br/>".join(agreement_line(a) for a in agreements) or "-", cell),
            ]
        )
    return data_table(
        (_("Relation"), _("Kind"), _("Since"), _("Status"), _("Agreements")),
        rows,
        (1.6, 1.45, 0.6, 0.9, 2.65),
        numeric=(2,),
    )


def _holder_term(official: Any, as_of: dt.date) -> Any:
    """The term behind the holder the table prints: the one in force, else the last one
    begun (a holder who left: its end date is the fact the report rests on)."""
    begun = [t for t in official.terms if t.start_date <= as_of]
    return term_on(official, as_of) or max(begun, key=lambda t: t.start_date, default=None)


def _sources(
    session: Session,
    networks: Sequence[Network],
    relations: Sequence[Relation],
    loose: Sequence[Agreement] = (),
    *,
    as_of: dt.date | None = None,
) -> list[Block]:
    """The Bronnen section: the networks, the terms of office behind the holders the
    table names (a term's dates decide who holds a network, and are often read outside
    the official's own source), the relations with their agreements, and the other
    agreements, in the order the report shows them."""
    entries: list[tuple[str, Any]] = [
        (_("Network {name}").format(name=n.name), n) for n in networks
    ]
    seen: set[int] = set()
    for network in networks:
        official = network.responsible_official
        if as_of is None:
            break
        term = _holder_term(official, as_of) if official is not None else None
        if official is None or term is None or term.id in seen:
            continue
        seen.add(term.id)
        holder_name = " ".join(
            p for p in (title_on(official, as_of, as_of), official.short_name) if p
        )
        entries.append((_("Term of office of {holder}").format(holder=holder_name), term))
    for relation in relations:
        entries.append((_("Relation with {place}").format(place=relation.place.name), relation))
        entries += [(a.title, a) for a in agreements_of_relation(session, relation.id)]
    entries += [(a.title, a) for a in loose]
    return [Gap(6), *sources_blocks(entries)] if entries else []


def _build_chosen(
    session: Session,
    job: Job,
    *,
    as_of: dt.date,
    relation_ids: Sequence[int],
    sources: bool = False,
) -> Report:
    """The chosen relations as the overview lists them, then each one's timeline: its
    agreements, the trips to its place and its events, newest first."""
    noun = NOUNS[RegisterKey.RELATIONS].capitalised
    relations = [fetch(session, Relation, relation_id, noun) for relation_id in relation_ids]
    if not relations:
        raise ReportError(_("Choose a relation first."))
    s = styles()
    cell = s["Cell"]
    if len(relations) == 1:
        title = _("Relation with {place}").format(place=relations[0].place.name)
    else:
        title = _("Relations")
    story: list[Flowable] = [
        Paragraph(text(title), s["Title"]),
        Paragraph(text(_("As of {date}").format(date=long_date(as_of))), s["Subtitle"]),
        _relations_table(session, relations),
    ]
    for number, relation in enumerate(relations):
        job.step(10 + 80 * number / len(relations), relation.place.name)
        entries = relation_timeline(session, relation.id)
        heading_text = _("Timeline of {place}").format(place=relation.place.name)
        story += [Spacer(0, 6 * mm), heading(text(heading_text), 0)]
        if not entries:
            story.append(Paragraph(_("No agreements, trips or events yet."), s["Body"]))
            continue
        story.append(
            data_table(
                (_("Date"), _("What"), _("Description")),
                [
                    [e.date_text or "-", e.what, Paragraph(text(e.description), cell)]
                    for e in entries
                ],
                (1.0, 1.0, 4.2),
            )
        )
    if sources:
        story += flowables(_sources(session, [], relations))
    return Report(
        title=title,
        subject=_("Relations with their agreements, trips and events"),
        story=story,
        meta={"relations": len(relations)},
    )

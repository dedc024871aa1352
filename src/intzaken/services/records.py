"""The registers other than trips as plain records (dicts of JSON-ready values,
record_values.py), for listing and export; the trips' are in trip_records.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps

from sqlalchemy import Connection, extract, select
from sqlalchemy.orm import Session, selectinload

from ..domain.models import (
    Agreement,
    Network,
    OfficeTerm,
    Official,
    Place,
    Policy,
    Project,
    Relation,
)
from ..domain.titles import term_on
from .budget import budget_use
from .policies import POLICY_LOADS
from .projects import PROJECT_LOADS
from .record_values import Record, amount_text, date_text, record_source

Reading = Callable[[Session, int | None], list[Record]]


def _in_session(read: Reading) -> Callable[[Session | Connection, int | None], list[Record]]:
    """`read` from a session, or from a Core connection (as `intzaken list` gives every
    register, since the trips' records need no ORM: trip_records.py)."""

    @wraps(read)
    def reading(source: Session | Connection, year: int | None = None) -> list[Record]:
        if isinstance(source, Session):
            return read(source, year)
        with Session(bind=source) as session:
            return read(session, year)

    return reading


def _term(term: OfficeTerm) -> Record:
    return {
        "role": term.role.value,
        "portfolio": term.portfolio,
        "portfolio_code": term.portfolio_code,
        "start_date": date_text(term.start_date),
        "end_date": date_text(term.end_date),
        "start_precision": term.start_precision.value,
        "end_precision": term.end_precision.value,
        **record_source(term),  # a term's own source: its dates are often read elsewhere
    }


@_in_session
def official_records(session: Session, year: int | None = None) -> list[Record]:
    officials = session.scalars(
        select(Official).options(selectinload(Official.terms)).order_by(Official.name)
    ).all()
    if year is not None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        officials = [
            o
            for o in officials
            if any(
                t.start_date <= last and (t.end_date is None or t.end_date >= first)
                for t in o.terms
            )
        ]
    today = dt.date.today()
    records = []
    for official in officials:
        current = term_on(official, today)
        records.append(
            {
                "id": official.id,
                "name": official.name,
                "short_name": official.short_name,
                "current_role": current.role.value if current else None,
                "terms": [_term(t) for t in official.terms],
                "notes": official.notes,
                **record_source(official),
            }
        )
    return records


@_in_session
def relation_records(session: Session, year: int | None = None) -> list[Record]:
    relations = session.scalars(
        select(Relation).options(
            selectinload(Relation.place).selectinload(Place.country),
            selectinload(Relation.themes),
            selectinload(Relation.contacts),
            selectinload(Relation.events),
        )
    ).all()
    relations = sorted(relations, key=lambda r: (r.place.name.lower(), r.id))
    return [
        {
            "id": r.id,
            "kind": r.kind.value,
            "place_id": r.place_id,
            "place": r.place.name,
            "country_code": r.place.country_code,
            "country": r.place.country.name,
            "since_year": r.since_year,
            "status": r.status.value,
            "themes": [t.name for t in r.themes],
            "responsible_official_id": r.responsible_official_id,
            "contact_ids": [c.id for c in r.contacts],
            "notes": r.notes,
            **record_source(r),
            "events": [
                {"date": date_text(e.date), "kind": e.kind.value, "description": e.description}
                for e in r.events
            ],
        }
        for r in relations
    ]


@_in_session
def network_records(session: Session, year: int | None = None) -> list[Record]:
    networks = session.scalars(
        select(Network)
        .options(selectinload(Network.themes), selectinload(Network.responsible_official))
        .order_by(Network.name)
    ).all()
    return [
        {
            "id": n.id,
            "name": n.name,
            "acronym": n.acronym,
            "scope": n.scope,
            "themes": [t.name for t in n.themes],
            "member_since": n.member_since,
            "annual_fee": amount_text(n.annual_fee),
            "responsible_official_id": n.responsible_official_id,
            "responsible_official": (
                n.responsible_official.name if n.responsible_official else None
            ),
            "portfolio_code": n.portfolio_code,
            "role": n.role.value,
            "membership": n.membership.value,
            "contact_ids": [c.id for c in n.contacts],
            "notes": n.notes,
            **record_source(n),
        }
        for n in networks
    ]


@_in_session
def agreement_records(session: Session, year: int | None = None) -> list[Record]:
    query = select(Agreement).options(
        selectinload(Agreement.themes),
        selectinload(Agreement.relations),
        selectinload(Agreement.documents),
    )
    if year is not None:
        query = query.where(extract("year", Agreement.signed_on) == year)
    agreements = session.scalars(
        query.order_by(Agreement.signed_on.nulls_first(), Agreement.id)
    ).all()
    return [
        {
            "id": a.id,
            "kind": a.kind.value,
            "title": a.title,
            "counterparts": a.counterparts,
            "signed_on": date_text(a.signed_on),
            "signed_by": a.signed_by,
            "valid_from": date_text(a.valid_from),
            "valid_until": date_text(a.valid_until),
            "renewal_date": date_text(a.renewal_date),
            "status": a.status.value,
            "document_published": a.document_published,
            "themes": [t.name for t in a.themes],
            "relation_ids": [r.id for r in a.relations],
            "documents": [
                {"id": d.id, "filename": d.filename, "size": d.size, "sha256": d.sha256}
                for d in a.documents
            ],
            "notes": a.notes,
            **record_source(a),
        }
        for a in agreements
    ]


@_in_session
def budget_records(session: Session, year: int | None = None) -> list[Record]:
    return [
        {
            "id": use.line.id,
            "year": use.line.year,
            "code": use.line.code,
            "name": use.line.name,
            "amount": amount_text(use.line.amount),
            "spent": amount_text(use.spent),
            "committed": amount_text(use.committed),
            "left": amount_text(use.left),
            "notes": use.line.notes,
            **record_source(use.line),
        }
        for use in budget_use(session, year)
    ]


# Each register's records, for `intzaken list` (and SPECS): listing needs only this module,
# not the services that create, change and delete records (register_specs.py imports
# them all: a tenth of the command's start).
def policies_in_force(session: Session, year: int | None) -> list[Policy]:
    """The policies in force in `year` (all of them when None), the latest first; one
    whose period is open at an end counts as in force on that side."""
    query = select(Policy).options(*POLICY_LOADS)
    if year is not None:
        query = query.where(
            (Policy.period_from.is_(None) | (Policy.period_from <= year))
            & (Policy.period_to.is_(None) | (Policy.period_to >= year))
        )
    return list(session.scalars(query.order_by(Policy.period_from.desc(), Policy.title)))


@_in_session
def policy_records(session: Session, year: int | None = None) -> list[Record]:
    return [
        {
            "id": p.id,
            "title": p.title,
            "period_from": p.period_from,
            "period_to": p.period_to,
            "adopted_on": date_text(p.adopted_on),
            "priorities": len(p.priorities),
            "notes": p.notes,
            **record_source(p),
        }
        for p in policies_in_force(session, year)
    ]


@_in_session
def priority_records(session: Session, year: int | None = None) -> list[Record]:
    """Every priority of the policies (in force in `year`), one record each with the
    records linked to it: what `intzaken list priorities` prints."""
    return [
        {
            "id": priority.id,
            "policy_id": policy.id,
            "policy": policy.title,
            "kind": priority.kind.value,
            "name": priority.name,
            "country_codes": priority.countries,
            "themes": [t.name for t in priority.themes],
            "trip_ids": [t.id for t in priority.trips],
            "relation_ids": [r.id for r in priority.relations],
            "network_ids": [n.id for n in priority.networks],
        }
        for policy in policies_in_force(session, year)
        for priority in policy.priorities
    ]


@_in_session
def project_records(session: Session, year: int | None = None) -> list[Record]:
    """The projects (running in `year`: started by its end and not ended before it, or
    without dates), by name."""
    query = select(Project).options(*PROJECT_LOADS).order_by(Project.name)
    if year is not None:
        query = query.where(
            (Project.start_date.is_(None) | (extract("year", Project.start_date) <= year))
            & (Project.end_date.is_(None) | (extract("year", Project.end_date) >= year))
        )
    return [
        {
            "id": p.id,
            "name": p.name,
            "funding_programme": p.funding_programme.value,
            "call": p.call,
            "role": p.role.value,
            "status": p.status.value,
            "relation_ids": [r.id for r in p.relations],
            "network_ids": [n.id for n in p.networks],
            "other_partners": p.other_partners,
            "total_budget": amount_text(p.total_budget),
            "grant": amount_text(p.grant),
            "co_financing": amount_text(p.co_financing),
            "call_deadline": date_text(p.call_deadline),
            "start_date": date_text(p.start_date),
            "end_date": date_text(p.end_date),
            "report_due": date_text(p.report_due),
            "trip_ids": [t.id for t in p.trips],
            "notes": p.notes,
            **record_source(p),
        }
        for p in session.scalars(query)
    ]

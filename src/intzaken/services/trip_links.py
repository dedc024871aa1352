"""What a trip is linked to, as its trip card names it: agreements, relations, follow-ups.

An agreement belongs to a trip when staff linked it (the trip's agreements). One more case
is sound enough to name without a link: an agreement *signed during the trip* (its signing
date within the trip's known days) with a relation the trip visits (a destination's place,
or a relation linked to the trip). Both conditions come from records, not from matching
free text: the counterparts field is prose ("Stadsbestuur van Shanghai") and comparing it
with place names would link the wrong agreements. Such an agreement is marked as found
by date, so the officer can link it; a trip known only by its month has no days to
compare and infers nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision
from ..domain.models import Agreement, Relation, Trip
from .reporting import relations_of_trip


@dataclass(frozen=True)
class TripAgreement:
    agreement: Agreement
    linked: bool  # False: found by its signing date and relation, not linked by staff


def agreements_of_trip(session: Session, trip: Trip) -> list[TripAgreement]:
    """The trip's linked agreements, then those signed during it with a relation it visits."""
    found = [TripAgreement(a, True) for a in trip.agreements]
    if (
        trip.date_precision is not DatePrecision.DAY
        or trip.start_date is None
        or trip.end_date is None
    ):
        return found
    relation_ids = [r.id for r in relations_of_trip(trip)]
    if not relation_ids:
        return found
    linked = {a.id for a in trip.agreements}
    signed_during = session.scalars(
        select(Agreement)
        .where(
            Agreement.signed_on >= trip.start_date,
            Agreement.signed_on <= trip.end_date,
            Agreement.relations.any(Relation.id.in_(relation_ids)),
        )
        .order_by(Agreement.signed_on, Agreement.id)
    )
    return found + [TripAgreement(a, False) for a in signed_during if a.id not in linked]

"""Fill in the coordinates the places lack from the gazetteer (GeoNames), for every
place at once: `intzaken places fill-coordinates`. Only a name that is unambiguous in its
country is filled in; the others are listed with their candidates to choose by hand.
Coordinates already there, also half of them, are never touched; regions are left to
the user."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PlaceKind
from ..domain.models import Place
from . import gazetteer
from .gazetteer import Candidate
from .places import update_place
from .snapshots import place_data


@dataclass(frozen=True)
class PlaceWithout:
    """A place without coordinates, as a list names it."""

    place_id: int
    name: str
    country_code: str
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class CoordinatesFilled:
    filled: list[tuple[PlaceWithout, Candidate]] = field(default_factory=list)
    ambiguous: list[PlaceWithout] = field(default_factory=list)  # a choice to make
    unknown: list[PlaceWithout] = field(default_factory=list)  # not in GeoNames's list
    # GeoNames's list holds cities: a region (Sląskie, the province of Utrecht) is not
    # given the coordinates of a city of its name.
    regions: list[PlaceWithout] = field(default_factory=list)


def fill_coordinates(session: Session, *, dry_run: bool = False) -> CoordinatesFilled:
    """Give each place without coordinates those of its city when unambiguous (saved as
    the form saves them, in the history); with `dry_run`, only say what would be done."""
    result = CoordinatesFilled()
    lacking = session.scalars(
        select(Place)
        .where(Place.latitude.is_(None), Place.longitude.is_(None))
        .order_by(Place.name, Place.country_code)
    ).all()
    for place in lacking:
        if place.kind != PlaceKind.CITY:
            result.regions.append(PlaceWithout(place.id, place.name, place.country_code))
            continue
        candidates = gazetteer.candidates(place.name, place.country_code)
        found = PlaceWithout(place.id, place.name, place.country_code, candidates)
        one = gazetteer.unambiguous(place.name, place.country_code) if candidates else None
        if one is not None:
            result.filled.append((found, one))
            if not dry_run:
                data = dataclasses.replace(
                    place_data(place), latitude=one.latitude, longitude=one.longitude
                )
                update_place(session, place.id, data)
        elif candidates:
            result.ambiguous.append(found)
        else:
            result.unknown.append(found)
    return result

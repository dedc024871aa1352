"""Countries (kept in step with ISO 3166-1) and cities and regions."""

from __future__ import annotations

from collections.abc import Callable

import pycountry
from babel import Locale
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import PlaceKind
from ..domain.models import Country, Place, Relation, TripDestination
from ..formatting import country_name
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import check_reference, delete_unless_used
from .data import PlaceData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source, source_row, source_values
from .tracking import deleting, editing, record_created


def iso_countries() -> list[tuple[str, str, str]]:
    """(alpha-2, alpha-3, Dutch name) for every ISO 3166-1 country.

    The list comes from pycountry (the ISO 3166 data Debian maintains) and the names from
    the Unicode CLDR through Babel, which writes them as Dutch speakers do ("Verenigd
    Koninkrijk", "Zuid-Korea") rather than the long official forms.
    """
    dutch = Locale("nl").territories
    return [(c.alpha_2, c.alpha_3, dutch.get(c.alpha_2, c.name)) for c in pycountry.countries]


def sync_countries(session: Session) -> int:
    """Add countries that are missing and update changed names; returns the number changed."""
    existing = {c.code: c for c in session.scalars(select(Country))}
    changed = 0
    for code, alpha3, name in iso_countries():
        country = existing.get(code)
        if country is None:
            session.add(Country(code=code, alpha3=alpha3, name=name))
            changed += 1
        elif (country.alpha3, country.name) != (alpha3, name):
            country.alpha3, country.name = alpha3, name
            changed += 1
    session.flush()
    return changed


# (country code, name) -> the number of the first place in that country whose name
# SQLite's lower() makes name.lower(), or None: the twin a new or renamed place must not
# have. The first by number, so an import can give the same answer from memory.
PlaceTwin = Callable[[str, str], int | None]


def place_twin(session: Session) -> PlaceTwin:
    """The twin test against the database (the form's); an import answers it from the
    places it has read (exchange/names.py, the same comparison in Python)."""

    def twin(country_code: str, name: str) -> int | None:
        return session.scalar(
            select(Place.id)
            .where(Place.country_code == country_code, func.lower(Place.name) == name.lower())
            .order_by(Place.id)
            .limit(1)
        )

    return twin


def _validated(session: Session, data: PlaceData, place_id: int | None) -> Place:
    check = Checker()
    place = check_place(check, session, data, place_id)
    check.done()
    assert place is not None
    return place


def check_place(
    check: Checker,
    session: Session,
    data: PlaceData,
    place_id: int | None = None,
    *,
    twin: PlaceTwin | None = None,
) -> Place | None:
    """The rules of a place, its problems in `check`: the place to store (not yet added
    to the session), or None when there are problems. Shared by the form's service and
    the import, which stores accepted places in rows of its own and finds twins among the
    places it has read (`twin`; exchange/names.py)."""
    name = check.text("name", data.name, required=True, max_length=200)
    kind = check.choice("place_kind", PlaceKind, data.kind)
    country = check_reference(
        check,
        session,
        Country,
        "country_code",
        (data.country_code or "").upper() or None,
        required=True,
    )
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        check.fail(
            "latitude",
            _("{field} must be between {low} and {high}.").format(
                field=field_label("latitude"), low=-90, high=90
            ),
        )
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        check.fail(
            "longitude",
            _("{field} must be between {low} and {high}.").format(
                field=field_label("longitude"), low=-180, high=180
            ),
        )
    if country is not None and name:
        twin_id = (twin or place_twin(session))(country.code, name)
        if twin_id is not None and twin_id != place_id:
            check.fail(
                "name",
                _("{field}: {place} ({country}) already exists.").format(
                    field=field_label("name"),
                    place=name,
                    country=country_name(country.code, country.name),
                ),
            )
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert kind is not None and country is not None
    return Place(
        **source_row(sourced),
        name=name,
        kind=kind,
        country_code=country.code,
        latitude=data.latitude,
        longitude=data.longitude,
    )


def create_place(session: Session, data: PlaceData) -> Place:
    place = _validated(session, data, None)
    session.add(place)
    session.flush()
    record_created(session, RegisterKey.PLACES, place)
    return place


def update_place(
    session: Session, place_id: int, data: PlaceData, *, expected_version: int | None = None
) -> Place:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    place: Place  # editing() yields the record of any register
    with editing(session, RegisterKey.PLACES, place_id, expected_version) as place:
        new = _validated(session, data, place_id)
        place.name, place.kind, place.country_code = new.name, new.kind, new.country_code
        place.latitude, place.longitude = new.latitude, new.longitude
        apply_source(place, CheckedSource(**source_values(new)))
    return place


def delete_place(session: Session, place_id: int, *, expected_version: int | None = None) -> None:
    with deleting(session, RegisterKey.PLACES, place_id, expected_version) as place:
        users = [
            _("the relation with {place}").format(place=place.name)
            for _relation in session.scalars(select(Relation).where(Relation.place_id == place_id))
        ]
        users += [
            _("trip '{title}'").format(title=d.trip.title)
            for d in session.scalars(
                select(TripDestination).where(TripDestination.place_id == place_id)
            )
        ]
        delete_unless_used(session, place, _("Place {name}").format(name=place.name), users)

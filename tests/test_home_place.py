"""The organisation's home place: where every journey starts and ends (issue 20)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from intzaken.services import organisation, places
from intzaken.services.data import OrganisationData, PlaceData
from intzaken.services.errors import ValidationError
from intzaken.store.database import open_database
from intzaken.store.location import Location


@pytest.mark.parametrize(
    ("profile", "home"),
    [("rotterdam", "Rotterdam"), ("groningen", "Groningen"), ("almere", "Almere")],
)
def test_each_demo_starts_its_journeys_at_home(
    demo_template: Callable[[str], Location], profile: str, home: str
) -> None:
    database = open_database(demo_template(profile))
    try:
        with database.sessions() as session:
            found = organisation.get_organisation(session)
            assert found is not None and found.home_place is not None
            assert (found.home_place.name, found.home_place.country_code) == (home, "NL")
            assert found.home_place.latitude is not None
    finally:
        database.close()


def test_a_home_place_that_does_not_exist_is_refused_by_name(session: Session) -> None:
    places.sync_countries(session)
    with pytest.raises(ValidationError) as refused:
        organisation.set_organisation(
            session, OrganisationData(name="Gemeente X", home_place_id=999)
        )
    assert "Thuisplaats" in str(refused.value) or "Home place" in str(refused.value)


def test_the_home_place_is_kept_and_can_be_cleared(session: Session) -> None:
    places.sync_countries(session)
    utrecht = places.create_place(session, PlaceData(name="Utrecht", country_code="NL"))
    kept = organisation.set_organisation(
        session, OrganisationData(name="Gemeente Utrecht", home_place_id=utrecht.id)
    )
    assert kept.home_place is utrecht
    cleared = organisation.set_organisation(session, OrganisationData(name="Gemeente Utrecht"))
    assert cleared.home_place is None

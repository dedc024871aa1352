"""Places know where they are: the offline gazetteer of GeoNames's cities (issue 20)."""

from __future__ import annotations

import gzip
import threading

import pytest
from sqlalchemy.orm import Session

from intzaken.i18n import language_scope
from intzaken.resources import resource_path
from intzaken.services import gazetteer, organisation, places
from intzaken.services.data import OrganisationData, PlaceData
from intzaken.services.fields import field_label
from intzaken.services.gazetteer import Candidate, Gazetteer, name_key
from intzaken.services.history_query import HistoryRow, entries


@pytest.mark.parametrize(
    ("typed", "country", "city", "latitude", "longitude"),
    [
        ("Londen", "GB", "London", 51.51, -0.13),
        ("Keulen", "DE", "Köln", 50.94, 6.95),
        ("Parijs", "FR", "Paris", 48.85, 2.35),
        ("Kopenhagen", None, "Copenhagen", 55.68, 12.57),
        ("Ho Chi Minh Stad", "VN", "Ho Chi Minh City", 10.82, 106.63),
        ("Nieuw-Delhi", "IN", "New Delhi", 28.64, 77.22),
        ("'s-Gravenhage", "NL", "The Hague", 52.08, 4.30),
        ("nantes", "FR", "Nantes", 47.22, -1.55),
        ("GDANSK", "PL", "Gdańsk", 54.35, 18.65),
    ],
)
def test_dutch_english_and_carelessly_typed_names_find_their_city(
    typed: str, country: str | None, city: str, latitude: float, longitude: float
) -> None:
    found = gazetteer.unambiguous(typed, country)
    assert found is not None, typed
    assert found.name == city
    assert found.latitude == pytest.approx(latitude, abs=0.05)
    assert found.longitude == pytest.approx(longitude, abs=0.05)


def test_london_without_a_country_is_a_choice_between_england_and_ontario() -> None:
    assert gazetteer.unambiguous("Londen") is None
    choices = gazetteer.candidates("Londen")
    assert [(c.name, c.country_code) for c in choices][:2] == [("London", "GB"), ("London", "CA")]
    assert [c.region for c in choices][:2] == ["England", "Ontario"]
    assert gazetteer.unambiguous("Londen", "GB") == choices[0]


def test_richmond_in_the_united_states_offers_each_state_largest_first() -> None:
    assert gazetteer.unambiguous("Richmond", "US") is None
    regions = [c.region for c in gazetteer.candidates("Richmond", "US") if c.name == "Richmond"]
    assert regions[:4] == ["Virginia", "California", "Indiana", "Kentucky"]


def test_a_city_whose_own_name_it_is_goes_before_others_that_carry_it() -> None:
    # GeoNames also calls Mechelen-aan-de-Maas "Mechelen"; the one called so is meant.
    found = gazetteer.unambiguous("Mechelen", "BE")
    assert found is not None and found.name == "Mechelen"
    assert len(gazetteer.candidates("Mechelen", "BE")) == 2


def test_a_name_it_does_not_know_gives_no_candidates() -> None:
    assert gazetteer.candidates("Nergenshuizen") == []
    assert gazetteer.unambiguous("Nergenshuizen", "NL") is None
    assert gazetteer.candidates("Rotterdam", "BE") == []


def test_a_candidate_is_described_so_that_two_of_one_name_can_be_told_apart() -> None:
    richmond = gazetteer.candidates("Richmond", "US")[0]
    with language_scope("nl"):
        assert gazetteer.describe(richmond) == (
            "Richmond, Virginia, Verenigde Staten (226.610 inwoners; 37,55°\u00a0NB 77,46°\u00a0WL)"
        )
    with language_scope("en"):
        assert gazetteer.describe(richmond) == (
            "Richmond, Virginia, United States (226,610 inhabitants; 37.55°\u00a0N 77.46°\u00a0W)"
        )


def test_the_data_file_says_its_source_and_licence_and_was_made_with_todays_name_key() -> None:
    with gzip.open(resource_path(*gazetteer.GAZETTEER_FILE), "rt", encoding="utf-8") as lines:
        header = next(lines)
        first_cities = [next(lines) for _ in range(200)][1:]
    assert "GeoNames" in header and "CC BY 4.0" in header
    for line in first_cities:
        fields = line.rstrip("\n").split("\t")
        assert fields[7].split(" ")[0] == name_key(fields[1]), fields[1]


def test_another_name_stands_for_every_city_of_the_name_it_translates() -> None:
    paris = Candidate(1, "Paris", "FR", "", 2_000_000, 48.85, 2.35)
    texas = Candidate(2, "Paris", "US", "Texas", 25_000, 33.66, -95.56)
    small = Gazetteer([(paris, ["paris", "parijs"]), (texas, ["paris"])])
    assert small.candidates("Parijs") == [paris, texas]
    assert small.unambiguous("Parijs") is None
    assert small.unambiguous("Parijs", "FR") == paris
    assert small.unambiguous("Paris", "us") == texas


def test_the_file_is_read_once_also_when_the_window_reads_it_ahead_in_a_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[int] = []
    real = gazetteer._read_cities

    def counted() -> object:
        reads.append(1)
        return real()

    monkeypatch.setattr(gazetteer, "_loaded", [])
    monkeypatch.setattr(gazetteer, "_read_cities", counted)
    ahead = threading.Thread(target=gazetteer.gazetteer)
    ahead.start()
    asked = gazetteer.gazetteer()
    ahead.join()
    assert reads == [1] and gazetteer.gazetteer() is asked


def test_the_history_names_the_home_place_not_its_number(session: Session) -> None:
    places.sync_countries(session)
    almere = places.create_place(session, PlaceData("Almere", "NL", latitude=52.37))
    organisation.set_organisation(session, OrganisationData(name="Gemeente Almere"))
    organisation.set_organisation(
        session, OrganisationData(name="Gemeente Almere", home_place_id=almere.id)
    )
    rows = [HistoryRow.of(entry) for entry in entries(session, register="organisation")]
    changed = [row for row in rows if row.field == field_label("home_place_id")]
    assert [(row.old, row.new) for row in changed] == [("", "Almere (Nederland)")]

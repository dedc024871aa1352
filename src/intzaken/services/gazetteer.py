"""Where a city lies, offline: candidates for a place's name from GeoNames's cities.

The data is resources/gazetteer/cities15000.tsv.gz, GeoNames's cities of 15,000
inhabitants or more with their names in the Latin script (tools/make-gazetteer.py says how
it is made; GeoNames, CC BY 4.0). It is read once, when first asked, never at start-up.

A name is compared as a user types it: case, accents, spaces, hyphens and apostrophes do
not matter ("Ho Chi Minh Stad" = "Ho Chi Minhstad", "s-Gravenhage" = "'s-Gravenhage"),
and every alternate name counts, so the Dutch names work ("Londen", "Keulen", "Parijs";
the few GeoNames lacks are added by tools/make-gazetteer.py).
A name is *unambiguous* in a country when exactly one city there carries it as its own
name (or, when none does, as another name); otherwise the candidates are shown to choose
from (Richmond in the United States: Virginia, California, Indiana, Kentucky), largest
first. Nothing here guesses between them.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from babel.numbers import format_decimal

from ..formatting import current_locale, number
from ..i18n import _, ngettext
from ..resources import resource_path
from .search.folding import fold

GAZETTEER_FILE = ("gazetteer", "cities15000.tsv.gz")


class Candidate(NamedTuple):
    """One city of the gazetteer (a named tuple: 34,000 are made at once)."""

    geonames_id: int
    name: str  # GeoNames's name, as the city writes it (Köln, Gdańsk)
    country_code: str  # ISO 3166-1 alpha-2
    region: str  # the state, province or part of the country, or "" when not known
    population: int
    latitude: float
    longitude: float


_NOT_LETTERS = re.compile(r"[\W_]+")


def name_key(text: str) -> str:
    """A name as it is compared: folded, letters and digits only. The data file holds
    the keys of every city's names; change this, and run tools/make-gazetteer.py."""
    return _NOT_LETTERS.sub("", fold(text))


class Gazetteer:
    def __init__(self, cities: Iterable[tuple[Candidate, list[str]]]) -> None:
        """`cities`: each city with the keys of its names, its own name's first."""
        self._by_key: defaultdict[str, list[Candidate]] = defaultdict(list)
        for city, keys in cities:
            for key in keys:
                self._by_key[key].append(city)

    def candidates(self, name: str, country_code: str | None = None) -> list[Candidate]:
        """The cities called `name` (in `country_code` if given): first those whose own
        name it is, then those that carry it as another name; each largest first."""
        found = self._by_key.get(name_key(name), [])
        if found and not any(_own_name(c, name) for c in found):
            # Another name ("Londen") stands for the cities' own names, with every city
            # of those names: Londen is London in England and London in Ontario too.
            found = found + [
                c
                for own in dict.fromkeys(name_key(c.name) for c in found)
                for c in self._by_key.get(own, [])
                if _own_name(c, own) and c not in found
            ]
        if country_code:
            code = country_code.upper()
            found = [c for c in found if c.country_code == code]
        return sorted(found, key=lambda c: (not _own_name(c, name), -c.population))

    def unambiguous(self, name: str, country_code: str | None = None) -> Candidate | None:
        """The one city called `name` there, or None when there is none or a choice.

        A city whose own name it is goes before cities that carry it as another name:
        Mechelen is Mechelen, though GeoNames also calls Mechelen-aan-de-Maas so. Two
        cities of that name (Richmond, Virginia and California) are a choice, and so
        are two other names without an own one (Londen: London in England and Ontario).
        """
        found = self.candidates(name, country_code)
        own = [c for c in found if _own_name(c, name)]
        choice = own or found
        return choice[0] if len(choice) == 1 else None


def _own_name(city: Candidate, name: str) -> bool:
    return name_key(city.name) == name_key(name)


def _read_cities() -> Iterable[tuple[Candidate, list[str]]]:
    with gzip.open(resource_path(*GAZETTEER_FILE), "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            number_, name, country, region, population, lat, lon, keys = line.rstrip("\n").split(
                "\t"
            )
            city = Candidate(
                int(number_), name, country, region, int(population), float(lat), float(lon)
            )
            yield city, keys.split(" ")


_loading = threading.Lock()  # the window reads it ahead in a thread (ui/forms/place_position.py)
_loaded: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The gazetteer, read from its file the first time it is asked for (once, also when
    two threads ask at the same time)."""
    with _loading:
        if not _loaded:
            _loaded.append(Gazetteer(_read_cities()))
        return _loaded[0]


def candidates(name: str, country_code: str | None = None) -> list[Candidate]:
    return gazetteer().candidates(name, country_code)


def unambiguous(name: str, country_code: str | None = None) -> Candidate | None:
    return gazetteer().unambiguous(name, country_code)


def degrees(latitude: float, longitude: float) -> str:
    """51,92° NB 4,48° OL (51.92° N 4.48° E): a position as a reader checks it on a map."""
    north = _("{degrees}° N") if latitude >= 0 else _("{degrees}° S")
    east = _("{degrees}° E") if longitude >= 0 else _("{degrees}° W")
    return " ".join(
        (
            north.format(degrees=_two_decimals(latitude)),
            east.format(degrees=_two_decimals(longitude)),
        )
    ).replace("° ", "°\u00a0")


def _two_decimals(value: float) -> str:
    # Always two ("75,10", not "75,1"): a list of candidates reads as a column.
    return format_decimal(round(abs(value), 2), format="0.00", locale=current_locale())


def describe(candidate: Candidate) -> str:
    """ "Richmond, Virginia, Verenigde Staten (226.610 inwoners; 37,55° N 77,46° W)": enough
    to tell candidates of one name apart."""
    country = current_locale().territories.get(candidate.country_code, candidate.country_code)
    where = ", ".join(p for p in (candidate.name, candidate.region, country) if p)
    inhabitants = ngettext(
        "{count} inhabitant", "{count} inhabitants", candidate.population
    ).format(count=number(candidate.population, 0))
    return _("{where} ({inhabitants}; {position})").format(
        where=where,
        inhabitants=inhabitants,
        position=degrees(candidate.latitude, candidate.longitude),
    )

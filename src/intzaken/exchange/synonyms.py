"""The words a team already uses, read as the app's own: synonyms of the closed
vocabularies and other names of countries.

Data with one job. The import reads a cell through these tables only when the cell is not
the app's own word (its Dutch label, its code, a country's Dutch name or ISO code), and
then says so in the preview ("'Zusterstad' gelezen als stedenband"): nothing is
reinterpreted silently. Every word is compared folded (`folded`): case, accents (é = e),
hyphens and extra or no-break spaces never matter.
"""

from __future__ import annotations

import functools
from enum import StrEnum

import pycountry
from babel import Locale

from ..domain.enums import DatePrecision, RelationKind, TransportMode, TripKind
from ..services.search.folding import fold


def folded(text: str) -> str:
    """`text` as every word here is compared: lower case, no accents, a hyphen read as a
    space ("Noord Ierland" = "Noord-Ierland"), and single ordinary spaces."""
    return " ".join(fold(text).replace("-", " ").split())


# Other words for an enum value, as lists and council letters write them (the labels in
# domain/labels.py and the English codes, "twin city" for twin_city, are the app's own
# words and are not repeated here). Each is read as the value and reported as a notice.
CHOICE_SYNONYMS: dict[StrEnum, tuple[str, ...]] = {
    RelationKind.TWIN_CITY: (
        # The Dutch words for one link between two cities, singular and plural, as
        # municipal web pages use them interchangeably with "stedenband" (the label).
        "stedenbanden",
        "zusterstad",
        "zustersteden",
        "partnerstad",
        "partnersteden",
        "jumelage",  # the French word, common in Belgian and older Dutch lists
        "twinning",
        "sister city",
        "Partnerstadt",  # German partners' own lists
        "Städtepartnerschaft",
    ),
    RelationKind.FRIENDSHIP: (
        # A lighter link than a stedenband; these are the words councils use for it.
        "vriendschapsband",
        "vriendschapsbanden",
        "vriendschapsrelaties",
        "vriendschap",
        "vriendschapsstad",
    ),
    RelationKind.STRATEGIC_PARTNER: ("strategisch partner", "strategische partners"),
    TripKind.STUDY_TRIP: ("studiebezoek", "study visit", "studiereizen"),
    TripKind.WORKING_VISIT: ("werkbezoeken", "ambtsreis", "dienstreis"),
    TripKind.TRADE_MISSION: ("handelsreis", "economische missie"),
    TripKind.CONFERENCE: ("congressen", "conferentie", "symposium"),
    TripKind.NETWORK_MEETING: ("netwerkoverleg", "netwerkvergadering"),
    # How a template's precision column is filled in by hand.
    DatePrecision.DAY: ("datum", "op de dag", "exact"),
    DatePrecision.MONTH: ("alleen maand", "alleen de maand"),
    DatePrecision.YEAR: ("alleen jaar", "alleen het jaar"),
    TransportMode.PLANE: ("vlucht", "vliegen", "flight"),
    TransportMode.TRAIN: ("thalys", "eurostar", "ice", "tgv"),
    TransportMode.CAR: ("eigen auto", "privéauto"),
}

# Names of countries that CLDR does not give in Dutch, English or German, by ISO code.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    # The parts of the United Kingdom are not ISO countries; a trip to Manchester or
    # Edinburgh is a trip to the United Kingdom, however the list writes it.
    "GB": (
        "Engeland",
        "Schotland",
        "Wales",
        "Noord-Ierland",
        "Groot-Brittannië",
        "Brittannië",
        "VK",
        "UK",
        "England",
        "Scotland",
        "Northern Ireland",
        "Great Britain",
        "Britain",
        "Großbritannien",
        "Schottland",
    ),
    # "Holland" is how many Dutch (and most foreign) texts name the country.
    "NL": ("Holland", "The Netherlands", "Nederlanden"),
    "US": ("USA", "VS", "Amerika", "Verenigde Staten van Amerika", "America", "U.S.A."),
    # "Korea" alone means the south in municipal contacts (no trips go north).
    "KR": ("Korea", "Republiek Korea", "Südkorea"),
    "CZ": ("Tsjechische Republiek", "Czech Republic", "Tschechische Republik"),
    "AE": ("VAE", "UAE", "Emiraten", "Verenigde Arabische Emiraten"),
    "CN": ("Volksrepubliek China",),
    "TR": ("Turkey", "Türkei"),
    "RU": ("Russische Federatie",),
    "VA": ("Vaticaan", "Vaticaanstad"),
    "CV": ("Kaapverdië", "Cape Verde", "Kapverden"),
}

# CLDR's own names in these languages are read too (the Dutch ones are the app's words).
CLDR_LANGUAGES = ("en", "de")


@functools.cache
def country_synonyms() -> dict[str, str]:
    """Folded other name -> ISO code: the aliases above first, then CLDR's English and
    German names, then pycountry's English names (official and common). A name that is
    some country's Dutch name or code never gets here: the caller looks those up first."""
    codes = {country.alpha_2 for country in pycountry.countries}
    found: dict[str, str] = {}
    for code, names in COUNTRY_ALIASES.items():
        for name in names:
            found.setdefault(folded(name), code)
    for language in CLDR_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in codes:
                found.setdefault(folded(name), code)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            other = getattr(country, attribute, None)
            if isinstance(other, str) and other:
                found.setdefault(folded(other), country.alpha_2)
    return found


def choice_synonyms(enum_type: type[StrEnum]) -> dict[str, StrEnum]:
    """Folded synonym -> member, for the members of `enum_type`."""
    return {
        folded(word): member
        for member, words in CHOICE_SYNONYMS.items()
        if isinstance(member, enum_type)
        for word in words
    }

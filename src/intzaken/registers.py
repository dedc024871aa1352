"""The registers by one name each, and what they are called in Dutch and English.

Every table that holds something per register (the services' specs, the exchange's sheet
layouts, the travel copy's registers, the window's pages and forms, the command line's
lists) is keyed by `RegisterKey` (register_keys.py), so a new register is one member
there and a failing test (tests/test_register_spec.py) for each table that does not have
it yet.

A `RegisterKey` is a `StrEnum`: it equals its value, which is what the history's `register`
column, the settings and the command line (`intzaken list trips`) hold, so those stay as
they were. Without SQLAlchemy or Babel: the window's frame imports it before its first paint.
"""

from __future__ import annotations

from dataclasses import dataclass

# Here as ever; in a module of their own so that the command line's parser has them
# without dataclasses (issue 22).
from .register_keys import MAIN_REGISTERS, RegisterKey


@dataclass(frozen=True)
class Nouns:
    """What one record and several are called, for messages and counts.

    The table holds both languages itself (these are the words of the register spec, and
    the workbook's sheets are named by the Dutch plural whatever the language); `word`,
    `the_word` and `capitalised` give them in the current language of intzaken.i18n."""

    article: str  # Dutch: "de", "het"
    singular: str  # Dutch: "reis"
    plural: str  # Dutch: "reizen"
    english: str  # "trip"
    english_plural: str  # "trips"

    def word(self, count: int = 1) -> str:
        """'reis' or 'reizen' (in English 'trip' or 'trips') by `count`."""
        if _language() == "en":
            return self.english if count == 1 else self.english_plural
        return self.singular if count == 1 else self.plural

    def the_word(self) -> str:
        """'de reis' ('the trip'), as the conflict messages name a record."""
        return f"the {self.english}" if _language() == "en" else f"{self.article} {self.singular}"

    @property
    def capitalised(self) -> str:
        """'Reis' ('Trip'), as a message that a record does not exist names it."""
        word = self.word()
        return word[:1].upper() + word[1:]


def _language() -> str:
    # Imported here: this module is read before the window's first paint, and
    # intzaken.i18n loads Babel.
    from .i18n import current_language

    return current_language()


NOUNS: dict[str, Nouns] = {
    RegisterKey.TRIPS: Nouns("de", "reis", "reizen", "trip", "trips"),
    RegisterKey.RELATIONS: Nouns("de", "relatie", "relaties", "relation", "relations"),
    RegisterKey.NETWORKS: Nouns("het", "netwerk", "netwerken", "network", "networks"),
    RegisterKey.AGREEMENTS: Nouns(
        "de", "overeenkomst", "overeenkomsten", "agreement", "agreements"
    ),
    RegisterKey.OFFICIALS: Nouns("de", "bestuurder", "bestuurders", "official", "officials"),
    RegisterKey.BUDGET: Nouns(
        "de", "begrotingspost", "begrotingsposten", "budget line", "budget lines"
    ),
    RegisterKey.CONTACTS: Nouns("de", "contactpersoon", "contactpersonen", "contact", "contacts"),
    RegisterKey.PLACES: Nouns("de", "plaats", "plaatsen", "place", "places"),
    RegisterKey.POLICIES: Nouns("het", "beleidskader", "beleidskaders", "policy", "policies"),
    RegisterKey.PROJECTS: Nouns("het", "EU-project", "EU-projecten", "EU project", "EU projects"),
    RegisterKey.ORGANISATION: Nouns(
        "de", "organisatie", "organisaties", "organisation", "organisations"
    ),
}

__all__ = ["MAIN_REGISTERS", "NOUNS", "Nouns", "RegisterKey"]

"""The Dutch reads as Dutch: no "1 regels", no "bestuurder … verwijderen?" at the start of a
dialog, no "kosten mag". Both catalogs are read: the interface's (.ts, filled from
tools/dutch/) and the one below it (the gettext .po).

The checks are patterns that kept coming back, not a grammar: a count in a sentence
goes through a plural form (Qt's %n, gettext's ngettext), a message whose English starts
with a capital starts with one in Dutch, and a field's label, which may be plural
("Reis- en verblijfkosten"), is never the subject of a verb in the singular.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "intzaken_nl.ts"
PO = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "intzaken.po"


@dataclass(frozen=True)
class Message:
    english: str
    dutch: tuple[str, ...]  # one text, or the singular and plural forms
    plural: bool


def _ts_messages() -> list[Message]:
    found = []
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = tuple(n.text or "" for n in translation.iter("numerusform"))
        plural = message.get("numerus") == "yes"
        dutch = forms if plural else (translation.text or "",)
        found.append(Message(message.findtext("source") or "", dutch, plural))
    return found


def _po_messages() -> list[Message]:
    with PO.open("rb") as file:
        catalog = read_po(file)
    found = []
    for entry in catalog:
        if not entry.id:
            continue
        if isinstance(entry.id, tuple):
            found.append(Message(entry.id[0], tuple(entry.string), True))
        else:
            found.append(Message(entry.id, (entry.string,), False))
    return found


CATALOGS = {"interface": _ts_messages, "below the interface": _po_messages}

# A count written before an English plural noun: "{count} records", "%1 days", "in {days}
# days", "{history} changes". (Placeholders for names and amounts are left out.)
ENGLISH_COUNTED = re.compile(
    r"(\{(?:count|days|rows|history|pages|places|length|added|changed|deleted|kept|total)\}"
    r"|%\d) (?:more |other |earlier )?[a-z]+s\b"
)
# Counts that can never be 1, so the plural is the only form a sentence needs. Each with
# why; an entry that no longer occurs fails, so the list only shrinks.
ALWAYS_PLURAL = {
    # advice_out_of_date: only shown when the advice is more than two weeks old.
    "Checked %1 days ago: check the travel advice again before a departure.",
    # A threshold of the readiness check (READINESS_ADVICE_DAYS), never 1.
    "The travel advice was last checked on {date}, more than {days} days before "
    "departure: check it again.",
    # Only a trip of more than one night lacks a hotel (services/readiness.py).
    "Stay: no hotel has been recorded for this trip of {days} days.",
    # One trip gets the single trip card's title; this is for two or more.
    "Trip cards ({count} trips)",
    # "Matches several": asked only when more than one matched.
    "'{name}' matches {count} budget lines{in_year}; give the exact name.",
    "'{name}' matches {count} records ({what}); give the full name.",
    # Limits of the import (MAX_ROWS), never 1.
    "{name} has more than {rows} rows; split the file.",
    "{name}: sheet '{sheet}' has more than {rows} rows; split the file.",
    # A list of two or more row numbers, then their number.
    "{rows}, … ({count} rows)",
    # Longer than a limit of at least one character: two or more.
    "the text is too long ({length} characters, at most {limit}).",
    "{field} is too long ({length} characters, at most {limit}).",
    "{field}: '{theme}…' is too long ({length} characters, at most {limit}).",
    # The places of money (2) or of CO2 (3).
    "{value} has more than {places} decimals.",
}
# The Dutch of a count that is the same in the singular: "1 keer", "2 keer".
SAME_IN_DUTCH = re.compile(r"\b(keer|meer|ton)\b")
# Words for what is counted that read as plural in Dutch: after "1 " they are wrong.
DUTCH_PLURAL_AFTER_ONE = re.compile(r"(?<![\d.,%])1 ([a-z]+(?:en|s)|[a-z]+'s)\b")
NOT_PLURAL_AFTER_ONE = {"keer", "reis", "bus", "prijs", "adres", "oktober", "december"}
# A field's label as the subject of a verb in the singular ("{field} is verplicht"): the
# label may be plural ("Overige kosten", "Thema's").
LABEL_AS_SUBJECT = re.compile(r"\{field\} (is|mag|moet|heeft|kan|wordt|was|staat)\b")
# Labels that are always one date or one person, so "is" and "moet" agree with them.
SINGULAR_LABELS = {
    "{field} must be after the check-in date.",  # the check-out date
    "{field} must be one of the travellers.",  # the head of the delegation
    "{field} is in it twice.",  # one line of a list: "Reizigers (regel 3)"
}
# Plural subjects written out with a verb in the singular.
PLURAL_WITH_SINGULAR_VERB = re.compile(
    r"\b(kosten|reizen|bedragen|gegevens|regels|rijen|datums|records|bestanden) "
    r"(mag|moet|is|kan|wordt|heeft|was)\b",
    re.IGNORECASE,
)
# Placeholders a sentence may start with in Dutch although the English does not: names
# of files, paths and people, which are written as they are.
NAME_PLACEHOLDERS = {"{file}", "{path}", "{name}", "{organisation}", "{authors}"}


def _catalog(name: str) -> list[Message]:
    return CATALOGS[name]()


def _first_letter(text: str) -> str:
    """The first letter a reader sees: past markup, quotes, punctuation and mnemonics."""
    plain = re.sub(r"<[^>]+>", "", text)
    match = re.search(r"[^\W\d_]", plain)
    return match.group(0) if match else ""


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_count_in_a_sentence_has_a_singular(catalog: str) -> None:
    """ "1 regels" came from "{count} entries" translated once, for every number."""
    wrong = [
        m.english
        for m in _catalog(catalog)
        if not m.plural
        and ENGLISH_COUNTED.search(m.english)
        and not m.english.startswith("1 ")
        and m.english not in ALWAYS_PLURAL
    ]
    assert wrong == [], "use Qt's %n (self.tr(text, '', n)) or ngettext for these"


def test_every_always_plural_text_still_exists() -> None:
    english = {m.english for name in CATALOGS for m in _catalog(name)}
    assert sorted(ALWAYS_PLURAL - english) == []


@pytest.mark.parametrize("catalog", CATALOGS)
def test_the_singular_form_is_singular(catalog: str) -> None:
    """ "Ingelezen: 1 records" was a singular form copied from the plural."""
    wrong = [
        (m.english, m.dutch)
        for m in _catalog(catalog)
        if m.plural
        and len(m.dutch) == 2
        and m.dutch[0] == m.dutch[1]
        and not SAME_IN_DUTCH.search(m.dutch[0])
        and m.english.replace("s", "") != m.english
    ]
    assert wrong == []


@pytest.mark.parametrize("catalog", CATALOGS)
def test_one_is_followed_by_a_singular(catalog: str) -> None:
    wrong = [
        (m.english, dutch)
        for m in _catalog(catalog)
        for dutch in (m.dutch[:1] if m.plural else m.dutch)
        for word in DUTCH_PLURAL_AFTER_ONE.findall(dutch)
        if word not in NOT_PLURAL_AFTER_ONE
    ]
    assert wrong == []


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_sentence_starts_with_a_capital(catalog: str) -> None:
    """Dutch starting with a lower-case letter, or with a placeholder that puts a word
    such as 'bestuurder' first, where the English starts with a capital."""
    wrong = []
    for m in _catalog(catalog):
        if not _first_letter(m.english).isupper():
            continue
        for dutch in m.dutch:
            if re.match(r"%L?(\d|n)", dutch):
                continue  # a number: a sentence may start with one
            leading = re.match(r"\{\w+\}", dutch)
            if leading and leading.group(0) not in NAME_PLACEHOLDERS:
                if not m.english.startswith(leading.group(0)):
                    wrong.append((m.english, dutch))
            elif not leading and _first_letter(dutch).islower():
                wrong.append((m.english, dutch))
    assert wrong == []


@pytest.mark.parametrize("catalog", CATALOGS)
def test_a_plural_subject_takes_a_plural_verb(catalog: str) -> None:
    """ "Reis- en verblijfkosten mag niet negatief zijn": a label is never the subject."""
    wrong = [
        (m.english, dutch)
        for m in _catalog(catalog)
        for dutch in m.dutch
        if (LABEL_AS_SUBJECT.search(dutch) and m.english not in SINGULAR_LABELS)
        or PLURAL_WITH_SINGULAR_VERB.search(dutch)
    ]
    assert wrong == []

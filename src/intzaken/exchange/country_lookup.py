"""The countries an import's cells name: by their Dutch name or code (case, accents and
spaces aside), else by another name (synonyms.py). Each text's answer is kept for the
whole import: a large file names the same few countries in thousands of cells, and each
look-up folds the text (issue 22)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Country
from .synonyms import country_synonyms, folded

# (the country, its code, whether found through a synonym); (None, None, False): unknown.
CountryAnswer = tuple[Country | None, str | None, bool]


class CountryLookup:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._countries: dict[str, Country] | None = None  # folded name or code -> country
        self._answers: dict[str, CountryAnswer] = {}  # by the text as written

    def answer(self, text: str) -> CountryAnswer:
        found = self._answers.get(text)
        if found is None:
            found = self._answers[text] = self._find(text)
        return found

    def _find(self, text: str) -> CountryAnswer:
        if self._countries is None:
            self._countries = {}
            for country in self.session.scalars(select(Country)):
                for word in (country.code, country.alpha3, country.name):
                    self._countries.setdefault(folded(word), country)
        key = folded(text)
        found = self._countries.get(key)
        if found is not None:
            return found, found.code, False
        code = country_synonyms().get(key)
        found = self._countries.get(folded(code)) if code else None
        return (None, None, False) if found is None else (found, found.code, True)

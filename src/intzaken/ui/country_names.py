"""Country names as the window shows them: in its language.

The database keeps each country's Dutch name (CLDR, services/places.py), which the
Dutch window shows as it is; in English the name comes from CLDR by the country's code
(formatting.country_name), as the reports do. Where a list gives only the stored name
(a trip's destinations), the code is found from the Dutch name.
"""

from __future__ import annotations

import functools
from typing import Any

from ..i18n import current_language

# Babel (through formatting) only when a name is to be translated: the Dutch window
# shows the stored names, and its trips page imports this module before its first paint
# (python -X importtime: Babel was a fifth of what the window imports besides Qt).


@functools.cache
def _codes_by_dutch_name() -> dict[str, str]:
    from babel import Locale

    return {
        name: code
        for code, name in Locale.parse("nl").territories.items()
        if len(code) == 2 and code.isalpha()
    }


def shown_country(stored: str, code: str | None = None) -> str:
    """The country stored as `stored` (its Dutch name) in the window's language. Without
    `code`, a name that is no country's Dutch name (a city's) is returned as it is."""
    if current_language() == "nl":
        return stored
    from ..formatting import country_name

    code = code or _codes_by_dutch_name().get(stored)
    return country_name(code, stored) if code else stored


def shown_countries(options: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """(code, stored name) choices as (code, shown name), sorted by what is shown."""
    shown = [(code, shown_country(name, code)) for code, name in options]
    return sorted(shown, key=lambda item: item[1].casefold())

"""Which title an official held on a day: "burgemeester", "voormalig wethouder"."""

from __future__ import annotations

import datetime as dt

from ..i18n import _
from .labels import label
from .people import OfficeTerm, Official


def term_on(official: Official, day: dt.date) -> OfficeTerm | None:
    """The term the official held on `day`; the latest one to start when terms overlap."""
    holding = [
        t
        for t in official.terms
        if t.start_date <= day and (t.end_date is None or day <= t.end_date)
    ]
    return max(holding, key=lambda t: t.start_date, default=None)


def title_on(official: Official, day: dt.date, as_of: dt.date) -> str:
    """The title for a trip on `day`, as a report dated `as_of` prints it.

    "voormalig" goes in front when that term had ended by the report's date. An official
    with no term on the day is printed by the nearest term before it, else the first one.
    """
    term = term_on(official, day)
    if term is None:
        earlier = [t for t in official.terms if t.start_date <= day]
        candidates = earlier or official.terms
        if not candidates:
            return ""
        term = max(candidates, key=lambda t: t.start_date) if earlier else candidates[0]
    title = label(term.role)
    if term.end_date is not None and term.end_date < as_of:
        title = _("former {title}").format(title=title)
    return title


def titled_name(official: Official, day: dt.date, as_of: dt.date) -> str:
    """ "burgemeester Aboutaleb", "voormalig wethouder Karremans"."""
    title = title_on(official, day, as_of)
    return f"{title} {official.short_name}".strip()

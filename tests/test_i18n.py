"""The language of the layers below the window: Dutch by default, English on request,
for the process or for one piece of work in one thread."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from intzaken.domain.enums import RelationKind, Role, TripStatus
from intzaken.domain.labels import LABELS, label
from intzaken.formatting import date_range, dutch_list, long_date, money, month_range, short_date
from intzaken.i18n import (
    UnknownLanguageError,
    _,
    current_language,
    language_scope,
    lazy_gettext,
    ngettext,
    set_language,
)


def test_dutch_is_the_default() -> None:
    assert current_language() == "nl"
    assert _("Trip card") == "Reiskaart"
    assert label(TripStatus.DONE) == "uitgevoerd"


def test_a_scope_chooses_english_and_ends() -> None:
    with language_scope("en"):
        assert _("Trip card") == "Trip card"
        assert label(RelationKind.TWIN_CITY) == "twin city"
        assert ngettext(
            "{report} written to {target} ({pages} page).",
            "{report} written to {target} ({pages} pages).",
            2,
        ).endswith("pages).")
    assert current_language() == "nl"
    with language_scope(None):
        assert current_language() == "nl"


def test_the_dutch_labels_stay_dutch_in_english() -> None:
    """Workbooks and travel copies read and write the Dutch words, whatever the language."""
    with language_scope("en"):
        assert LABELS[Role.MAYOR] == "burgemeester"
        assert label(Role.MAYOR) == "mayor"


def test_a_scope_holds_in_its_own_thread_only() -> None:
    seen: list[str] = []
    inside = threading.Event()
    done = threading.Event()

    def work() -> None:
        with language_scope("en"):
            inside.set()
            done.wait(5)
            seen.append(_("Trip card"))

    worker = threading.Thread(target=work)
    worker.start()
    inside.wait(5)
    seen.append(_("Trip card"))  # the main thread keeps Dutch meanwhile
    done.set()
    worker.join(5)
    assert seen == ["Reiskaart", "Trip card"]


def test_the_process_language_and_a_bad_one() -> None:
    try:
        set_language("en")
        assert _("Trip card") == "Trip card"
        with language_scope("nl"):
            assert _("Trip card") == "Reiskaart"
    finally:
        set_language("nl")
    with pytest.raises(UnknownLanguageError, match="Onbekende taal 'de'; kies uit nl, en"):
        set_language("de")
    assert current_language() == "nl"


START, END = dt.date(2024, 1, 27), dt.date(2024, 2, 3)


def _formatted() -> tuple[str, ...]:
    return (
        money(Decimal("22360"), whole=True),
        money(Decimal("1239.54")),
        long_date(START),
        short_date(START),
        date_range(START, END),
        month_range(START, END),
        dutch_list(["a", "b", "c"]),
    )


def test_dates_amounts_and_lists_follow_the_language() -> None:
    assert _formatted() == (
        "€ 22.360,-",
        "€\xa01.239,54",
        "27 januari 2024",
        "27-01-2024",
        "27 januari t/m 3 februari 2024",
        "januari t/m februari 2024",
        "a, b en c",
    )
    with language_scope("en"):
        assert _formatted() == (
            "€22,360",
            "€1,239.54",
            "27 January 2024",
            "27/01/2024",
            "27 January to 3 February 2024",
            "January to February 2024",
            "a, b and c",
        )
    assert short_date(START) == "27-01-2024"  # the cache keeps the languages apart


def test_a_lazy_text_follows_the_language_when_printed() -> None:
    heading = lazy_gettext("Trip card")
    assert f"{heading}" == "Reiskaart"
    with language_scope("en"):
        assert str(heading) == "Trip card"

"""Reading Dutch notation of amounts and dates, as users type them and as documents print them.

The forms use these, and so will the Excel import. The rule is: read every notation a Dutch
reader reads without doubt, and refuse everything else with a message in the current
language (the notation read stays Dutch whatever the language). Silently reading
"1,770.00" as 1,77 or "12.34" as 1234 would put a wrong figure in a council report.

The locale's symbols and month names come from Babel (CLDR), like formatting.py; the grammar
is our own because Babel's parse_decimal accepts too much in lenient mode (it reads
"12,345" as 12.345 without complaint) and its strict mode explains itself in English.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from babel.dates import get_month_names
from babel.lists import format_list
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from .formatting import LOCALE
from .i18n import N_, _, current_locale, ngettext

_DECIMAL = get_decimal_symbol(LOCALE)  # ","
_GROUP = get_group_symbol(LOCALE)  # "."
# Babel puts a minus after the euro sign ("€ -1.234,50") or before it ("-€ 1.234,-");
# documents copied from Word or the web may carry the real minus sign or a dash.
_MINUS = {get_minus_sign_symbol(LOCALE), "-", "\u2212", "\u2013"}
# Babel separates "€" from the number by a no-break space; copies may carry other spaces.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CURRENCY = re.compile(r"^(?:€|eur\b)|(?:€|eur)$", re.IGNORECASE)
# Round amounts in council reports: "€ 22.360,-" (also ",--" and with a dash).
_WHOLE_SUFFIX = re.compile(r"[,](?:-{1,2}|\u2013|\u2014)$")
_G, _D = re.escape(_GROUP), re.escape(_DECIMAL)
# Only ASCII digits: "٣" is a digit to Python's int() but not to a reader of a Dutch form.
_NUMBER = re.compile(rf"^(?P<int>[0-9]{{1,3}}(?:{_G}[0-9]{{3}})+|[0-9]*)(?:{_D}(?P<frac>[0-9]+))?$")


def _refuse_amount(text: str, core: str) -> ValueError:
    """The most helpful message for a number we cannot read with certainty."""
    if _GROUP in core and _DECIMAL in core and core.rfind(_GROUP) > core.rfind(_DECIMAL):
        return ValueError(
            _(
                "'{text}' is not Dutch notation: use a comma for decimals and a full stop "
                "for thousands (1.770,00)."
            ).format(text=text)
        )
    if _GROUP in core and re.fullmatch(r"[0-9.,]+", core):
        return ValueError(
            _(
                "'{text}' is not a valid amount: the full stop separates groups of three "
                "digits (1.770) and decimals come after a comma (17,70)."
            ).format(text=text)
        )
    return ValueError(_("'{text}' is not an amount.").format(text=text))


def parse_amount(text: str, *, places: int = 2, currency: bool = True) -> Decimal | None:
    """The exact value of a Dutch amount such as "€ 22.360,-" or "1.239,54"; None when empty.

    Refuses (ValueError, a message in the current language) anything not certain,
    including more than `places` decimals (trailing zeros excepted: "12,340" is 12,34)
    and English notation. Without `currency` a euro sign is refused too (a CO2 field,
    for instance).
    """
    text = _SPACES.sub(" ", text).strip()  # messages quote the text as the user sees it
    if not text:
        return None
    core = text
    signed = negative = euro = False
    # Sign and currency may come in either order, each at most once: "-€ 5", "€ -5", "5 €";
    # "+" as formatting.change() prints a rise.
    for _turn in range(2):
        if not signed and (core[:1] in _MINUS or core[:1] == "+"):
            signed, negative, core = True, core[:1] != "+", core[1:].strip()
        if not euro and _CURRENCY.search(core):
            if not currency:
                raise ValueError(
                    _("'{text}' is not a number: leave out the euro sign.").format(text=text)
                )
            euro, core = True, _CURRENCY.sub("", core, count=1).strip()
    whole = _WHOLE_SUFFIX.search(core)
    if whole:
        core = core[: whole.start()]
    match = _NUMBER.match(core)
    if not match or not (match["int"] or match["frac"]) or (whole and match["frac"]):
        raise _refuse_amount(text, core)
    digits = match["int"].replace(_GROUP, "") or "0"
    fraction = match["frac"] or ""
    if len(fraction) > places:
        if fraction[places:].strip("0"):
            raise ValueError(
                ngettext(
                    "'{text}' has more than {places} decimal place.",
                    "'{text}' has more than {places} decimal places.",
                    places,
                ).format(text=text, places=places)
            )
        fraction = fraction[:places]
    value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    return -value if negative else value


def _month_numbers() -> tuple[dict[str, int], dict[int, str]]:
    """Month names by their words: Dutch (the file's and the form's language) and English
    (lists copied from English documents), wide and Babel's abbreviations ("mrt", "oct"),
    and every prefix of three letters on that names one month only. With the Dutch wide
    names by number, for messages."""
    names: dict[str, int] = {}
    for locale in (LOCALE, "en"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                names.setdefault(name.lower().rstrip("."), number)
    for locale in (LOCALE, "en"):
        for number, name in get_month_names("wide", locale=locale).items():
            for length in range(3, len(name)):
                names.setdefault(name[:length].lower(), number)
    return names, dict(get_month_names("wide", locale=LOCALE).items())


_MONTHS, _MONTH_NAMES = _month_numbers()
_NUMERIC_DATE = re.compile(r"^([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]+)$")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_WRITTEN_DATE = re.compile(r"^([0-9]{1,2})\.? +([^\W\d_]+)\.?(?: +([0-9]+))?$")
_EIGHT_DIGITS = re.compile(r"^([0-9]{2})([0-9]{2})([0-9]{4})$")  # 10032026: ddmmyyyy
# Month forms: "oktober 2016", "okt. 2016", "10-2016", "10/2016", "2016-10".
_WRITTEN_MONTH = re.compile(r"^([^\W\d_]+)\.? +([0-9]{4})$")
_NUMERIC_MONTH = re.compile(r"^([0-9]{1,2})[-/.]([0-9]{4})$")
_ISO_MONTH = re.compile(r"^([0-9]{4})-([0-9]{1,2})$")
_YEAR = re.compile(r"^([0-9]{4})$")
# The notations read are Dutch in either language, so is the month in the example.
_EXAMPLE = N_("27-01-2024 or 27 januari 2024")
_MONTH_EXAMPLE = N_("oktober 2016 or 10-2016")

# A two-digit year is read in the century around us: 00-49 as 2000-2049, 50-99 as
# 1950-1999 (the pivot 50). Trips, agreements and terms lie within those hundred years,
# and a reader of "10-3-26" thinks of 2026, not 1926.
TWO_DIGIT_PIVOT = 50

DAY, MONTH, YEAR = "day", "month", "year"  # the values of domain.enums.DatePrecision


@dataclass(frozen=True)
class Period:
    """A date as written: to the day, only its month, or only its year (then `first` is
    the first day of that month or year)."""

    first: dt.date
    precision: str  # DAY, MONTH or YEAR


def _full_year(text: str, year: str) -> int:
    if len(year) == 4:
        return int(year)
    if len(year) == 2:
        value = int(year)
        return 2000 + value if value < TWO_DIGIT_PIVOT else 1900 + value
    raise ValueError(
        _("'{text}': write the year in full, for example {example}.").format(
            text=text, example=_(_EXAMPLE)
        )
    )


def _month(text: str, name: str) -> int:
    """The month a word names, or a ValueError saying which months it could be."""
    word = name.lower().rstrip(".")
    number = _MONTHS.get(word)
    if number is not None:
        return number
    could_be = sorted({n for w, n in _MONTHS.items() if w.startswith(word)})
    if len(could_be) > 1:
        raise ValueError(
            _("'{text}': '{name}' can be {months}; write the month in full.").format(
                text=text,
                name=name,
                months=format_list(
                    [_MONTH_NAMES[n] for n in could_be], style="or", locale=current_locale()
                ),
            )
        )
    raise ValueError(_("'{text}': '{name}' is not a month.").format(text=text, name=name))


def parse_date(text: str) -> dt.date | None:
    """A date in the notations Dutch users type: 27-01-2024, 27-1-2024, 27/01/2024,
    27.01.2024, 2024-01-27, 27 januari 2024, 27 jan 2024, 27 October 2024, 27012024
    (ddmmyyyy) and 27-1-24 (a two-digit year, see TWO_DIGIT_PIVOT). None when empty.

    "27 januari" has no year and "27 ju 2024" could be June or July: both are refused
    rather than guessed.
    """
    text = _SPACES.sub(" ", text).strip()  # messages quote the text as the user sees it
    if not text:
        return None
    if match := _ISO_DATE.match(text):
        year, month, day = match[1], match[2], match[3]
    elif match := _NUMERIC_DATE.match(text):
        day, month, year = match[1], match[3], match[4]
    elif match := _EIGHT_DIGITS.match(text):
        day, month, year = match[1], match[2], match[3]
    elif match := _WRITTEN_DATE.match(text.lower()):
        day, name, year = match[1], match[2], match[3]
        month = str(_month(text, name))
        if year is None:
            raise ValueError(
                _("'{text}' has no year; write for example {example}.").format(
                    text=text, example=_(_EXAMPLE)
                )
            )
    else:
        raise ValueError(
            _("'{text}' is not a date; write for example {example}.").format(
                text=text, example=_(_EXAMPLE)
            )
        )
    full_year = _full_year(text, year)
    try:
        return dt.date(full_year, int(month), int(day))
    except ValueError:
        raise ValueError(_("'{text}' is not an existing date.").format(text=text)) from None


def parse_month(text: str) -> dt.date | None:
    """A month as people write it: oktober 2016, okt 2016, okt. 2016, October 2016,
    10-2016, 10/2016, 2016-10. The first day of that month; None when empty."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return None
    if match := _WRITTEN_MONTH.match(text):
        month, year = _month(text, match[1]), int(match[2])
    elif match := _NUMERIC_MONTH.match(text):
        month, year = int(match[1]), int(match[2])
    elif match := _ISO_MONTH.match(text):
        month, year = int(match[2]), int(match[1])
    else:
        raise ValueError(
            _("'{text}' is not a month; write for example {example}.").format(
                text=text, example=_(_MONTH_EXAMPLE)
            )
        )
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(_("'{text}' is not an existing month.").format(text=text))
    return dt.date(year, month, 1)


def parse_period(text: str) -> Period | None:
    """A date to the day (parse_date), a month (parse_month) or a year alone ("2016"),
    for what may be known only by its month or year (a trip). None when empty."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return None
    if match := _YEAR.match(text):
        year = int(match[1])
        if year < 1:
            raise ValueError(_("'{text}' is not an existing year.").format(text=text))
        return Period(dt.date(year, 1, 1), YEAR)
    if _WRITTEN_MONTH.match(text) or _NUMERIC_MONTH.match(text) or _ISO_MONTH.match(text):
        first = parse_month(text)
        assert first is not None
        return Period(first, MONTH)
    try:
        day = parse_date(text)
    except ValueError as exc:
        if _NOT_A_DATE.match(text):
            raise ValueError(
                _("'{text}' is not a date; write for example {example}, {months} or 2016.").format(
                    text=text, example=_(_EXAMPLE), months=_(_MONTH_EXAMPLE)
                )
            ) from None
        raise exc from None
    assert day is not None
    return Period(day, DAY)


# What parse_date refuses as no date at all, where a month or year would have been read.
_NOT_A_DATE = re.compile(r"^[^0-9]*$|^[0-9]{1,3}$|^[0-9]{5,7}$")


_TIME = re.compile(r"^([0-9]{1,2})(?:[:.u]([0-9]{2}))?$")
_TIME_DIGITS = re.compile(r"^([0-9]{2})([0-9]{2})$")


def parse_time(text: str) -> dt.time | None:
    """A time of day: 09:30, 9:30, 9.30, 9u30, 0930 or a whole hour (9). None when empty."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return None
    match = _TIME_DIGITS.match(text) or _TIME.match(text.lower())
    if not match:
        raise ValueError(_("'{text}' is not a time; write for example 09:30.").format(text=text))
    try:
        return dt.time(int(match[1]), int(match[2] or 0))
    except ValueError:
        raise ValueError(_("'{text}' is not an existing time.").format(text=text)) from None


def parse_degrees(text: str) -> float | None:
    """A latitude or longitude in decimal degrees, "51,9225" or as maps write it
    ("51.9225": in degrees a full stop is never a thousands mark); None when empty.
    Refuses (ValueError) anything else, with a message in the current language."""
    cleaned = _SPACES.sub("", text).rstrip("°")
    if cleaned.count(".") == 1 and _DECIMAL not in cleaned:
        cleaned = cleaned.replace(".", _DECIMAL)
    try:
        value = parse_amount(cleaned, places=8, currency=False)
    except ValueError:
        raise ValueError(
            _("'{text}' is not a number of degrees, such as 51.9225.").format(text=text.strip())
        ) from None
    return None if value is None else float(value)

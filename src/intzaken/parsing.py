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
from decimal import Decimal

from babel.dates import get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from .formatting import LOCALE
from .i18n import N_, _, ngettext

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


def _month_numbers() -> dict[str, int]:
    """Dutch month names, Babel's abbreviations ("mrt") and every prefix of three letters on."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=LOCALE).items():
            names[name.lower().rstrip(".")] = number
    for number, name in get_month_names("wide", locale=LOCALE).items():
        for length in range(3, len(name)):
            names.setdefault(name[:length].lower(), number)
    return names


_MONTHS = _month_numbers()
_NUMERIC_DATE = re.compile(r"^([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]+)$")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_WRITTEN_DATE = re.compile(r"^([0-9]{1,2})\.? +([^\W\d_]+)\.?(?: +([0-9]+))?$")
# The notations read are Dutch in either language, so is the month in the example.
_EXAMPLE = N_("27-01-2024 or 27 januari 2024")


def parse_date(text: str) -> dt.date | None:
    """A date in the notations Dutch users type: 27-01-2024, 27-1-2024, 27/01/2024,
    27.01.2024, 2024-01-27, 27 januari 2024, 27 jan 2024. None when empty.

    The year must be written in full: "27-01-24" could mean 1924 or 2024, and "27 januari"
    has no year at all; both are refused rather than guessed.
    """
    text = _SPACES.sub(" ", text).strip()  # messages quote the text as the user sees it
    if not text:
        return None
    if match := _ISO_DATE.match(text):
        year, month, day = match[1], match[2], match[3]
    elif match := _NUMERIC_DATE.match(text):
        day, month, year = match[1], match[3], match[4]
    elif match := _WRITTEN_DATE.match(text.lower()):
        day, name, year = match[1], match[2], match[3]
        if name not in _MONTHS:
            raise ValueError(_("'{text}': '{name}' is not a month.").format(text=text, name=name))
        if year is None:
            raise ValueError(
                _("'{text}' has no year; write for example {example}.").format(
                    text=text, example=_(_EXAMPLE)
                )
            )
        month = str(_MONTHS[name])
    else:
        raise ValueError(
            _("'{text}' is not a date; write for example {example}.").format(
                text=text, example=_(_EXAMPLE)
            )
        )
    if len(year) != 4:
        raise ValueError(
            _("'{text}': write the year in full, for example {example}.").format(
                text=text, example=_(_EXAMPLE)
            )
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(_("'{text}' is not an existing date.").format(text=text)) from None


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

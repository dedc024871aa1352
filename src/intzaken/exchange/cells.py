"""How one field is written to a cell and read back: one codec per kind of value.

Export writes typed cells to a workbook (numbers, dates) so Excel can sum and sort them,
and Dutch notation to CSV, which has no types. Import accepts both: a typed cell as Excel
stores it, or text as a Dutch user types it (`intzaken.parsing`). Every refusal is a
`CellError` with a message (in the current language) quoting the cell. The words the
file holds (labels, ja/nee) are Dutch whatever the language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from babel.numbers import format_decimal

from ..domain.labels import LABELS
from ..formatting import LOCALE, short_date, tonnes
from ..i18n import _
from ..parsing import parse_amount, parse_date, parse_time
from ..services.checks import AMOUNT_LIMIT
from ..services.text_rules import text_fault, tidy_multi_line, tidy_single_line
from .problems import CellError
from .synonyms import choice_synonyms, folded

SEPARATOR = "; "  # between the items of a list in one cell
TEXT_LIMIT = 2_000  # a name, title or code
NOTE_LIMIT = 10_000  # free text: notes, purpose, outcomes


class Names(Protocol):
    """Records by name and names by record (see names.py)."""

    def official_id(self, text: str) -> int: ...
    def country_name(self, code: str) -> str: ...
    def country_code(self, text: str) -> str: ...
    def known_country_code(self, text: str) -> str | None: ...
    def read_as(self, written: str, meaning: str) -> None: ...
    def place_parts(self, place_id: int) -> tuple[str, str]: ...
    def place_id(self, name: str, country_code: str) -> int: ...
    def budget_line_name(self, line_id: int) -> str: ...
    def budget_line_id(self, text: str, year: int | None) -> int: ...
    def reference_name(self, kind: str, record_id: int) -> str: ...
    def reference_id(self, kind: str, text: str) -> int: ...


def quoted(raw: object) -> str:
    if isinstance(raw, int) and abs(raw) >= 10**60:
        # Python refuses str() of an int of more than 4,300 digits; none is worth quoting.
        return _("a number of more than 60 digits")
    text = str(raw)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def plain_text(raw: object, *, limit: int = TEXT_LIMIT, multiline: bool = False) -> str:
    """The text of a cell, checked for length and characters that have no business there
    by the rule the services apply too (services/text_rules.py)."""
    if type(raw) is str and len(raw) <= limit and raw.isprintable():
        # The usual cell, answered as the checks below would answer it: printable text has
        # no control character, line break or tab (isprintable() refuses all of them).
        return raw.strip() if multiline else " ".join(raw.split())
    if raw is None:
        return ""
    if isinstance(raw, bool):
        raise CellError(_("{value} is a true/false value, not text.").format(value=quoted(raw)))
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a code such as 2024 that Excel stored as a number
    if isinstance(raw, dt.datetime | dt.date | dt.time):
        raise CellError(_("{value} is a date or time, not text.").format(value=quoted(raw)))
    if isinstance(raw, int) and abs(raw) >= 10**60:
        raise CellError(_("{value} is a number, not text.").format(value=quoted(raw)))
    text = str(raw)
    if len(text) > limit:
        raise CellError(
            _("the text is too long ({length} characters, at most {limit}).").format(
                length=len(text), limit=limit
            )
        )
    fault = text_fault(text, multiline=multiline)
    if fault:
        raise CellError(_("the text {fault}").format(fault=fault))
    return tidy_multi_line(text) if multiline else tidy_single_line(text)


def _items(raw: object) -> list[str]:
    return [item.strip() for item in plain_text(raw).split(";") if item.strip()]


class Codec:
    number_format: str | None = None
    # Read after the other columns of the row, because it needs their values.
    deferred = False

    def write(self, value: Any, names: Names) -> Any:
        """The typed cell value for a workbook."""
        return value

    def text(self, value: Any, names: Names) -> str:
        """The cell as text, for CSV."""
        written = self.write(value, names)
        return "" if written is None else str(written)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> Any:
        raise NotImplementedError

    def key(self, raw: object, names: Names) -> object:
        """What identifies the record in this cell, insensitive to how it is typed."""
        return self.read(raw, names, {})


class Text(Codec):
    def __init__(self, limit: int = TEXT_LIMIT, *, multiline: bool = False) -> None:
        self.limit, self.multiline = limit, multiline

    def write(self, value: str, names: Names) -> str:
        return value or ""

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> str:
        return plain_text(raw, limit=self.limit, multiline=self.multiline)

    def key(self, raw: object, names: Names) -> object:
        return plain_text(raw, limit=self.limit).casefold()


class Note(Text):
    def __init__(self) -> None:
        super().__init__(NOTE_LIMIT, multiline=True)


def _decimal(raw: object, places: int, *, currency: bool) -> Decimal | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool | dt.date | dt.time):
        raise CellError(_("{value} is not a number.").format(value=quoted(raw)))
    if isinstance(raw, int | float | Decimal):
        if isinstance(raw, int) and abs(raw) >= AMOUNT_LIMIT:
            # Before str(): an int of thousands of digits cannot even be written out.
            raise CellError(_("{value} is improbably large.").format(value=quoted(raw)))
        # Never through float arithmetic: str() gives the shortest text that reads back as
        # the same float, which is what the user typed in Excel.
        return _exact(Decimal(str(raw)), raw, places)
    try:
        value = parse_amount(plain_text(raw), places=places, currency=currency)
    except ValueError as exc:
        raise CellError(str(exc)) from None
    return None if value is None else _exact(value, raw, places)


def _exact(value: Decimal, raw: object, places: int) -> Decimal:
    """`value` with exactly `places` decimals, or a CellError. The size is checked first:
    rounding 1e300 to cents needs more digits than Decimal's context holds."""
    if not value.is_finite():
        raise CellError(_("{value} is not a number.").format(value=quoted(raw)))
    if abs(value) >= AMOUNT_LIMIT:
        raise CellError(_("{value} is improbably large.").format(value=quoted(raw)))
    step = Decimal(1).scaleb(-places)
    if value != value.quantize(step):
        raise CellError(
            _("{value} has more than {places} decimals.").format(value=quoted(raw), places=places)
        )
    # abs() of a zero turns -0 (a float Excel may store) into 0.
    return value.quantize(step) if value else abs(value.quantize(step))


class Money(Codec):
    number_format = '"€ "#,##0.00'

    def write(self, value: Decimal | None, names: Names) -> Decimal | None:
        return value

    def text(self, value: Decimal | None, names: Names) -> str:
        return "" if value is None else format_decimal(value, format="#,##0.00", locale=LOCALE)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> Decimal | None:
        return _decimal(raw, 2, currency=True)


class Tonnes(Money):
    number_format = "#,##0.000"

    def text(self, value: Decimal | None, names: Names) -> str:
        return tonnes(value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> Decimal | None:
        return _decimal(raw, 3, currency=False)


class Integer(Codec):
    number_format = "0"

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> int | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        whole = int(raw) if isinstance(raw, float) and raw.is_integer() else raw
        if isinstance(whole, int) and not isinstance(whole, bool) and abs(whole) < 10**6:
            return whole  # a year or a count: six digits at most, as typed text below
        text = plain_text(raw) if isinstance(raw, str) else ""
        if not re.fullmatch(r"[0-9]{1,6}", text):
            raise CellError(_("{value} is not a year or whole number.").format(value=quoted(raw)))
        return int(text)


class _Parsed(Codec):
    """A value Excel may hold typed (`typed` takes it) or as text in Dutch notation."""

    parse: Callable[[str], Any]

    def typed(self, raw: object) -> Any:
        raise NotImplementedError

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> Any:
        if raw is None:
            return None
        if not isinstance(raw, str):
            return self.typed(raw)
        try:
            return type(self).parse(plain_text(raw))
        except ValueError as exc:
            raise CellError(str(exc)) from None


# A date whose year is written in two digits ("10-3-26"), which the import reads in the
# century parsing.TWO_DIGIT_PIVOT says and reports as read so.
_TWO_DIGIT_YEAR = re.compile(r"^[0-9]{1,2}(?:([-/.])[0-9]{1,2}\1|\.? +[^\W\d_]+\.? +)[0-9]{2}$")


def report_short_year(raw: object, value: dt.date | None, names: Names) -> None:
    """Tell `names` a date typed with a two-digit year was read as `value`."""
    if isinstance(raw, str) and value is not None and _TWO_DIGIT_YEAR.match(" ".join(raw.split())):
        names.read_as(raw, short_date(value))


class Date(_Parsed):
    number_format = "dd-mm-yyyy"
    parse = staticmethod(parse_date)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> dt.date | None:
        value = super().read(raw, names, row)
        report_short_year(raw, value, names)
        return value

    def text(self, value: dt.date | None, names: Names) -> str:
        return short_date(value)

    def typed(self, raw: object) -> dt.date:
        if isinstance(raw, dt.datetime):
            if raw.time() != dt.time(0):
                raise CellError(
                    _("{value} is a point in time; a date belongs here.").format(value=quoted(raw))
                )
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        raise CellError(
            _("{value} is not a date; write for example 27-01-2024.").format(value=quoted(raw))
        )


class Time(_Parsed):
    number_format = "hh:mm"
    parse = staticmethod(parse_time)

    def text(self, value: dt.time | None, names: Names) -> str:
        return "" if value is None else value.strftime("%H:%M")

    def typed(self, raw: object) -> dt.time:
        if isinstance(raw, dt.datetime):
            return raw.time()
        if isinstance(raw, dt.time):
            return raw
        raise CellError(
            _("{value} is not a time; write for example 09:30.").format(value=quoted(raw))
        )


class YesNo(Codec):
    # The file's words (Dutch in either language), and what Excel or a hand may type.
    _WORDS = {
        "ja": True,
        "nee": False,
        "waar": True,
        "onwaar": False,
        "x": True,
        "1": True,
        "0": False,
    }

    def write(self, value: bool, names: Names) -> str:
        return "ja" if value else "nee"

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> bool:
        if isinstance(raw, bool):
            return raw
        if raw is None:
            return False
        text = plain_text(raw).lower()
        if not text:
            return False
        if text not in self._WORDS:
            raise CellError(
                _("{value}: fill in '{yes}' or '{no}'.").format(
                    value=quoted(raw), yes="ja", no="nee"
                )
            )
        return self._WORDS[text]


class Choice(Codec):
    """An enum member, written as its Dutch label; the English code is accepted too, and
    the words people use for it (synonyms.py), which the preview reports as read."""

    def __init__(self, enum_type: type[StrEnum], labels: dict[str, str] | None = None) -> None:
        self.enum_type = enum_type
        self.labels = {m: (labels or {}).get(m.value) or LABELS[m] for m in enum_type}
        self.by_text = {folded(t): m for m, t in self.labels.items()}
        self.by_text.update({folded(m.value.replace("_", " ")): m for m in enum_type})
        self.by_text.update({m.value: m for m in enum_type})
        self.synonyms = {
            word: member
            for word, member in choice_synonyms(enum_type).items()
            if word not in self.by_text
        }

    def write(self, value: StrEnum | str | None, names: Names) -> str:
        return "" if value in (None, "") else self.labels[self.enum_type(value)]

    def one(self, text: str, names: Names) -> StrEnum:
        key = folded(text)
        member = self.by_text.get(key)
        if member is None:
            member = self.synonyms.get(key)
            if member is not None:
                names.read_as(text, self.labels[member])
        if member is None:
            options = ", ".join(self.labels.values())
            raise CellError(
                _("'{value}' is unknown; choose from: {options}.").format(
                    value=text, options=options
                )
            )
        return member

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> StrEnum | None:
        text = plain_text(raw)
        return self.one(text, names) if text else None


class ChoiceList(Choice):
    # A list of the choices where Choice has one: the column's value is a list.
    def write(self, value: list[StrEnum | str], names: Names) -> str:  # type: ignore[override]
        return SEPARATOR.join(self.labels[self.enum_type(v)] for v in value)

    def read(  # type: ignore[override]
        self,
        raw: object,
        names: Names,
        row: dict[str, Any],
    ) -> list[StrEnum]:
        return [self.one(item, names) for item in _items(raw)]


class Tags(Codec):
    def write(self, value: list[str], names: Names) -> str:
        return SEPARATOR.join(value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> list[str]:
        return _items(raw)


class Reference(Codec):
    """A record of another register (or a contact) by its name."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def write(self, value: int | None, names: Names) -> str:
        return "" if value is None else names.reference_name(self.kind, value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> int | None:
        text = plain_text(raw)
        return names.reference_id(self.kind, text) if text else None


class References(Reference):
    def write(self, value: list[int], names: Names) -> str:  # type: ignore[override]
        return SEPARATOR.join(names.reference_name(self.kind, v) for v in value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> list[int]:  # type: ignore[override]
        return [names.reference_id(self.kind, item) for item in _items(raw)]


class Official(Reference):
    def __init__(self) -> None:
        super().__init__("official")


class Officials(References):
    def __init__(self) -> None:
        super().__init__("official")


class BudgetLine(Codec):
    """A budget line by name or code, looked up in the year the row's start date is in."""

    deferred = True

    def __init__(self, date_field: str) -> None:
        self.date_field = date_field

    def write(self, value: int | None, names: Names) -> str:
        return "" if value is None else names.budget_line_name(value)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> int | None:
        text = plain_text(raw)
        day = row.get(self.date_field)
        return names.budget_line_id(text, day.year if day else None) if text else None


class Country(Codec):
    """The country of the place named in the neighbouring column (by Dutch name or code)."""

    def write(self, value: int | None, names: Names) -> str:
        return "" if value is None else names.place_parts(value)[1]

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> str | None:
        text = plain_text(raw)
        return names.country_code(text) if text else None

    def key(self, raw: object, names: Names) -> object:
        return self.read(raw, names, {})


class Place(Codec):
    """A city or region by name, in the country of the `country_field` column; a place the
    database does not know yet is added (as a city), as the form's "New place" does."""

    deferred = True

    def __init__(self, country_field: str) -> None:
        self.country_field = country_field

    def write(self, value: int | None, names: Names) -> str:
        return "" if value is None else names.place_parts(value)[0]

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> int | None:
        text = plain_text(raw, limit=200)
        if not text:
            return None
        country = row.get(self.country_field)
        if country is None:
            raise CellError(_("the place '{place}' lacks its country.").format(place=text))
        return names.place_id(text, country)

    def key(self, raw: object, names: Names) -> object:
        return plain_text(raw, limit=200).casefold()


_PLACE_IN_COUNTRY = re.compile(r"^(?P<place>.+?)\s*\((?P<country>[^()]+)\)$")


class Destinations(Codec):
    """Stops of a trip in order: "Shanghai (China); Japan" (a place with its country, or
    a country alone)."""

    def write(self, value: list[Any], names: Names) -> str:
        items = []
        for stop in value:
            if stop.place_id is None:
                items.append(names.country_name(stop.country_code))
            else:
                place, country = names.place_parts(stop.place_id)
                items.append(f"{place} ({country})")
        return SEPARATOR.join(items)

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> list[Any]:
        from ..services.data import DestinationData

        stops = []
        for item in _items(raw):
            # A country alone first: some Dutch country names hold brackets themselves.
            # Asked without an error to catch: most stops are a place with its country.
            alone = names.known_country_code(item)
            if alone is not None:
                stops.append(DestinationData(alone))
                continue
            match = _PLACE_IN_COUNTRY.match(item)
            if match is None:
                names.country_code(item)  # refuses it, as an unknown country
                raise AssertionError(item)
            code = names.country_code(match["country"])
            stops.append(DestinationData(code, names.place_id(match["place"], code)))
        return stops

"""Collecting validation problems field by field, so the user sees all of them at once."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from ..domain.labels import label
from ..i18n import _, ngettext
from .errors import Problem, ValidationError
from .fields import field_label
from .text_rules import text_fault, tidy_multi_line, tidy_single_line, visible

E = TypeVar("E", bound=StrEnum)

# Deliberately loose: one @, something on both sides, a dot in the domain. Anything
# stricter refuses real addresses; this catches typing slips like a missing @.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_YEAR, MAX_YEAR = 1800, 2200
# An amount this large is a typing slip (or a hostile file); below it, rounding to cents
# stays within Decimal's 28 digits.
AMOUNT_LIMIT = Decimal(10) ** 13
THEME_LENGTH = 100  # domain/themes.py: PostgreSQL refuses a longer one, SQLite would not


class Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message))

    def problems_on(self, field: str) -> bool:
        """Whether `field` has a problem already (so a second one would only repeat it)."""
        return any(problem.field == field for problem in self.problems)

    def done(self) -> None:
        """Raise the problems found so far, if any."""
        if self.problems:
            raise ValidationError(self.problems)

    def text(
        self,
        field: str,
        value: str | None,
        *,
        required: bool = False,
        max_length: int | None = None,
        multiline: bool = False,
    ) -> str:
        """The text as stored (text_rules.py: tidied, no control characters; line
        breaks only where `multiline`)."""
        value = value or ""
        # The usual, printable text is answered as text_fault would answer it (it has no
        # control character, line break or tab) without its calls: every text of every
        # row of a large import comes here.
        fault = None if value.isprintable() else text_fault(value, multiline=multiline)
        if fault:
            self.fail(field, f"{field_label(field)} {fault}")
            # Nothing of it goes on, not even into a query for a twin: PostgreSQL refuses
            # a NUL in any text it is sent.
            return ""
        value = tidy_multi_line(value) if multiline else tidy_single_line(value)
        if required and not value:
            self.missing(field)
        if max_length is not None and len(value) > max_length:
            self.fail(
                field,
                _("{field} is too long ({length} characters, at most {limit}).").format(
                    field=field_label(field), length=len(value), limit=max_length
                ),
            )
        return value

    def themes(self, field: str, names: Iterable[str]) -> list[str]:
        """The themes as tags (normalise_themes), each refused when too long to store."""
        tags = normalise_themes(names)
        for tag in tags:
            fault = text_fault(tag, multiline=False)
            if fault:
                self.fail(field, f"{field_label(field)}: '{visible(tag)[:40]}' {fault}")
            elif ";" in tag:
                # An export lists the themes in one cell, separated by ";" (as an import
                # reads them): "a;b" would come back as two themes.
                self.fail(
                    field,
                    _(
                        "{field}: '{theme}' contains a semicolon, which separates themes. "
                        "Make two themes of it."
                    ).format(field=field_label(field), theme=tag[:40]),
                )
            elif len(tag) > THEME_LENGTH:
                self.fail(
                    field,
                    _(
                        "{field}: '{theme}…' is too long ({length} characters, at most {limit})."
                    ).format(
                        field=field_label(field),
                        theme=tag[:40],
                        length=len(tag),
                        limit=THEME_LENGTH,
                    ),
                )
        return tags

    def email(self, field: str, value: str | None) -> str:
        value = self.text(field, value, max_length=200)
        if value and not _EMAIL.match(value):
            self.fail(
                field,
                _("{field} '{value}' is not a valid email address.").format(
                    field=field_label(field), value=value
                ),
            )
        return value

    def choice(
        self, field: str, enum_type: type[E], value: E | str | None, *, required: bool = True
    ) -> E | None:
        if value is None or value == "":
            if required:
                self.missing(field)
            return None
        try:
            return enum_type(value)
        except ValueError:
            options = ", ".join(label(member) for member in enum_type)
            self.fail(
                field,
                _("{field} '{value}' is unknown; choose from: {options}.").format(
                    field=field_label(field), value=value, options=options
                ),
            )
            return None

    def amount(
        self, field: str, value: Decimal | None, *, places: int = 2, required: bool = False
    ) -> Decimal | None:
        if value is None:
            if required:
                self.missing(field)
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            self.fail(field, _("{field} is not a valid number.").format(field=field_label(field)))
            return None
        if value < 0:
            self.fail(field, _("{field} may not be negative.").format(field=field_label(field)))
        if abs(value) >= AMOUNT_LIMIT:
            # Before rounding: 1e300 rounded to cents overflows Decimal's context.
            self.fail(field, _("{field} is implausibly large.").format(field=field_label(field)))
            return value
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -places and value != round(value, places):
            self.fail(
                field,
                ngettext(
                    "{field} has more than {places} decimal place.",
                    "{field} has more than {places} decimal places.",
                    places,
                ).format(field=field_label(field), places=places),
            )
        return value

    def year(self, field: str, value: int | None, *, required: bool = False) -> int | None:
        if value is None:
            if required:
                self.missing(field)
            return None
        if not MIN_YEAR <= value <= MAX_YEAR:
            self.fail(
                field,
                _("{field} {year} is not between {first} and {last}.").format(
                    field=field_label(field), year=value, first=MIN_YEAR, last=MAX_YEAR
                ),
            )
        return value

    def date_order(
        self, start_field: str, start: dt.date | None, end_field: str, end: dt.date | None
    ) -> None:
        if start is not None and end is not None and end < start:
            self.fail(
                end_field,
                _("{field} is before {other}.").format(
                    field=field_label(end_field), other=field_label(start_field).lower()
                ),
            )

    def required(self, field: str, value: object) -> None:
        if value is None:
            self.missing(field)

    def missing(self, field: str) -> None:
        """A required field left empty."""
        if "]." in field:
            # A field of a table's row is named "Stay (line 1): hotel" already: a second
            # colon ("…: hotel: this field is required") would read as two messages.
            self.fail(field, _("{field} is missing.").format(field=field_label(field)))
        else:
            self.fail(field, _("{field} is required.").format(field=field_label(field)))

    def no_duplicates(self, field: str, values: Iterable[object]) -> None:
        seen: set[object] = set()
        for index, value in enumerate(values):
            if value in seen:
                line = f"{field}[{index}]"
                self.fail(line, _("{field} is in it twice.").format(field=field_label(line)))
            seen.add(value)


def normalise_themes(names: Iterable[str]) -> list[str]:
    """Themes are tags: trimmed, lower case, each once, in the order given."""
    result: list[str] = []
    for name in names:
        tag = " ".join(name.split()).lower()
        if tag and tag not in result:
            result.append(tag)
    return result

"""Dutch dates, ranges and amounts as the reports print them (all through Babel)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from intzaken.formatting import date_range, money, month_range, number, percent
from intzaken.reports.markup import text

D = dt.date


def test_date_ranges_name_a_shared_month_and_year_once() -> None:
    assert date_range(D(2024, 1, 27), D(2024, 2, 3)) == "27 januari t/m 3 februari 2024"
    assert date_range(D(2024, 1, 27), D(2024, 1, 31)) == "27 t/m 31 januari 2024"
    assert date_range(D(2024, 1, 24), D(2024, 1, 24)) == "24 januari 2024"
    assert date_range(D(2024, 12, 30), D(2025, 1, 2)) == "30 december 2024 t/m 2 januari 2025"
    assert date_range(D(2024, 12, 30), None) == "30 december 2024"


def test_month_ranges_for_trips_known_by_their_month() -> None:
    assert month_range(D(2025, 3, 1), D(2025, 3, 31)) == "maart 2025"
    assert month_range(D(2025, 6, 1), D(2025, 9, 30)) == "juni t/m september 2025"
    assert month_range(D(2025, 12, 1), D(2026, 1, 31)) == "december 2025 t/m januari 2026"


def test_amounts_as_the_council_reports_print_them() -> None:
    def plain(value: str) -> str:
        return value.replace("\xa0", " ")

    assert plain(money(Decimal("22360.00"), whole=True)) == "€ 22.360,-"
    assert plain(money(Decimal("1239.54"), whole=True)) == "€ 1.239,54"
    assert plain(money(Decimal("0.00"), whole=True)) == "€ 0,-"
    assert plain(money(Decimal("-5000.00"), whole=True)) == "€ -5.000,-"
    assert plain(money(Decimal("-13586.64"))) == "€ -13.586,64"
    assert percent(Decimal("0.725")) == "72,5%"
    assert number(200.0) == "200" and number(2.5) == "2,5"


def test_user_text_is_escaped_for_paragraphs() -> None:
    assert text("<b>R&D</b>\nAT&T") == "&lt;b&gt;R&amp;D&lt;/b&gt;<br/>AT&amp;T"
    assert text(None) == ""

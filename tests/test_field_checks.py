"""The checks every form and import goes through, stated as the rule a user meets:
what is refused, at which limit exactly, and which field the message names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from intzaken.domain.enums import TripStatus
from intzaken.i18n import language_scope
from intzaken.services.checks import AMOUNT_LIMIT, MAX_YEAR, MIN_YEAR, Checker, normalise_themes
from intzaken.services.errors import Problem, ValidationError


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def test_the_year_limits_are_1800_and_2200_inclusive() -> None:
    assert (MIN_YEAR, MAX_YEAR) == (1800, 2200)
    check = Checker()
    assert check.year("since_year", 1800) == 1800
    assert check.year("since_year", 2200) == 2200
    assert check.problems == []
    check.year("since_year", 1799)
    check.year("since_year", 2201)
    assert check.problems == [
        Problem("since_year", "Relatie sinds 1799 ligt niet tussen 1800 en 2200."),
        Problem("since_year", "Relatie sinds 2201 ligt niet tussen 1800 en 2200."),
    ]


def test_a_missing_year_only_matters_when_required() -> None:
    check = Checker()
    assert check.year("since_year", None) is None
    assert check.problems == []
    check.year("since_year", None, required=True)
    assert check.problems == [Problem("since_year", "Relatie sinds: dit veld is verplicht.")]


def test_a_text_of_exactly_the_maximum_length_is_accepted() -> None:
    check = Checker()
    assert check.text("name", "x" * 4, max_length=4) == "xxxx"
    assert check.problems == []
    check.text("name", "x" * 5, max_length=4)
    assert check.problems == [Problem("name", "Naam: de tekst is te lang (5 tekens, hoogstens 4).")]


def test_a_text_is_tidied_and_a_required_one_may_not_be_empty() -> None:
    check = Checker()
    assert check.text("title", "  Handelsmissie   Shanghai ") == "Handelsmissie Shanghai"
    assert check.text("title", None) == ""
    assert check.problems == []
    assert check.text("title", "   ", required=True) == ""
    assert check.problems == [Problem("title", "Titel: dit veld is verplicht.")]


def test_a_text_with_a_control_character_is_refused_and_not_kept() -> None:
    check = Checker()
    assert check.text("title", "Bezoek\x00Lyon") == ""
    assert [p.field for p in check.problems] == ["title"]
    assert check.problems[0].message.startswith("Titel ")


def test_line_breaks_only_where_the_field_has_lines() -> None:
    check = Checker()
    assert check.text("notes", "eerste\nregel", multiline=True) == "eerste\nregel"
    assert check.problems == []
    check.text("title", "eerste\nregel")
    assert [p.field for p in check.problems] == ["title"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("NaN"), "Reis- en verblijfkosten: dit is geen geldig getal."),
        (Decimal("Infinity"), "Reis- en verblijfkosten: dit is geen geldig getal."),
        (Decimal("-0.01"), "Reis- en verblijfkosten: de waarde mag niet negatief zijn."),
        (Decimal(10) ** 13, "Reis- en verblijfkosten: de waarde is onwaarschijnlijk groot."),
        (Decimal("1.005"), "Reis- en verblijfkosten: de waarde heeft meer dan 2 decimalen."),
    ],
)
def test_an_amount_that_cannot_be_meant_is_refused(value: Decimal, message: str) -> None:
    check = Checker()
    check.amount("travel_and_stay", value)
    assert check.problems == [Problem("travel_and_stay", message)]


def test_the_largest_plausible_amount_and_exact_cents_pass() -> None:
    check = Checker()
    largest = AMOUNT_LIMIT - Decimal("0.01")
    assert check.amount("travel_and_stay", largest) == largest
    assert check.amount("travel_and_stay", Decimal("0")) == Decimal("0")
    assert check.amount("travel_and_stay", Decimal("1.500")) == Decimal("1.500")
    assert check.amount("co2_tonnes", Decimal("1.005"), places=3) == Decimal("1.005")
    assert check.problems == []


def test_an_amount_not_given_is_a_problem_only_when_required() -> None:
    check = Checker()
    assert check.amount("travel_and_stay", None) is None
    assert check.problems == []
    check.amount("travel_and_stay", None, required=True)
    assert check.problems == [
        Problem("travel_and_stay", "Reis- en verblijfkosten: dit veld is verplicht.")
    ]


def test_a_number_that_is_not_a_decimal_is_refused() -> None:
    check = Checker()
    assert check.amount("travel_and_stay", 1.5) is None  # type: ignore[arg-type]
    assert check.problems == [
        Problem("travel_and_stay", "Reis- en verblijfkosten: dit is geen geldig getal.")
    ]


def test_one_decimal_place_is_named_in_the_singular() -> None:
    check = Checker()
    check.amount("travel_and_stay", Decimal("1.25"), places=1)
    assert check.problems == [
        Problem("travel_and_stay", "Reis- en verblijfkosten: de waarde heeft meer dan 1 decimaal.")
    ]


def test_the_same_traveller_twice_names_the_second_line() -> None:
    check = Checker()
    check.no_duplicates("travellers", [7, 8, 7, 9, 8])
    assert check.problems == [
        Problem("travellers[2]", "Reizigers (regel 3) staat er dubbel in."),
        Problem("travellers[4]", "Reizigers (regel 5) staat er dubbel in."),
    ]
    fine = Checker()
    fine.no_duplicates("travellers", [1, 2, 3])
    assert fine.problems == []


def test_an_end_before_the_start_is_refused_on_the_end() -> None:
    check = Checker()
    day = dt.date(2024, 1, 2)
    check.date_order("start_date", day, "end_date", day)
    check.date_order("start_date", day, "end_date", None)
    check.date_order("start_date", None, "end_date", day)
    assert check.problems == []
    check.date_order("start_date", day, "end_date", day - dt.timedelta(days=1))
    assert check.problems == [Problem("end_date", "Einddatum ligt vóór begindatum.")]


def test_email_addresses_are_checked_loosely() -> None:
    check = Checker()
    assert check.email("email", "j.jansen@rotterdam.nl") == "j.jansen@rotterdam.nl"
    assert check.email("email", "") == ""
    assert check.problems == []
    for wrong in ("a@b", "jansen.rotterdam.nl", "a b@c.nl", "a@@b.nl"):
        check.email("email", wrong)
    assert [p.message for p in check.problems] == [
        "E-mailadres 'a@b' is geen geldig e-mailadres.",
        "E-mailadres 'jansen.rotterdam.nl' is geen geldig e-mailadres.",
        "E-mailadres 'a b@c.nl' is geen geldig e-mailadres.",
        "E-mailadres 'a@@b.nl' is geen geldig e-mailadres.",
    ]
    long = Checker()
    long.email("email", "a" * 195 + "@b.nl")
    assert long.problems == []
    long.email("email", "a" * 196 + "@b.nl")
    assert [p.field for p in long.problems] == ["email"]


def test_a_choice_is_a_known_member_or_named_with_the_options() -> None:
    check = Checker()
    assert check.choice("status", TripStatus, "done") is TripStatus.DONE
    assert check.choice("status", TripStatus, None, required=False) is None
    assert check.problems == []
    assert check.choice("status", TripStatus, "") is None
    assert check.choice("status", TripStatus, "zz") is None
    assert check.problems == [
        Problem("status", "Status: dit veld is verplicht."),
        Problem(
            "status",
            "Status 'zz' is onbekend; kies uit: idee, voorgenomen, goedgekeurd, uitgevoerd, "
            "geannuleerd.",
        ),
    ]


def test_themes_are_tags_and_each_must_fit() -> None:
    assert normalise_themes([" Klimaat ", "klimaat", "Slimme   stad", "", "  "]) == [
        "klimaat",
        "slimme stad",
    ]
    check = Checker()
    assert check.themes("themes", ["x" * 100]) == ["x" * 100]
    assert check.problems == []
    check.themes("themes", ["a;b", "y" * 101, "c\x07d"])
    assert [p.message for p in check.problems][:2] == [
        "Thema's: 'a;b' bevat een puntkomma; die scheidt thema's. Maak er twee thema's van.",
        "Thema's: '" + "y" * 40 + "…' is te lang (101 tekens, hoogstens 100).",
    ]
    assert check.problems[2].message.startswith("Thema's: 'c")


def test_required_and_done_raise_all_problems_at_once() -> None:
    check = Checker()
    check.required("title", "Missie")
    check.done()  # nothing found: no error
    check.required("title", None)
    check.year("since_year", 1000)
    assert check.problems_on("title") and check.problems_on("since_year")
    assert not check.problems_on("name")
    with pytest.raises(ValidationError) as raised:
        check.done()
    assert [p.field for p in raised.value.problems] == ["title", "since_year"]


def test_a_long_faulty_theme_is_quoted_by_its_first_40_characters() -> None:
    check = Checker()
    head = "abcdefghij" * 4  # 40 characters
    check.themes("themes", [head + "KLMNOP;x", head + "KLM\x07"])
    assert check.problems[0].message == (
        f"Thema's: '{head}' bevat een puntkomma; die scheidt thema's. Maak er twee thema's van."
    )
    assert check.problems[1].message.startswith(f"Thema's: '{head}' ")


def test_an_implausible_amount_is_kept_as_typed_beside_its_problem() -> None:
    check = Checker()
    huge = Decimal("1E+20")
    assert check.amount("travel_and_stay", huge) == huge
    assert [p.field for p in check.problems] == ["travel_and_stay"]

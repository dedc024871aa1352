"""A merge's values as people read them: names for uuids, Dutch dates, amounts, labels."""

from __future__ import annotations

from intzaken.travel.values import EMPTY, value_text

NAMES = {
    "u-osaka": "Osaka (Japan)",
    "u-anna": "Anna Bakker",
    "u-kenji": "Kenji Ito",
    "country:PT": "Portugal",
    "country:JP": "Japan",
}


def test_values_read_as_people_write_them() -> None:
    assert value_text("trips", "notes", "", NAMES) == EMPTY
    assert value_text("trips", "traveller_ids", [], NAMES) == EMPTY
    assert value_text("trips", "other_costs", "1250.50", NAMES) == "€\xa01.250,50"
    assert value_text("trips", "co2_tonnes", "1.185", NAMES) == "1,185 ton"
    assert value_text("trips", "start_date", "2025-04-10", NAMES) == "10-04-2025"
    assert value_text("trips", "status", "approved", NAMES) == "goedgekeurd"
    assert value_text("trips", "transport", ["plane", "train"], NAMES) == "vliegtuig, trein"
    assert value_text("trips", "traveller_ids", ["u-anna"], NAMES) == "Anna Bakker"
    assert (
        value_text(
            "trips",
            "destinations",
            [
                {"country_code": "JP", "place_id": "u-osaka"},
                {"country_code": "PT", "place_id": None},
            ],
            NAMES,
        )
        == "Osaka (Japan)\nPortugal"
    )
    assert value_text(
        "trips",
        "programme",
        [
            {
                "day": "2025-04-12",
                "time": None,
                "activity": "Lunch",
                "place": "",
                "contact_ids": [],
            },
            {
                "day": "2025-04-11",
                "time": "09:30:00",
                "activity": "Ontvangst",
                "place": "Stadhuis",
                "contact_ids": ["u-kenji"],
            },
        ],
        NAMES,
    ) == ("11-04-2025 · 09:30 · Ontvangst · Stadhuis · Kenji Ito\n12-04-2025 · Lunch")
    assert value_text(
        "trips",
        "follow_ups",
        [{"description": "Verslag", "due": "2025-05-01", "done": False}],
        NAMES,
    ) == ("Verslag · 01-05-2025 · open")
    assert value_text("organisation", "logo", "sha256:ab12", NAMES) == "(bestand)"

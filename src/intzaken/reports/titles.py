"""What each report is called and what it holds, apart from the code that writes it:
the command line's help shows these without loading reportlab or SQLAlchemy."""

from __future__ import annotations

from ..i18n import N_

# key (as the command line names it) -> English message ids of its name and description
REPORT_TITLES: dict[str, tuple[str, str]] = {
    "trip": (
        N_("Trip card"),
        N_("One page per trip with travellers, destinations, purpose, costs and CO₂."),
    ),
    "briefing": (
        N_("Briefing pack"),
        N_(
            "For one trip: at a glance, programme, who's who, background, logistics "
            "and emergencies, budget."
        ),
    ),
    "programme": (
        N_("Pocket programme"),
        N_(
            "For one trip: the programme and emergency numbers on A5, two per A4 "
            "sheet, or for a phone."
        ),
    ),
    "annual": (
        N_("Annual overview of official trips abroad"),
        N_("Per trip made the destination, purpose and costs, with totals and charts."),
    ),
    "planned": (
        N_("Planned trips"),
        N_("Letter to the council on the trips planned in a period (months)."),
    ),
    "years": (
        N_("Multi-year overview"),
        N_(
            "Per year of a range the trips carried out, costs per block, CO₂, costs and "
            "CO₂ per traveller and destinations, with trend charts."
        ),
    ),
    "budget": (
        N_("Budget overview"),
        N_("Per budget line budgeted, spent, committed and left, with a chart."),
    ),
    "relations": (
        N_("Relations and networks"),
        N_(
            "All networks with portfolio holder and role, all relations with status and agreements."
        ),
    ),
    "agreements": (
        N_("Agreements (Woo)"),
        N_(
            "Every agreement concluded, with parties, dates, status and whether the "
            "signed document is published, as the Open Government Act asks; also as CSV."
        ),
    ),
    "subsidies": (
        N_("EU subsidies obtained"),
        N_(
            "The EU projects granted, running or closed in a period (months), per funding "
            "programme with role, partners, budget, grant and co-financing, and totals."
        ),
    ),
}

FORMATS = ("pdf", "docx")
# The reports staff finish in Word (they have a content model); the others are PDF only.
# The Woo list of agreements is also data to publish: a CSV file too.
REPORT_FORMATS: dict[str, tuple[str, ...]] = {
    "annual": FORMATS,
    "planned": FORMATS,
    "years": FORMATS,
    "agreements": (*FORMATS, "csv"),
    "subsidies": FORMATS,
}
# The council reports: the plausibility findings about their trips come first
# (preflight.py; registry.py gives exactly these a way to list their trips).
COUNCIL_REPORTS = frozenset({"annual", "planned", "years"})
# The reports that go to the council as a letter (council_letter.py): the planned-trips
# letter always, the annual overview when asked; each with its own date and reference.
LETTER_REPORTS = frozenset({"annual", "planned"})

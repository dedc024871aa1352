"""The columns councils ask for in the annual overview (issue 21): per trip what a third
party paid and who, the cancellation costs and the estimate against the actual costs,
beside its cost block; for the year their totals, with why the cancellation costs are in
neither total; and the gifts register, when the organisation chooses to print it.

A trip that has none of these prints as before: the overview of a year without them
reads exactly as it did.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.models import Trip
from ..formatting import money
from ..i18n import N_, _, ngettext
from ..services.cost_columns import ColumnSums, estimate_comparison, has_columns
from ..services.known_figures import KnownSum
from .content import Block, Gap, Grid, Heading, Pairs, Text

COLUMNS_HEADER = (
    N_("Paid by a third party"),
    N_("Paid by"),
    N_("Cancellation costs"),
    N_("Estimate"),
    N_("Actual minus estimate"),
)
COLUMNS_WIDTHS = (1.1, 1.5, 1.05, 1.05, 1.1)
GIFTS_HEADER = (N_("Trip"), N_("Gift"), N_("Given by"), N_("Estimated value"), N_("Kept at"))
GIFTS_WIDTHS = (1.5, 1.5, 1.3, 0.9, 1.3)


def whole(value: Decimal) -> str:
    return money(value, whole=True)


def signed(value: Decimal) -> str:
    """+ € 1.200,- for more spent than estimated, - € 300,- for less, € 0,- for even."""
    if value > 0:
        return f"+ {whole(value)}"
    if value < 0:
        return f"- {whole(-value)}"
    return whole(value)


def columns_block(trip: Trip) -> list[Block]:
    """The trip's row of the new columns, printed under its costs; nothing when it has
    none (a dash would claim nobody paid, where nothing was recorded)."""
    if not has_columns(trip):
        return []
    compared = estimate_comparison(trip)
    row = [
        whole(trip.third_party_costs) if trip.third_party_costs is not None else "-",
        trip.third_party_payer or "-",
        whole(trip.cancellation_costs) if trip.cancellation_costs is not None else "-",
        whole(compared.estimated) if compared else "-",
        signed(compared.difference) if compared else "-",
    ]
    return [
        Gap(1.5),
        Grid([_(h) for h in COLUMNS_HEADER], [row], COLUMNS_WIDTHS, numeric=(0, 2, 3, 4)),
    ]


def _sum_text(figures: KnownSum) -> str:
    value = figures.value
    return whole(value) if value is not None else whole(Decimal("0.00"))


def year_section(sums: ColumnSums, year: int) -> list[Block]:
    """The year's totals of the new columns; nothing when no trip has any."""
    if not sums.anything:
        return []
    pairs: list[tuple[str, str]] = []
    if sums.third_party.any_known:
        pairs.append(
            (
                _("Paid by third parties (not in the costs above)"),
                _sum_text(sums.third_party),
            )
        )
    if sums.cancellation.any_known:
        pairs.append(
            (
                _("Cancellation costs (in neither total)"),
                _("{amount} ({trips})").format(
                    amount=_sum_text(sums.cancellation),
                    trips=ngettext("{count} trip", "{count} trips", sums.cancellation_trips).format(
                        count=sums.cancellation_trips
                    ),
                ),
            )
        )
    if sums.compared:
        pairs += [
            (
                _("Estimate of the trips with an estimate ({count})").format(count=sums.compared),
                whole(sums.estimated),
            ),
            (_("Actual costs of those trips"), whole(sums.actual)),
            (_("Actual minus estimate"), signed(sums.difference)),
        ]
    blocks: list[Block] = [
        Gap(4),
        Heading(_("Paid by others, cancellations and estimates"), 1),
        Pairs(pairs, label_fraction=0.5),
    ]
    if sums.cancellation.any_known:
        blocks.append(
            Text(
                _(
                    "The cancellation costs of {year} are reported apart, for trips made "
                    "and trips called off alike. They are not in the council report's "
                    "total (travel and stay plus other costs of the trips made) nor in the "
                    "total with the CO₂ offset: they paid for no trip that took place."
                ).format(year=year),
                "Small",
            )
        )
    if sums.compared:
        blocks.append(
            Text(
                _(
                    "Estimate: travel and stay plus other costs as estimated when the trip "
                    "was approved, for the cost blocks that have both an estimate and "
                    "actual costs."
                ),
                "Small",
            )
        )
    return blocks


def gifts_section(trips: list[Trip], year: int) -> list[Block]:
    """The gifts register of the year's trips (printed when the organisation chooses so)."""
    rows = [
        [
            trip.title,
            gift.description,
            gift.giver or "-",
            whole(gift.value) if gift.value is not None else _("unknown"),
            gift.kept_at or "-",
        ]
        for trip in trips
        for gift in trip.gifts
    ]
    blocks: list[Block] = [Gap(4), Heading(_("Gifts received"), 1)]
    if not rows:
        return blocks + [
            Text(_("No gifts were recorded for the trips of {year}.").format(year=year))
        ]
    known = [g.value for t in trips for g in t.gifts if g.value is not None]
    total = sum(known, Decimal("0.00"))
    return blocks + [
        Grid(
            [_(h) for h in GIFTS_HEADER],
            rows,
            GIFTS_WIDTHS,
            numeric=(3,),
            total=[_("Total"), "", "", whole(total), ""],
        )
    ]

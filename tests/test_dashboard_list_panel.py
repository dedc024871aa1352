"""The overview's lists (ui/dashboard_panels.ListPanel) are made again only when their
rows change: the overview reloads after every save and import, and making a few thousand
items again was a pause of the window at 100,000 trips (issue 22)."""

from __future__ import annotations

from intzaken.ui.dashboard_panels import ListPanel, Row


def _rows(count: int, warning_every: int = 7) -> list[Row]:
    return [
        Row((f"Reis {i}", f"Bevinding {i}"), "trips", i, warning=i % warning_every == 0)
        for i in range(count)
    ]


def test_the_same_rows_again_leave_the_items_as_they_are(qtbot) -> None:  # noqa: ANN001
    panel = ListPanel("Bevindingen", ["Onderwerp", "Bevinding"], "Bevindingen", 1, 8)
    qtbot.addWidget(panel)
    panel.set_rows(_rows(300), "Niets te controleren.")
    first = panel.tree.topLevelItem(0)
    panel.set_rows(_rows(300), "Niets te controleren.")  # equal rows, a new list
    assert panel.tree.topLevelItem(0) is first

    panel.set_rows(_rows(301), "Niets te controleren.")
    assert panel.tree.topLevelItemCount() == 301
    item = panel.tree.topLevelItem(300)
    assert (item.text(0), item.text(1)) == ("Reis 300", "Bevinding 300")
    assert panel.tree.topLevelItem(7).toolTip(1) == "Bevinding 7"

    panel.set_rows([], "Niets te controleren.")
    assert panel.tree.topLevelItemCount() == 0
    assert panel.empty.text() == "Niets te controleren."
    panel.set_rows([], "Alles klopt.")  # a new text for the same empty list
    assert panel.empty.text() == "Alles klopt."

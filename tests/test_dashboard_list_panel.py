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
    qtbot.waitUntil(lambda: panel.filled)
    assert panel.tree.topLevelItemCount() == 301
    item = panel.tree.topLevelItem(300)
    assert (item.text(0), item.text(1)) == ("Reis 300", "Bevinding 300")
    assert panel.tree.topLevelItem(7).toolTip(1) == "Bevinding 7"

    panel.set_rows([], "Niets te controleren.")
    assert panel.tree.topLevelItemCount() == 0
    assert panel.empty.text() == "Niets te controleren."
    panel.set_rows([], "Alles klopt.")  # a new text for the same empty list
    assert panel.empty.text() == "Alles klopt."


def test_many_rows_are_added_a_chunk_per_pass_and_a_newer_list_wins(qtbot, monkeypatch) -> None:  # noqa: ANN001
    """The findings of 100,000 trips are some 4,500 rows: made at once they held the
    window 80-270 ms; a chunk per pass of the event loop lets it answer between them."""
    from intzaken.ui import dashboard_panels

    monkeypatch.setattr(dashboard_panels, "ITEMS_PER_PASS", 100)
    panel = ListPanel("Bevindingen", ["Onderwerp", "Bevinding"], "Bevindingen", 1, 8)
    qtbot.addWidget(panel)
    panel.set_rows(_rows(1000), "Niets te controleren.")
    assert panel.tree.topLevelItemCount() == 100  # the first chunk at once
    assert not panel.filled
    newer = [Row((f"Relatie {i}", "slapend"), "relations", i) for i in range(150)]
    panel.set_rows(newer, "Niets.")  # before the first list is complete
    qtbot.waitUntil(lambda: panel.filled)
    qtbot.wait(20)  # the older list's next chunk would have come by now
    assert panel.tree.topLevelItemCount() == 150
    assert [panel.tree.topLevelItem(i).text(0) for i in (0, 149)] == ["Relatie 0", "Relatie 149"]

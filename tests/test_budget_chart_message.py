"""The budget chart's message (no lines, or no amounts yet) is never cut: in a card of any
width, the chart is as tall as its wrapped text needs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from intzaken.ui.charts import BudgetChart

LONG = (
    "De begrotingsposten van 2025 hebben nog geen bekend bedrag en er is niets op "
    "besteed of verplicht."
)


def test_the_message_keeps_the_height_its_wrapped_text_needs(qtbot) -> None:
    chart = BudgetChart()
    chart.set_bars([], LONG)
    card = QWidget()
    layout = QVBoxLayout(card)
    title = QLabel("Uitputting begroting 2025")
    layout.addWidget(title)
    layout.addWidget(chart)
    scroll = QScrollArea()  # as on the overview page: the page scrolls, nothing squeezes
    scroll.setWidgetResizable(True)
    scroll.setWidget(card)
    qtbot.addWidget(scroll)
    scroll.show()
    for width in (1040, 420, 240):
        scroll.resize(width, 120)
        qtbot.wait(10)  # the layout settles
        message = chart._message
        assert chart.height() >= message.heightForWidth(chart.width()), width
        assert title.height() >= title.sizeHint().height(), width


def test_the_same_bars_again_are_not_drawn_again(qtbot, monkeypatch) -> None:
    """The overview reloads after every save and import; a chart whose figures did not
    change is left as it is drawn (its redraw was a pause at the end of an import)."""
    from decimal import Decimal

    from intzaken.ui.charts import BudgetBar

    chart = BudgetChart()
    qtbot.addWidget(chart)
    chart.show()
    bars = [BudgetBar("Reizen", Decimal("1000.00"), Decimal("250.00"), Decimal("100.00"))]
    chart.set_bars(bars)
    qtbot.waitUntil(lambda: chart.figure is not None)
    rendered: list[bool] = []
    monkeypatch.setattr(chart, "_render", lambda figure: rendered.append(True))
    chart.set_bars(list(bars))  # equal figures, a new list
    qtbot.wait(50)
    assert rendered == []
    changed = [BudgetBar("Reizen", Decimal("1000.00"), Decimal("300.00"), Decimal("100.00"))]
    chart.set_bars(changed)
    qtbot.waitUntil(lambda: rendered == [True])
    assert chart.bars == changed

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

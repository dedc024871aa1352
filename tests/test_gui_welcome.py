"""The welcome dialog is laid out whole: at the normal font and at a larger one, every
choice and the reason a file could not be opened are shown in full, nothing clipped, and
the dialog is wide enough to cover the page behind it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from intzaken.ui.welcome import WelcomeDialog

REFUSED = (
    "Het bestand /home/jdevries/Documenten/intzaken/rotterdam.sqlite is geen Intzaken-database."
)


@pytest.fixture(params=[1.0, 1.5], ids=["normal font", "larger font"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Any:
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * request.param)
    qapp.setFont(larger)
    yield request.param
    qapp.setFont(font)


def test_every_choice_and_the_problem_are_shown_whole(
    dutch: None, empty_window: Any, font_scale: float, qtbot: Any
) -> None:
    welcome = WelcomeDialog(empty_window, REFUSED)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    for button in welcome.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    problem = next(label for label in welcome.findChildren(QLabel) if label.text() == REFUSED)
    assert problem.height() >= problem.heightForWidth(problem.width())
    # Wider than the page's own notice behind it ("Er is geen database geopend."), so
    # no piece of it ("e geopend.") shows beside the buttons.
    notice = welcome.fontMetrics().horizontalAdvance("Er is geen database geopend.")
    assert welcome.width() > 2 * notice


def test_the_title_is_in_the_house_blue_of_the_reports(dutch: None, empty_window: Any) -> None:
    from intzaken.house_style import ACCENT

    welcome = WelcomeDialog(empty_window)
    title = next(
        label for label in welcome.findChildren(QLabel) if label.text() == "Welkom bij Intzaken"
    )
    assert ACCENT in title.styleSheet()
    assert title.font().pointSizeF() > welcome.font().pointSizeF()

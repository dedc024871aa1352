"""A page is made with the application's Python event filter off (thousands of events,
each a call into Python that waits for the interpreter lock while a worker loads a list:
issue 22, item 4); what of it is on screen is named once it is made."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from intzaken.ui import accessibility


def test_what_is_made_unwatched_is_named_when_it_is_made(qtbot, fresh_namer) -> None:  # noqa: ANN001
    accessibility.make_accessible(fresh_namer)
    page = QWidget()
    qtbot.addWidget(page)
    made: list[QWidget] = []
    with accessibility.unwatched_while_made(made):
        field = QLineEdit(placeholderText="Bestemming")
        QVBoxLayout(page).addWidget(field)
        page.show()
        made.append(page)
        assert accessibility.spoken_name(field) == ""  # the filter did not see it shown
    assert accessibility.spoken_name(field) == "Bestemming"

    later = QLineEdit(placeholderText="Land")  # the filter is back for what comes
    page.layout().addWidget(later)
    later.show()
    assert accessibility.spoken_name(later) == "Land"
    qtbot.waitUntil(lambda: not accessibility._installed[0]._pending, timeout=2000)

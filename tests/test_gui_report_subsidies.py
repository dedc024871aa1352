"""The subsidies report on the Rapporten page (issue 23): chosen by name, its months in the
period fields, made off the GUI thread from the Almere demo, in PDF or Word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from intzaken.store.database import open_database
from intzaken.ui.reports_page import ReportsPage
from intzaken.ui.workspace import Workspace

from .pdf_reading import flat_text


def test_the_subsidies_of_almere_made_from_the_page(
    qtbot,  # noqa: ANN001
    demo_copy: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    workspace = Workspace(today=lambda: dt.date(2025, 1, 15))
    workspace.set_database(open_database(demo_copy("almere")))
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    try:
        page.select_kind("subsidies")
        names = [page.kinds.item(row).text() for row in range(page.kinds.count())]
        assert "Verkregen EU-subsidies" in names
        assert page.start.isVisible() and page.end.isVisible() and not page.year.isVisible()
        assert page.format.isVisible()  # PDF or Word
        page.start.setValue(dt.date(2018, 1, 1))
        page.end.setValue(dt.date(2023, 12, 1))
        page.make()
        qtbot.waitUntil(lambda: page.last_pdf is not None, timeout=30000)
        assert page.last_pdf.name == "eu-subsidies-2018-01-2023-12.pdf"
        text = flat_text(page.last_pdf)
        assert "Verkregen EU-subsidies, januari 2018 t/m december 2023" in text
        assert "€ 3.900.000,-" in text
    finally:
        workspace.close()

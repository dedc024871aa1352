"""The Rapporten page never offers a stale file (issue 19), says when no program opens
the report, and makes the Word version."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtGui import QDesktopServices

from intzaken.store.database import open_database
from intzaken.ui.reports_page import ReportsPage
from intzaken.ui.workspace import Workspace


@pytest.fixture
def page_with_viewer(qtbot, demo_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch):
    viewer = {"present": True, "opened": []}

    def open_url(url) -> bool:
        viewer["opened"].append(url.toLocalFile())
        return viewer["present"]

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    workspace = Workspace(today=lambda: dt.date(2025, 1, 15))
    workspace.set_database(open_database(demo_copy("rotterdam")))
    page = ReportsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    yield page, viewer
    workspace.close()


def made(qtbot, page: ReportsPage) -> None:
    page.make()
    qtbot.waitUntil(lambda: page._task is None, timeout=30000)
    if page.preflight is not None and page.preflight.isVisible():
        # The demo's 2024 trips have findings (test_gui_preflight.py): made all the same.
        page.preflight.make_button.click()
        qtbot.waitUntil(lambda: page._task is None, timeout=30000)


def offered(page: ReportsPage) -> bool:
    return page.open_button.isEnabled() or page.save_button.isEnabled()


def test_changing_the_year_withdraws_the_made_overview(qtbot, page_with_viewer) -> None:
    page, _viewer = page_with_viewer
    page.select_kind("annual")
    page.year.setValue(2024)
    made(qtbot, page)
    name = page.last_pdf.name
    assert offered(page) and name in page.status.text()  # "Ready: <file>"
    page.year.setValue(2023)
    assert not offered(page) and page.last_pdf is None
    assert name not in page.status.text()


def test_choosing_another_report_withdraws_the_made_one(qtbot, page_with_viewer) -> None:
    page, _viewer = page_with_viewer
    page.select_kind("relations")
    made(qtbot, page)
    name = page.last_pdf.name
    assert offered(page)
    page.select_kind("annual")
    assert not offered(page) and name not in page.status.text()


def test_a_refused_report_leaves_nothing_offered_and_logs_no_error(
    qtbot, page_with_viewer, caplog: pytest.LogCaptureFixture
) -> None:
    page, _viewer = page_with_viewer
    page.select_kind("annual")
    page.year.setValue(2024)
    made(qtbot, page)
    name = page.last_pdf.name
    assert offered(page)
    page.year.setValue(2019)  # no trips made that year
    with caplog.at_level(logging.INFO):
        made(qtbot, page)
    assert not offered(page) and page.last_pdf is None
    assert "2019" in page.status.text() and name not in page.status.text()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not [r for r in caplog.records if r.exc_info]


def test_without_a_program_to_open_it_the_page_says_so(qtbot, page_with_viewer) -> None:
    page, viewer = page_with_viewer
    viewer["present"] = False
    page.select_kind("relations")
    made(qtbot, page)
    assert viewer["opened"] == [str(page.last_pdf)]
    # The window's texts are English in this test (no translator loaded).
    assert "no program to open it" in page.status.text() and "Save as" in page.status.text()
    assert page.save_button.isEnabled()


def test_the_overview_as_a_word_document(qtbot, page_with_viewer) -> None:
    page, viewer = page_with_viewer
    page.select_kind("annual")
    page.year.setValue(2024)
    assert page.format.isVisible()
    page.format.setCurrentIndex(page.format.findData("docx"))
    made(qtbot, page)
    assert page.last_pdf is not None and page.last_pdf.suffix == ".docx"
    assert viewer["opened"] == [str(page.last_pdf)]
    titles = [p.text for p in Document(str(page.last_pdf)).paragraphs if p.style.name == "Title"]
    assert titles == ["Buitenlandse ambtsreizen in 2024"]
    page.select_kind("relations")  # printed as PDF only: no choice offered
    assert not page.format.isVisible()

"""The window on a real database, offscreen, in Dutch."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QTableView

from intzaken.demo.build import write_demo
from intzaken.resources import resource_path
from intzaken.store.database import open_database
from intzaken.ui.app import install_translation
from intzaken.ui.main_window import MainWindow


def test_main_window_lists_every_register_in_dutch(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "rotterdam.sqlite"
    write_demo(path, "rotterdam")
    translator = install_translation(QApplication.instance())
    assert translator is not None
    database = open_database(path)
    try:
        window = MainWindow(database, path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.windowTitle() == "Gemeente Rotterdam — rotterdam.sqlite — Intzaken"
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs == ["Reizen", "Relaties", "Netwerken", "Overeenkomsten", "Bestuurders",
                        "Begroting"]
        trips = window.tabs.widget(0)
        assert isinstance(trips, QTableView)
        assert trips.model().rowCount() == 39
        assert trips.model().headerData(0, trips.horizontalHeader().orientation()) == "Nr"
    finally:
        QApplication.instance().removeTranslator(translator)
        database.close()


def test_window_without_a_database_says_why(qtbot, tmp_path: Path) -> None:
    window = MainWindow(None, tmp_path / "x.sqlite", "Het databasebestand bestaat niet.")
    qtbot.addWidget(window)
    assert isinstance(window.centralWidget(), QLabel)
    assert "bestaat niet" in window.centralWidget().text()


def test_dutch_translation_is_complete() -> None:
    tree = ET.parse(resource_path("translations", "intzaken_nl.ts"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete")]
    assert unfinished == []

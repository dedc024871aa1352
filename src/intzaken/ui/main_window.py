"""The main window: one tab per register. The full GUI (forms, dashboard) builds on this."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QTabWidget

from ..register_tables import TABLE_COLUMNS, table_cells
from ..services.organisation import get_organisation
from ..services.records import REGISTERS
from ..store.database import Database
from .record_model import RecordTableModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database | None, path: Path, error: str | None = None) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.resize(1200, 700)
        if database is None:
            self.setWindowTitle(self.tr("Intzaken"))
            message = QLabel(error or self.tr("No database is open."))
            message.setWordWrap(True)
            self.setCentralWidget(message)
            return
        with database.sessions() as session:
            organisation = get_organisation(session)
            name = organisation.name if organisation else self.tr("(no organisation)")
            self.setWindowTitle(self.tr("{organisation} — {file} — Intzaken").format(
                organisation=name, file=path.name))
            titles = {"trips": self.tr("Trips"), "relations": self.tr("Relations"),
                      "networks": self.tr("Networks"), "agreements": self.tr("Agreements"),
                      "officials": self.tr("Officials"), "budget": self.tr("Budget")}
            for register, title in titles.items():
                model = RecordTableModel(TABLE_COLUMNS[register], self)
                model.set_rows(table_cells(register, REGISTERS[register](session, None)))
                view = QTableView()
                view.setModel(model)
                view.setSortingEnabled(False)
                view.resizeColumnsToContents()
                self.tabs.addTab(view, title)
        self.statusBar().showMessage(str(path))

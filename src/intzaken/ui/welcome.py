"""First start, or a start without a usable file: the same choices as the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..store.location import ServerAddress, parse_location

if TYPE_CHECKING:
    from .window_host import FileHost


class WelcomeDialog(QDialog):
    def __init__(self, window: FileHost, message: str = "") -> None:
        super().__init__(window.parent_widget())
        self.window_ = window
        self.message = message  # why no file could be opened, if that is why
        self.setWindowTitle(self.tr("Welcome to Intzaken"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<h2>Welcome to Intzaken</h2><p>Choose the file to work in.</p>"))
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        if message:
            problem = QLabel(message)
            problem.setWordWrap(True)
            problem.setTextFormat(Qt.TextFormat.PlainText)
            problem.setStyleSheet("color: #b3261e;")
            problem.setAccessibleName(self.tr("Problem"))
            layout.addWidget(problem)
        for text, slot in (
            (self.tr("&New database…"), window.new_database),
            (self.tr("&Open a database…"), window.open_database_dialog),
            (self.tr("Open a &team database…"), window.open_team_database),
            (self.tr("Open the &demo (Rotterdam)"), window.open_demo),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: self._choose(s))
            layout.addWidget(button)
        # A team database is listed as it is: whether it is there, its server says.
        recent = [
            p for p in window.settings.recent_files() if isinstance(p, ServerAddress) or p.exists()
        ]
        if recent:
            layout.addWidget(QLabel(self.tr("Recent files:")))
            self.recent = QListWidget()
            self.recent.setAccessibleName(self.tr("Recent files"))
            for path in recent:
                item = QListWidgetItem(str(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.recent.addItem(item)
            self.recent.itemActivated.connect(
                lambda item: self._choose(
                    lambda: window.open_path(parse_location(item.data(Qt.ItemDataRole.UserRole)))
                )
            )
            layout.addWidget(self.recent)
        close = QPushButton(self.tr("&Later"))
        close.clicked.connect(self.reject)
        layout.addWidget(close)

    def _choose(self, action) -> None:  # noqa: ANN001 - a bound method or lambda
        action()
        if self.window_.workspace.database is not None:
            self.accept()

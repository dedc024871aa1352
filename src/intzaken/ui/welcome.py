"""First start, or a start without a usable file: the same choices as the File menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from .. import house_style
from ..store.location import ServerAddress, parse_location
from .icons import action_icon

if TYPE_CHECKING:
    from .window_host import FileHost

# Wide enough, in average characters of the user's font, for the longest choice and a
# problem message over two or three lines; it grows with a larger font setting.
WIDTH_IN_CHARACTERS = 84


class WelcomeDialog(QDialog):
    def __init__(self, window: FileHost, message: str = "") -> None:
        super().__init__(window.parent_widget())
        self.window_ = window
        self.message = message  # why no file could be opened, if that is why
        self.setWindowTitle(self.tr("Welcome to Intzaken"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS)
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)
        title = QLabel(self.tr("Welcome to Intzaken"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * house_style.HEADING_SCALE)
        font.setBold(True)
        title.setFont(font)
        title.setStyleSheet(f"color: {house_style.ACCENT};")
        layout.addWidget(title)
        intro = QLabel(self.tr("Choose the file to work in."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if message:
            problem = QLabel(message)
            problem.setWordWrap(True)
            problem.setTextFormat(Qt.TextFormat.PlainText)
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            problem.setStyleSheet(
                f"color: {house_style.OVERRUN}; background: {house_style.OVERRUN_FILL};"
                " padding: 6px; border-radius: 3px;"
            )
            problem.setAccessibleName(self.tr("Problem"))
            layout.addWidget(problem)
        for text, slot, picture in (
            (self.tr("&New database…"), window.new_database, "new_database"),
            (self.tr("&Open a database…"), window.open_database_dialog, "open_database"),
            (self.tr("Open a &team database…"), window.open_team_database, "open_team_database"),
            (self.tr("Open the &demo (Rotterdam)"), window.open_demo, "open_demo"),
        ):
            button = QPushButton(action_icon(picture), text)
            button.setIconSize(QSize(20, 20))
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
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
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self, action) -> None:  # noqa: ANN001 - a bound method or lambda
        action()
        if self.window_.workspace.database is not None:
            self.accept()

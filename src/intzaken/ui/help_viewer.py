"""Help → Handleiding (F1): the Dutch user guide, offline, from the pages in docs/.

The pages are Markdown files; QTextBrowser shows a `.md` file as Markdown and follows the
relative links between them, so no HTML is made beforehand and the pages staff read in
the program are the ones in the repository. The guide is Dutch in an English interface
too (the team is Dutch); its title says so there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QLineEdit,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..resources import docs_path  # noqa: F401  # used by user_guide.py, replaced by tests

START_PAGE = "index.md"


class HelpViewer(QWidget):
    """A window with the guide: back, forward, the start page and finding text in a page."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.folder = folder
        self.setObjectName("help-viewer")
        self.setWindowTitle(self.tr("User guide (in Dutch)"))
        self.resize(820, 700)
        self.browser = QTextBrowser(self)
        # Links to the web open in the system's browser; links between pages stay here.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setDocumentMargin(16)  # kept by every page loaded into it
        self.find_box = QLineEdit(self)
        self.find_box.setPlaceholderText(self.tr("Find in this page"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        toolbar = QToolBar(self)
        back = toolbar.addAction(self.tr("Back"), self.browser.backward)
        back.setShortcut(QKeySequence.StandardKey.Back)
        self.browser.backwardAvailable.connect(back.setEnabled)
        forward = toolbar.addAction(self.tr("Forward"), self.browser.forward)
        forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        toolbar.addAction(self.tr("Contents"), self.show_start_page)
        toolbar.addSeparator()
        toolbar.addWidget(self.find_box)
        back.setEnabled(False)
        forward.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.browser)
        self.show_start_page()

    def show_start_page(self) -> None:
        self.open_page(START_PAGE)

    def open_page(self, name: str) -> None:
        """Show the page `name` (a file in docs/, e.g. "reiskopieen.md")."""
        url = QUrl.fromLocalFile(str(self.folder / name))
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def page(self) -> str:
        """The file name of the page shown."""
        return self.browser.source().fileName()

    def find_next(self) -> None:
        """The next place of the text in the find box, from the top again after the last."""
        text = self.find_box.text()
        if text and not self.browser.find(text):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(text)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        kind = (
            QTextDocument.ResourceType.MarkdownResource
            if target.fileName().endswith(".md")
            else QTextDocument.ResourceType.UnknownResource
        )
        self.browser.setSource(target, kind)

"""The floor of the installed app's start (issue 22, item 1), built into a one-folder
PyInstaller bundle as the app is (floor.spec): a bare PySide6 window with an empty
QTableView, 1280 × 800 as the app's window opens. It writes the moment of its first
paint as the app does (INTZAKEN_STARTUP_MARKS, src/intzaken/ui/startup_marks.py): just
after the paint, from a zero timer started by the paint event. Only Qt and the standard
library."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def mark(name: str) -> None:
    path = os.environ.get("INTZAKEN_STARTUP_MARKS")
    if path:
        with open(path, "a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.time():.6f} {time.process_time():.6f}\n")


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: mark("painted"))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.setCentralWidget(QTableView())
    window.resize(1280, 800)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

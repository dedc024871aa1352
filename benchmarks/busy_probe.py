"""The window's answering while long work runs (issue 22, item 4), measured from inside
its process (run by probe.py as `busy`): the app opened on the benchmark database, every
page made and loaded, then one after the other, each through the window's own code path
(the flows that hand the work to a worker through ui/busy_work.run_busy, the Reports
page's Task, the restore's wait_for) with the longest lateness of a 10 ms timer on the GUI
thread (lateness_probe.LatenessMonitor) while each runs:

- importing a workbook (File → Import: read and check, the preview accepted, applied);
- the annual overview of the report year (Reports page, made without the preflight);
- taking a travel copy of everything and merging it back (File → Take along, File →
  Merge; the dialogs accepted as they open);
- restoring a backup of the file (File → Restore a backup, the backup chosen).

The dialogs a user would answer are answered at once (their exec() returns Accepted) and
the messages at the end are recorded instead of shown: what is measured is the window
while the work runs, not a person reading. Only the standard library at the top.
"""

from __future__ import annotations

import time
from collections.abc import Callable

OPERATIONS = ("import", "annual", "travel", "restore")


def busy(
    database: str,
    workbook: str,
    backup: str,
    copy: str,
    year: int,
    limit: float,
    finish,
    only: list[str] | None = None,
) -> None:
    """`only`: the names of OPERATIONS to run (all of them by default), as the crash
    harness runs the travel copy alone (benchmarks/import_crash.py)."""
    import sys

    from lateness_probe import LatenessMonitor
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    from intzaken.ui import main_window

    results: dict[str, dict[str, float | str]] = {}
    ended: list[str] = []  # the titles of the messages that ended an operation

    def said(_parent, title, text, *_args, **_kwargs):  # a message instead of a box
        ended.append(f"{title}: {text}"[:200])
        return QMessageBox.StandardButton.Ok

    QMessageBox.information = staticmethod(said)  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(said)  # type: ignore[method-assign]

    from intzaken.ui.exchange_dialogs import ImportPreviewDialog
    from intzaken.ui.merge_dialog import MergeDialog
    from intzaken.ui.travel_copy_dialog import TravelCopyDialog

    previews: list[bool] = []  # a second preview: the import was refused, shown again

    def accepted(self) -> QDialog.DialogCode:
        if isinstance(self, ImportPreviewDialog):
            previews.append(True)
            if len(previews) > 1:
                ended.append("import refused: its preview shown again")
        return QDialog.DialogCode.Accepted

    for dialog in (ImportPreviewDialog, MergeDialog, TravelCopyDialog):
        dialog.exec = accepted  # type: ignore[method-assign]
    TravelCopyDialog.choice = lambda self: (None, _path(copy), True)  # type: ignore[method-assign]

    original = main_window.MainWindow.show

    def show(window) -> None:
        main_window.MainWindow.show = original
        original(window)
        # The window makes its pages one per pass of the event loop once the trips list
        # has loaded, and their lists load then: part of opening (the opening row), not
        # of the work measured here, which starts once the window is idle.
        pages_built: list[bool] = []
        window.page_list.all_built.connect(lambda: pages_built.append(True))

        def lists_loaded(then: Callable[[], None]) -> None:
            if (
                window.workspace.database is None
                or not pages_built
                or any(page.loading for page in window.register_pages.values())
            ):
                QTimer.singleShot(20, lambda: lists_loaded(then))
            else:
                then()

        def measure(name: str, start: Callable[[], None], done: Callable[[], bool]) -> None:
            """`start()`, then the longest lateness until `done()` and the lists loaded."""
            watch = LatenessMonitor()
            watch.start()
            began = time.perf_counter()
            ended.clear()
            start()

            def check() -> None:
                if not done():
                    QTimer.singleShot(20, check)
                    return

                def stop() -> None:
                    watch.stop()
                    results[name] = {
                        "longest_ms": watch.longest_ms,
                        "seconds": time.perf_counter() - began,
                        "said": " | ".join(ended),
                    }
                    QTimer.singleShot(200, run_next)  # a moment for the last repaint

                lists_loaded(stop)

            QTimer.singleShot(20, check)

        def import_workbook() -> None:
            from intzaken.ui.exchange_flow import import_file

            measure("import", lambda: import_file(window, _path(workbook)), lambda: bool(ended))

        def annual() -> None:
            page = window.page_list.pages.get("reports") or window.show_page("reports")
            page.open_pdf = lambda: None  # no viewer started
            page.select_kind("annual")
            page.period.year.setValue(year)
            measure("annual", lambda: page.make(anyway=True), lambda: page._task is None)

        def travel() -> None:
            from intzaken.ui.travel_flow import plan_and_merge, take_travel_copy

            def start() -> None:
                take_travel_copy(window)

            def done() -> bool:
                if len(ended) == 1 and not merging:
                    merging.append(True)
                    plan_and_merge(window, _path(copy))
                return len(ended) >= 2

            merging: list[bool] = []
            measure("travel", start, done)

        def restore() -> None:
            from intzaken.ui.recovery import restore_into

            path = window.workspace.path
            finished: list[bool] = []

            def start() -> None:
                restore_into(window, path, _path(backup))
                finished.append(True)

            measure("restore", lambda: QTimer.singleShot(0, start), lambda: bool(finished))

        steps = [import_workbook, annual, travel, restore]
        steps = [
            s for s, name in zip(steps, OPERATIONS, strict=True) if only is None or name in only
        ]

        def run_next() -> None:
            if steps:
                step = steps.pop(0)
                sys.stderr.write(f"BUSY {step.__name__} {time.perf_counter():.2f}\n")
                step()
            else:
                finish(results=results)

        QTimer.singleShot(
            int(limit * 1000),
            lambda: finish(error="timeout", results=results, said=" | ".join(ended)),
        )
        lists_loaded(run_next)

    main_window.MainWindow.show = show
    from intzaken.__main__ import main

    sys.argv = ["intzaken", "--db", database]
    main()
    finish(error="the app stopped before the work was done", results=results)


def _path(text: str):
    from pathlib import Path

    return Path(text)

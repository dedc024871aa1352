"""One measurement in a fresh process, for benchmarks/run.py.

    python benchmarks/probe.py MODE [DATABASE] [OPTIONS as JSON]

Prints one line `RESULT {json}` and exits. Times are `time.time()` stamps (the parent
subtracts its own stamp taken just before starting this process) or durations in seconds.

The modes that start the app drive it from outside: nothing in the app knows it is being
measured. The window is watched through event filters on its widgets, installed just
before it is first shown (by wrapping `MainWindow.show` in this process only).

Only the standard library is imported at the top: in the cold-start modes everything the
measured program imports is part of what is measured.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

# The trips list as rows, the same columns the trips page shows (ui/registers.py):
# number, start, end, status, title, destinations, travellers, two amounts and CO2.
LIST_SQL = """
SELECT t.id, t.start_date, t.end_date, t.status, t.title,
       (SELECT group_concat(coalesce(p.name, c.name), '; ')
          FROM trip_destinations d JOIN countries c ON c.code = d.country_code
          LEFT JOIN places p ON p.id = d.place_id
         WHERE d.trip_id = t.id) AS destinations,
       (SELECT group_concat(o.name, '; ')
          FROM trip_travellers tt JOIN officials o ON o.id = tt.official_id
         WHERE tt.trip_id = t.id) AS travellers,
       t.travel_and_stay, t.other_costs, t.co2_tonnes
  FROM trips t
"""
HAYSTACK = (
    "lower(id || ' ' || coalesce(start_date, '') || ' ' || coalesce(end_date, '') "
    "|| ' ' || status || ' ' || title || ' ' || coalesce(destinations, '') || ' ' "
    "|| coalesce(travellers, '') || ' ' || coalesce(travel_and_stay, '') || ' ' "
    "|| coalesce(other_costs, '') || ' ' || coalesce(co2_tonnes, ''))"
)
TRIPS_PAGE = "trips"
WINDOW_SIZE = (1280, 800)


def list_rows(
    connection, order: str = "t.start_date, t.id", where: str = "", params: tuple = ()
) -> list[tuple]:
    """The trips list from raw sqlite3: the floor of every list operation."""
    if where:
        sql = f"SELECT * FROM ({LIST_SQL}) WHERE {where} ORDER BY {order.replace('t.', '')}"
    else:
        sql = f"{LIST_SQL} ORDER BY {order}"
    return connection.execute(sql, params).fetchall()


def report(**values: object) -> None:
    sys.stdout.write("RESULT " + json.dumps(values) + "\n")
    sys.stdout.flush()


def finish(**values: object) -> None:
    """Report and leave at once: no tidying up of threads still loading other pages."""
    report(**values)
    os._exit(0)


# --- Qt helpers (imported lazily) ---


def paint_watcher(callback):
    """A QObject whose event filter calls `callback(watched, time.time())` on every paint."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                callback(watched, time.time())
            return False

    return Watcher()


class TupleModel:
    """A minimal table model over a list of tuples (the floor's model)."""

    @staticmethod
    def make(rows: list[tuple], columns: int):
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Model(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else len(rows)

            def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else columns

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    value = rows[index.row()][index.column()]
                    return "" if value is None else str(value)
                return None

        return Model()


# --- cold start: floors ---


def bare_window() -> None:
    """Floor of the cold start: QApplication, QMainWindow, an empty QTableView."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)
    watcher = paint_watcher(lambda _w, now: finish(window_paint=now))
    table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


def bare_list(database: str) -> None:
    """Floor of the populated list: the bare window, `import sqlalchemy`, and the same
    rows read with raw sqlite3 into a minimal model, until their first paint."""
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    import sqlalchemy  # noqa: F401 - part of the floor, as the issue defines it

    connection = sqlite3.connect(database)
    rows = list_rows(connection)
    connection.close()
    window = QMainWindow()
    table = QTableView()
    table.setModel(TupleModel.make(rows, 10))
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)

    def painted(_watched, now):
        if table.model().rowCount() > 0:
            import resource

            finish(
                list_paint=now,
                rows=len(rows),
                maxrss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            )

    watcher = paint_watcher(painted)
    table.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


# --- cold start and memory: the app ---


def _watch_app(on_show) -> None:
    """Call `on_show(window)` when the app's main window is first shown."""
    from intzaken.ui import main_window

    original = main_window.MainWindow.show

    def show(self):
        on_show(self)
        original(self)
        main_window.MainWindow.show = original

    main_window.MainWindow.show = show


def _start_app(database: str) -> None:
    """As the `intzaken --db DATABASE` command starts the window."""
    from intzaken.__main__ import main

    sys.argv = ["intzaken", "--db", database]
    main()


def app_start(database: str, limit: float, settle: float = 1.0) -> None:
    """The app on `database` with the trips page current (as the settings the parent
    prepared say): first paint of the window, the trips page's `loaded`, the first paint
    of the trips list with rows; then, once every register page has loaded and `settle`
    seconds more have passed, the peak memory (ru_maxrss)."""
    import resource

    marks: dict[str, object] = {}

    def on_show(window) -> None:
        from PySide6.QtCore import QTimer

        marks["show"] = time.time()  # MainWindow.show() called: the frame is built
        # The pages are made after the first paint (build_pages); watch each as it comes.
        # The register pages: only they report `loaded` (the overview, calendar and
        # reports pages read when shown).
        pending = set(window.page_list.register_titles)

        def painted(watched, now):
            marks.setdefault("window_paint", now)
            page = window.register_pages.get(TRIPS_PAGE)
            if (
                page is not None
                and watched is page.table.viewport()
                and page.model.rowCount() > 0
                and "list_paint" not in marks
            ):
                marks["list_paint"] = now  # the first rows (perhaps not all yet)
                marks["first_rows"] = page.model.total_count
                marks["current_page"] = window.stack.currentWidget() is page
            if (
                page is not None
                and watched is page.table.viewport()
                and "loaded" in marks
                and "full_paint" not in marks
            ):
                marks["full_paint"] = now  # the whole list, after its `loaded`
                marks["rows"] = page.model.total_count
                maybe_done()

        def loaded(name: str) -> None:
            pending.discard(name)
            if name == TRIPS_PAGE:
                marks.setdefault("loaded", time.time())
            if not pending:
                marks.setdefault("all_loaded", time.time())
                maybe_done()

        def maybe_done() -> None:
            if "full_paint" in marks and "all_loaded" in marks and "settling" not in marks:
                marks["settling"] = True
                QTimer.singleShot(int(settle * 1000), done)

        def done() -> None:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            finish(maxrss_kb=usage.ru_maxrss, current_rss_kb=_current_rss_kb(), **marks)

        window._benchmark_watcher = watcher = paint_watcher(painted)
        for widget in (window, window.navigation.viewport()):
            widget.installEventFilter(watcher)

        def page_built(name: str) -> None:
            page = window.register_pages.get(name)
            if page is not None:
                marks.setdefault(f"built_{name}", time.time())
                page.loaded.connect(lambda name=name: loaded(name))
                if name == TRIPS_PAGE:
                    page.table.viewport().installEventFilter(watcher)

        window.page_list.page_built.connect(page_built)
        QTimer.singleShot(int(limit * 1000), lambda: finish(error="timeout", **marks))

    _watch_app(on_show)
    _start_app(database)
    finish(error="the app stopped before the trips list was painted", **marks)


def _current_rss_kb() -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


# --- in-process: open, sort, filter ---


def register_interaction(
    database: str, runs: int, sort_column: int, word: str, limit: float = 1800, open_runs: int = 1
) -> None:
    """The trips page on `database` in a running app: reload until painted, sort by a
    column (heading click) until painted, and type `word` into the search box one key at
    a time (then erase it), each key until the list is painted again."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from intzaken.store.database import open_database
    from intzaken.ui.register_page import RegisterPage
    from intzaken.ui.registers import register_specs
    from intzaken.ui.workspace import Workspace

    app = QApplication(sys.argv[:1])
    workspace = Workspace()
    spec = next(s for s in register_specs() if s.name == TRIPS_PAGE)
    page = RegisterPage(spec, workspace)
    window = QMainWindow()
    window.setCentralWidget(page)
    window.resize(*WINDOW_SIZE)
    window.show()
    paints: list[float] = []
    resets: list[float] = []
    watcher = paint_watcher(lambda _w, now: paints.append(time.perf_counter()))
    page.table.viewport().installEventFilter(watcher)
    page.model.modelAboutToBeReset.connect(lambda: resets.append(time.perf_counter()))

    def wait_for(condition) -> None:
        """Run Qt's event loop until `condition()`. Not a Python loop around
        processEvents: that holds the interpreter lock, and a worker reading rows (which
        hands the lock back and forth per row) was starved by it, 1.5 s became 13 s."""
        if condition():
            return
        deadline = time.perf_counter() + limit
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)  # paints are timed by their own event filter, not by this

        def check() -> None:
            if condition():
                loop.quit()
            elif time.perf_counter() > deadline:
                finish(error="timeout in register_interaction")

        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()

    def painted_after(start: float) -> float:
        wait_for(lambda: any(p > start for p in paints))
        return next(p for p in paints if p > start)

    loaded: list[float] = []
    page.loaded.connect(lambda: loaded.append(time.perf_counter()))
    opened = open_database(Path(database), daily_backup=False)
    start = time.perf_counter()
    workspace.set_database(opened)  # the page reloads on `opened`
    wait_for(lambda: loaded)
    opens = [painted_after(loaded[0]) - start]
    for _ in range(open_runs - 1):
        loaded.clear()
        start = time.perf_counter()
        page.reload()
        wait_for(lambda: loaded)
        opens.append(painted_after(loaded[0]) - start)

    def debounce_interval() -> int | None:
        """An intentional delay: a single-shot timer the keystroke started on the page."""
        active = [t for t in page.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
        return min((t.interval() for t in active), default=None)

    sorts = []
    for run in range(runs):
        order = Qt.SortOrder.AscendingOrder if run % 2 == 0 else Qt.SortOrder.DescendingOrder
        start = time.perf_counter()
        page.table.sortByColumn(sort_column, order)
        sorts.append(painted_after(start) - start)
    page.table.sortByColumn(spec.default_sort, Qt.SortOrder.AscendingOrder)
    app.processEvents()

    page.search.setFocus()
    keys: list[dict[str, object]] = []
    for _ in range(runs):
        strokes = [(char, word[: i + 1]) for i, char in enumerate(word)]
        strokes += [("\b", word[:i]) for i in range(len(word) - 1, -1, -1)]
        for char, text in strokes:
            start = time.perf_counter()
            if char == "\b":
                QTest.keyClick(page.search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClicks(page.search, char)
            returned = time.perf_counter()
            delay = debounce_interval()
            if page.search.text() != text:
                finish(error=f"search box holds {page.search.text()!r}, expected {text!r}")
            synchronous = any(r >= start for r in resets) and max(resets) <= returned
            end = painted_after(max([start] + [r for r in resets if r >= start]))
            total = end - start
            # An intentional delay is the design, not the work: left out, reported apart.
            waited = delay / 1000 if delay and not synchronous else 0.0
            keys.append(
                {
                    "text": text,
                    "seconds": total - waited,
                    "with_debounce": total,
                    "debounce_ms": delay,
                    "synchronous": synchronous,
                    "visible": page.model.visible_count,
                }
            )
        QCoreApplication.processEvents()
    finish(
        open=opens,
        sort=sorts,
        keys=keys,
        rows=page.model.total_count,
        sort_heading=spec.columns[sort_column][1],
    )


def raw_interaction(
    database: str, runs: int, sort_column: int, word: str, **_ignored: object
) -> None:
    """Floors of open, sort and filter: the same queries in raw sqlite3."""
    import sqlite3

    columns = [
        "t.id",
        "t.start_date",
        "t.end_date",
        "t.status",
        "lower(t.title)",
        "destinations",
        "travellers",
        "t.travel_and_stay",
        "t.other_costs",
        "t.co2_tonnes",
    ]
    connection = sqlite3.connect(database)
    list_rows(connection)  # the file into the page cache, as the app's first load does
    opens, sorts, keys = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        rows = list_rows(connection)
        opens.append(time.perf_counter() - start)
    for run in range(runs):
        direction = "ASC" if run % 2 == 0 else "DESC"
        start = time.perf_counter()
        list_rows(connection, order=f"{columns[sort_column]} {direction}, t.id")
        sorts.append(time.perf_counter() - start)
    texts = [word[: i + 1] for i in range(len(word))] + [
        word[:i] for i in range(len(word) - 1, -1, -1)
    ]
    for _ in range(runs):
        for text in texts:
            start = time.perf_counter()
            if text:
                list_rows(connection, where=f"{HAYSTACK} LIKE ?", params=(f"%{text}%",))
            else:
                list_rows(connection)
            keys.append({"text": text, "seconds": time.perf_counter() - start})
    connection.close()
    finish(open=opens, sort=sorts, keys=keys, rows=len(rows))


# --- annual overview ---


def annual(database: str, year: int, runs: int, out: str) -> None:
    """The app's annual overview of `year`, written `runs` times after one warm-up."""
    from intzaken.__main__ import use_persistent_matplotlib_cache

    use_persistent_matplotlib_cache()
    from intzaken.reports import build_report
    from intzaken.store.database import open_database

    database_ = open_database(Path(database), daily_backup=False)
    times = []
    report_ = None
    for run in range(runs + 1):
        start = time.perf_counter()
        with database_.sessions() as session:
            report_ = build_report("annual", session, Path(out), year=year)
        if run:
            times.append(time.perf_counter() - start)
    database_.close()
    finish(
        seconds=times,
        trips=report_.meta["trips"] if report_ else None,
        pages=_pages(out),
        bytes=os.path.getsize(out),
    )


def annual_floor(database: str, year: int, runs: int, out: str) -> None:
    """Floor of the annual overview: a bare reportlab platypus document with the same
    tables and text (read beforehand with raw sqlite3), the DejaVu font embedded, no
    lookups, no charts, no table of contents (one pass)."""
    import sqlite3

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    # The report's own paragraph styles and font registration, so the floor lays out the
    # same text on the same number of lines; the rest is reportlab alone.
    from intzaken.reports.fonts import register_fonts
    from intzaken.reports.styles import styles

    register_fonts()
    s = styles()
    connection = sqlite3.connect(database)
    trips = connection.execute(
        f"""
        SELECT * FROM ({LIST_SQL}) AS l JOIN trips t2 ON t2.id = l.id
         WHERE t2.status = 'done' AND l.start_date LIKE ? ORDER BY l.start_date, l.id
    """,
        (f"{year}-%",),
    ).fetchall()
    names = [
        d[0]
        for d in connection.execute(
            f"SELECT * FROM ({LIST_SQL}) AS l JOIN trips t2 ON t2.id = l.id LIMIT 0"
        ).description
    ]
    connection.close()
    rows = [dict(zip(names, row, strict=False)) for row in trips]
    # dict(zip) keeps the later of two equal names: the trips columns (t2.*) win, which
    # are the same values for the shared ones.
    per_official: dict[str, list[float]] = {}
    for row in rows:
        lead = (row["travellers"] or "").split("; ")[0]
        figures = per_official.setdefault(lead, [0, 0.0, 0.0, 0.0, 0.0])
        figures[0] += 1
        for index, key in enumerate(
            ("travel_and_stay", "other_costs", "co2_tonnes", "co2_offset"), start=1
        ):
            figures[index] += float(row[key] or 0)

    body, lead, meta = s["Body"], s["Lead"], s["Meta"]
    head1, head2 = s["Heading1"], s["Heading2"]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8),
            ("FONT", (0, 0), (-1, 1), "DejaVuSans-Bold", 8),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("ALIGN", (0, 2), (-1, -1), "RIGHT"),
        ]
    )
    cost_header = [
        ["Kosten bestuur", "", "Vervoersmiddel", "Alléén voor vliegtuig", ""],
        ["Reis en verblijf", "Overige kosten", "", "CO₂-uitstoot (in tonnen)", "CO₂-compensatie"],
    ]

    def story() -> list:
        parts = [
            Paragraph(f"Buitenlandse ambtsreizen in {year}", s["Title"]),
            Paragraph(
                "Jaaroverzicht van het college van burgemeester en wethouders", s["Subtitle"]
            ),
        ]
        parts += [
            Paragraph("Dit overzicht beschrijft de buitenlandse ambtsreizen. " * 6, body)
            for _ in range(3)
        ]
        parts.append(Paragraph(f"Reizen in {year}", head1))
        for row in rows:
            cost = [
                str(row["travel_and_stay"] or "-"),
                str(row["other_costs"] or "-"),
                "-",
                str(row["co2_tonnes"] or "-"),
                str(row["co2_offset"] or "-"),
            ]
            parts.append(
                KeepTogether(
                    [
                        Paragraph(f"{row['destinations']} — {row['travellers']}", head2),
                        Paragraph(row["title"], lead),
                        Paragraph(f"{row['start_date']} tot en met {row['end_date']}", meta),
                        Spacer(0, 2 * mm),
                        Paragraph(row["purpose"] or "", body),
                        Paragraph(row["outcomes"] or "", body),
                        Table(cost_header + [cost], style=style),
                        Spacer(0, 7 * mm),
                    ]
                )
            )
        parts += [
            PageBreak(),
            Paragraph(f"Totalen {year}", head1),
            Paragraph("Kosten en CO₂-uitstoot per bestuurder.", body),
        ]
        totals = [
            [
                "Bestuurder",
                "Reizen",
                "Reis en verblijf",
                "Overige kosten",
                "CO₂ (ton)",
                "CO₂-compensatie",
            ],
            ["", "", "", "", "", ""],
        ]
        totals += [
            [name, str(f[0])] + [f"{v:.2f}" for v in f[1:]]
            for name, f in sorted(per_official.items())
        ]
        parts += [
            Table(totals, style=style),
            Spacer(0, 6 * mm),
            Paragraph("Kerncijfers", head2),
            Table([["Aantal reizen", str(len(rows))]] * 6, style=style),
        ]
        return parts

    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        SimpleDocTemplate(out, pagesize=A4, title=f"Buitenlandse ambtsreizen in {year}").build(
            story()
        )
        if run:
            times.append(time.perf_counter() - start)
    finish(seconds=times, trips=len(rows), pages=_pages(out), bytes=os.path.getsize(out))


def _pages(pdf: str) -> int | None:
    try:
        with open(pdf, "rb") as handle:
            return handle.read().count(b"/Type /Page\n") or None
    except OSError:
        return None


# --- import ---


def app_import(workbook: str, folder: str, runs: int) -> None:
    """`plan_import` + `apply_import` of `workbook` into a new, empty database."""
    import openpyxl  # noqa: F401 - imported before the clock starts, as in import_floor

    from intzaken.exchange import apply_import, plan_import
    from intzaken.new_database import create_database

    plans, applies, counts = [], [], {}
    for run in range(runs):
        database = create_database(Path(folder) / f"import-{run}.sqlite", "Benchmark")
        try:
            with database.sessions() as session, session.begin():
                start = time.perf_counter()
                plan = plan_import(session, Path(workbook))
                planned = time.perf_counter()
                if not plan.ok:
                    finish(error="import refused: " + "; ".join(str(p) for p in plan.problems[:5]))
                result = apply_import(session, plan)
                applied = time.perf_counter()
            committed = time.perf_counter()
            plans.append(planned - start)
            applies.append(committed - planned)
            counts = {name: vars(c) for name, c in result.items()}
            del applied
        finally:
            database.close()
    finish(
        plan=plans,
        apply=applies,
        seconds=[p + a for p, a in zip(plans, applies, strict=True)],
        counts=counts,
    )


def import_floor(workbook: str, folder: str, runs: int) -> None:
    """Floor of the import: openpyxl read-only through every sheet, and executemany into
    raw sqlite3 tables with the sheets' columns, in one transaction."""
    import sqlite3

    from openpyxl import load_workbook

    times, rows_read = [], 0
    for run in range(runs):
        path = Path(folder) / f"floor-{run}.sqlite"
        path.unlink(missing_ok=True)
        start = time.perf_counter()
        book = load_workbook(workbook, read_only=True, data_only=True)
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        rows_read = 0
        with connection:
            for number, sheet in enumerate(book.worksheets):
                rows = sheet.iter_rows(values_only=True)
                heading = next(rows, None)
                if not heading:
                    continue
                table = f"sheet_{number}"
                names = ", ".join(f'"c{i}"' for i in range(len(heading)))
                connection.execute(f"CREATE TABLE {table} ({names})")
                marks = ", ".join("?" * len(heading))
                data = [
                    tuple(_sqlite_value(v) for v in row)
                    for row in rows
                    if any(v is not None for v in row)
                ]
                rows_read += len(data)
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
        connection.close()
        book.close()
        times.append(time.perf_counter() - start)
    finish(seconds=times, rows=rows_read)


def _sqlite_value(value: object) -> object:
    if value is None or isinstance(value, (int, float, str, bytes)):
        return value
    return str(value)


def search_queries(database: str) -> dict[str, str]:
    """What is searched for: the place most trips went to (as "Shanghai" in a real
    archive), a common word, two words, an accented spelling, and a word in nothing."""
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    (place,) = connection.execute(
        "SELECT p.name FROM trip_destinations d JOIN places p ON p.id = d.place_id "
        "GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"
    ).fetchone()
    connection.close()
    return {
        "a place": place,
        "a common word": "handel",
        "two words": f"{place} 2024",
        "accents": "Händel",
        "nothing": "zqxwv",
    }


def search(database: str, runs: int) -> None:
    """Find anything (services/search) per query, `runs` times after one warm-up."""
    from intzaken.services.search import search as find
    from intzaken.services.search import warm_up
    from intzaken.store.database import open_database

    queries = search_queries(database)
    database_ = open_database(Path(database), daily_backup=False)
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    with database_.sessions() as session:
        warm_up(session)  # as the window does when its search popup opens
        for label, query in queries.items():
            find(session, query)  # its records described once (their ORM queries compiled)
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                outcome = find(session, query)
                times.setdefault(label, []).append(time.perf_counter() - start)
                cpu.setdefault(label, []).append(time.process_time() - start_cpu)
            found[label] = outcome.total
    database_.close()
    finish(seconds=times, cpu=cpu, found=found, queries=queries)


def search_floor(database: str, runs: int) -> None:
    """Floor of a search: raw sqlite3 reading the ids of the trips whose own texts
    (title, purpose, outcomes, notes) hold the first word, with LIKE: one scan of the
    archive's largest texts, no accents, no other table, nothing shown."""
    import sqlite3

    queries = search_queries(database)
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    sql = (
        "SELECT id FROM trips WHERE title LIKE ?1 OR purpose LIKE ?1 OR outcomes LIKE ?1 "
        "OR notes LIKE ?1"
    )
    times: dict[str, list[float]] = {}
    for label, query in queries.items():
        pattern = f"%{query.split()[0]}%"
        for _ in range(runs):
            start = time.perf_counter()
            connection.execute(sql, (pattern,)).fetchall()
            times.setdefault(label, []).append(time.perf_counter() - start)
    connection.close()
    finish(seconds=times)


def open_pending(database: str, limit: float) -> None:
    import lateness_probe  # beside this file: run as a script, its folder is on sys.path

    lateness_probe.open_pending(database, limit, finish)


def busy(**arguments: object) -> None:
    import busy_probe  # beside this file, as lateness_probe

    busy_probe.busy(**arguments, finish=finish)  # type: ignore[arg-type]


MODES = {
    "open-pending": open_pending,
    "busy": busy,
    "bare-window": bare_window,
    "bare-list": bare_list,
    "app-start": app_start,
    "register": register_interaction,
    "register-floor": raw_interaction,
    "annual": annual,
    "annual-floor": annual_floor,
    "import": app_import,
    "import-floor": import_floor,
    "search": search,
    "search-floor": search_floor,
    # The map page's load and paint (map_probe.py, beside this file).
    "map": lambda **arguments: __import__("map_probe").world_map(**arguments),
}

if __name__ == "__main__":
    mode = sys.argv[1]
    arguments = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    MODES[mode](**arguments)

"""The benchmark of issue 7: each operation on a 100,000-trip database against its floor.

    benchmarks/run.sh                    # from a fresh clone: bootstraps .venv, then this
    .venv/bin/python -m benchmarks.run   # all of it
    .venv/bin/python -m benchmarks.run --quick          # a smaller database, fewer runs
    .venv/bin/python -m benchmarks.run --only start,register

Every operation is measured in the same run as its floor, each in fresh processes
(benchmarks/probe.py) under QT_QPA_PLATFORM=offscreen with a private HOME, and the
medians are printed as a table and written to benchmarks/results.md with a description
of the machine; a full run also puts them on the developer page docs/dev/benchmark.md.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import generate, results_page
from .bundle import installed_app
from .command_line import command_line
from .responsiveness import responsiveness
from .session import ProbeFailed, Row, Session, median, quick_verdict
from .team_database import team_database
from .world_map import world_map

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROBE = HERE / "probe.py"
RESULTS = HERE / "results.md"
OPERATIONS = (
    "cli",
    "bundle",
    "start",
    "register",
    "annual",
    "import",
    "search",
    "map",
    "responsive",
    "team",
)
SEARCH_WORD = "handel"  # typed into the search box one key at a time, then erased
SORT_COLUMN = 4  # Title: text, so the sort compares strings (the slowest kind)


# --- running probes ---


def probe(
    session: Session, mode: str, timeout: float | None = None, **arguments: object
) -> tuple[float, dict]:
    """Run one probe in a fresh process; (the time just before it started, its result)."""
    command = [sys.executable, str(PROBE), mode, json.dumps(arguments)]
    started = time.time()
    try:
        done = subprocess.run(
            command,
            env=session.env,
            capture_output=True,
            text=True,
            timeout=(timeout or session.timeout) + 30,
            cwd=session.tmp,
        )
    except subprocess.TimeoutExpired:
        raise ProbeFailed(f"{mode}: no answer within {timeout or session.timeout:.0f} s") from None
    if session.env.get("INTZAKEN_BENCH_STALLS"):
        # What lateness_probe prints for finding a pause; the rest of the probe's
        # standard error only when it fails (below).
        for line in done.stderr.splitlines():
            if line.startswith(("STALL ", "WORKER ", "LATE ", "COLLECTION ", "BUSY ")):
                sys.stderr.write(f"{mode}: {line}\n")
    result = None
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
    if result is None:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise ProbeFailed(f"{mode} stopped (exit {done.returncode}): " + " | ".join(tail))
    if "error" in result:
        raise ProbeFailed(f"{mode}: {result['error']}")
    return started, result


def repeated(session: Session, runs: int, measure: Callable[[], dict]) -> list[dict]:
    """`measure()` up to `runs` times; fewer when the first runs already used the budget.
    One run always happens; a failure after the first is reported, the rest kept."""
    results: list[dict] = []
    spent = 0.0
    while len(results) < runs:
        started = time.monotonic()
        try:
            results.append(measure())
        except ProbeFailed:
            if not results:
                raise
            break
        spent += time.monotonic() - started
        if spent / len(results) * (len(results) + 1) > session.budget:
            break
    return results


# --- the operations ---


def cold_start(session: Session) -> list[Row]:
    """Process start to first paint: bare window, bare list, the app (with memory)."""
    log = session.log

    def bare_window() -> dict:
        started, result = probe(session, "bare-window", timeout=120)
        return {"window": result["window_paint"] - started}

    def bare_list() -> dict:
        started, result = probe(session, "bare-list", database=str(session.database))
        return {"list": result["list_paint"] - started, "rss": result["maxrss_kb"]}

    def app() -> dict:
        started, result = probe(
            session, "app-start", database=str(session.database), limit=session.timeout
        )
        if not result.get("current_page"):
            raise ProbeFailed("the trips page was not the current page")
        log(
            f"    app: show() called {result['show'] - started:.2f} s, "
            f"window {result['window_paint'] - started:.2f} s, trips loaded "
            f"{result['loaded'] - started:.2f} s, first trips painted "
            f"{result['list_paint'] - started:.2f} s, all painted "
            f"{result['full_paint'] - started:.2f} s, peak memory "
            f"{result['maxrss_kb'] / 1024:.0f} MB (every page loaded "
            f"{result['all_loaded'] - started:.2f} s)"
        )
        return {
            "window": result["window_paint"] - started,
            "loaded": result["loaded"] - started,
            "list": result["list_paint"] - started,
            "rss": result["maxrss_kb"],
            "full": result["full_paint"] - started,
            "first_rows": result["first_rows"],
            "rows": result["rows"],
        }

    log("  cold start: bare window (floor)")
    floors = repeated(session, session.runs, bare_window)
    log("  cold start: bare window + sqlalchemy + rows from raw sqlite3 (floor)")
    list_floors = repeated(session, session.runs, bare_list)
    log("  cold start: the app (until the trips list is painted and every page loaded)")
    rows: list[Row] = []
    try:
        apps = repeated(session, session.expensive_runs, app)
    except ProbeFailed as exc:
        log(f"    {exc}")
        apps = []
        note = str(exc)
    else:
        note = ""
    window_floor = median([r["window"] for r in floors])
    list_floor = median([r["list"] for r in list_floors])
    window = median([r["window"] for r in apps])
    populated = median([r["list"] for r in apps])
    complete = median([r["full"] for r in apps])
    first_rows = apps[0]["first_rows"] if apps else None
    rss = median([r["rss"] / 1024 for r in apps])
    trips = apps[0]["rows"] if apps else None
    rows.append(
        Row(
            "Cold start: window painted",
            window,
            window_floor,
            "≤ 1.3× floor",  # issue 22 (issue 7: 1.5×)
            None if window is None else window <= 1.3 * window_floor,
            note=note or "floor: QMainWindow with an empty QTableView",
            runs=len(apps),
            size_free=True,  # painted before the file is opened
        )
    )
    shown = (
        ""
        if first_rows is None or first_rows == trips
        else f"the first {_count(first_rows)} rows, shown while the rest loads; "
    )
    rows.append(
        Row(
            f"Cold start: trips list populated ({_count(trips)} trips)",
            populated,
            list_floor,
            "≤ 1.3× floor",
            None if populated is None else populated <= 1.3 * list_floor,
            note=note
            or shown
            + "floor: bare window + import sqlalchemy + the rows "
            "from raw sqlite3 in a minimal model",
            runs=len(apps),
        )
    )
    rows.append(
        Row(
            f"Cold start: all {_count(trips)} trips in the list",
            complete,
            list_floor,
            "—",
            None,
            runs=len(apps),
            note=note
            or "first paint after the whole list has loaded (sortable, searchable); same floor",
        )
    )
    rows.append(
        Row(
            f"Peak memory, {_count(trips)} trips open, all pages loaded",
            rss,
            median([r["rss"] / 1024 for r in list_floors]),
            "< 300 MB",
            None if rss is None else rss < 300,
            unit="MB",
            note=note or "ru_maxrss; floor: the bare list process",
            runs=len(apps),
        )
    )
    return rows


def register(session: Session) -> list[Row]:
    """Open, sort and filter the trips page in a running app, against raw sqlite3."""
    log = session.log
    arguments = {
        "database": str(session.database),
        "runs": session.runs,
        "sort_column": SORT_COLUMN,
        "word": SEARCH_WORD,
    }
    log("  trips register: open, sort, filter in raw sqlite3 (floor)")
    _, floor = probe(session, "register-floor", **arguments)
    log("  trips register: open, sort, filter in the app")
    try:
        _, app = probe(session, "register", **arguments, limit=session.timeout, open_runs=1)
    except ProbeFailed as exc:
        log(f"    {exc}")
        return [
            Row("Trips register: open", None, median(floor["open"]), "—", None, note=str(exc)),
            Row(
                "Trips register: sort by a column",
                None,
                median(floor["sort"]),
                "≤ 300 ms",
                None,
                note=str(exc),
            ),
            Row(
                "Trips register: filter keystroke",
                None,
                median([k["seconds"] for k in floor["keys"]]),
                "≤ 100 ms",
                None,
                note=str(exc),
            ),
        ]
    trips = app["rows"]
    keys = [k["seconds"] for k in app["keys"]]
    debounce = {k["debounce_ms"] for k in app["keys"] if k["debounce_ms"]}
    asynchronous = sum(1 for k in app["keys"] if not k["synchronous"])
    sort = median(app["sort"])
    key = median(keys)
    open_ = median(app["open"])
    key_note = (
        f"{len(keys)} keystrokes ('{SEARCH_WORD}' typed and erased), worst "
        f"{max(keys) * 1000:.0f} ms; "
    )
    key_note += (
        f"debounce {', '.join(str(d) for d in sorted(debounce))} ms excluded"
        if debounce
        else "no debounce" + ("" if not asynchronous else f" found, {asynchronous} updates late")
    )
    return [
        Row(
            f"Trips register: open ({_count(trips)} trips, reload until painted)",
            open_,
            median(floor["open"]),
            "—",
            None,
            runs=len(app["open"]),
            note="floor: the list query in raw sqlite3 (fetchall)",
        ),
        Row(
            f"Trips register: sort by '{app['sort_heading']}'",
            sort,
            median(floor["sort"]),
            "≤ 300 ms",
            None if sort is None else max(app["sort"]) <= 0.3,
            runs=len(app["sort"]),
            note=f"heading click until painted, ascending and descending; worst "
            f"{max(app['sort']) * 1000:.0f} ms, the first click each way (later clicks "
            f"reuse the sorted order; met? judges the worst); floor: ORDER BY",
        ),
        Row(
            "Trips register: filter keystroke",
            key,
            median([k["seconds"] for k in floor["keys"]]),
            "≤ 100 ms",
            None if key is None else key <= 0.1,
            runs=len(keys),
            note=key_note + "; floor: the same texts with LIKE",
        ),
    ]


def annual(session: Session) -> list[Row]:
    log = session.log
    out = session.tmp / "annual.pdf"
    floor_out = session.tmp / "annual-floor.pdf"
    log("  annual overview: bare reportlab document (floor)")
    _, floor = probe(
        session,
        "annual-floor",
        database=str(session.database),
        year=session.report_year,
        runs=session.expensive_runs,
        out=str(floor_out),
    )
    log("  annual overview: the app's report")
    try:
        _, app = probe(
            session,
            "annual",
            database=str(session.database),
            year=session.report_year,
            runs=session.expensive_runs,
            out=str(out),
        )
    except ProbeFailed as exc:
        log(f"    {exc}")
        return [
            Row(
                "Annual overview",
                None,
                median(floor["seconds"]),
                "≤ 1.5× floor",
                None,
                note=str(exc),
            )
        ]
    value, floor_value = median(app["seconds"]), median(floor["seconds"])
    return [
        Row(
            f"Annual overview {session.report_year} ({_count(app['trips'])} trips, "
            f"{app['pages']} pages)",
            value,
            floor_value,
            "≤ 1.5× floor",
            value <= 1.5 * floor_value,
            runs=len(app["seconds"]),
            note=f"after one warm-up run; floor: bare platypus document with the same "
            f"text and tables, DejaVu embedded, no charts, no contents "
            f"({floor['pages']} pages)",
        )
    ]


def import_workbook(session: Session) -> list[Row]:
    log = session.log
    workbook = import_file(session.import_rows, log)
    folder = Path(tempfile.mkdtemp(dir=session.tmp, prefix="import-"))
    log("  import: openpyxl + executemany in raw sqlite3 (floor)")
    _, floor = probe(
        session, "import-floor", workbook=str(workbook), folder=str(folder), runs=session.runs
    )
    log("  import: plan_import + apply_import into a new database")
    first = probe(
        session,
        "import",
        workbook=str(workbook),
        folder=str(folder),
        runs=1,
        timeout=session.timeout,
    )[1]
    results = [first]
    more = min(session.expensive_runs, int(session.budget // max(first["seconds"][0], 1e-3)))
    for _ in range(1, more):
        folder = Path(tempfile.mkdtemp(dir=session.tmp, prefix="import-"))
        results.append(
            probe(
                session,
                "import",
                workbook=str(workbook),
                folder=str(folder),
                runs=1,
                timeout=session.timeout,
            )[1]
        )
    seconds = [r["seconds"][0] for r in results]
    value, floor_value = median(seconds), median(floor["seconds"])
    trips = first["counts"].get("trips", {})
    return [
        Row(
            f"Import {session.import_rows:,} trip rows from xlsx",
            value,
            floor_value,
            "≤ 2× floor",
            value <= 2 * floor_value,
            runs=len(seconds),
            note=f"plan {median([r['plan'][0] for r in results]):.1f} s + apply "
            f"{median([r['apply'][0] for r in results]):.1f} s; {trips}; floor: "
            f"{floor['rows']:,} rows of all sheets",
        )
    ]


def import_file(rows: int, log: Callable[[str], None], *, own_names: bool = False) -> Path:
    """A workbook in the exchange layout with `rows` trips (and the officials, budget
    lines, relations, networks and agreements they name), cached. `own_names`: for an
    import into the benchmark database, which the same seed made with the same names of
    places, networks and agreements (generate.Size.name_suffix): without, the
    workbook's relations, named by their places ("Dorflen (Ierland)"), would each match
    two records and the import be refused."""
    from intzaken.exchange import export_workbook
    from intzaken.store.database import open_database
    from intzaken.store.migrations import head_revision

    mark = "-own-names" if own_names else ""
    path = (
        generate.CACHE_DIR
        / f"import-v{generate.GENERATOR_VERSION}-{head_revision()}-{rows}{mark}.xlsx"
    )
    if path.exists():
        return path
    size = generate.Size(
        trips=rows,
        relations=max(10, rows // 20),
        networks=max(5, rows // 200),
        agreements=max(5, rows // 50),
        report_trips=max(1, rows // 100),
        name_suffix=" Zuidwest" if own_names else "",
    )
    log(f"  making {path.name}: {rows:,} trips through the services, then exported")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.sqlite"
        generate.generate(source, size, progress=log)
        database = open_database(source, daily_backup=False)
        try:
            with database.sessions() as db_session:
                path.parent.mkdir(parents=True, exist_ok=True)
                exported = time.monotonic()
                export_workbook(db_session, path)
                log(
                    f"  exported in {time.monotonic() - exported:.0f} s "
                    f"(all of it {time.monotonic() - started:.0f} s)"
                )
        finally:
            database.close()
    return path


# --- output ---


def find_anything(session: Session) -> list[Row]:
    """Find anything (Ctrl+K, `intzaken search`) across every register, per kind of
    query, against one LIKE scan of the trips' own texts in raw sqlite3."""
    log = session.log
    log("  find anything: raw LIKE over the trips' texts (floor)")
    _, floor = probe(session, "search-floor", database=str(session.database), runs=session.runs)
    log("  find anything: the app's search")
    _, app = probe(session, "search", database=str(session.database), runs=session.runs)
    rows = []
    for label, query in app["queries"].items():
        value = median(app["seconds"][label])
        rows.append(
            Row(
                f"Find anything: {label} ('{query}', {_count(app['found'][label])} found)",
                value,
                median(floor["seconds"][label]),
                "≤ 300 ms",
                value is not None and value <= 0.3,
                runs=len(app["seconds"][label]),
                note=f"CPU {median(app['cpu'][label]) * 1000:.0f} ms; every register, "
                "grouped, the first 20 of each with why they matched",
            )
        )
    return rows


def _count(number: int | None) -> str:
    return "?" if number is None else f"{number:,}"


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(row: Row) -> str:
    return "—" if row.ratio is None else f"{row.ratio:.2f}×"


def _verdict(row: Row) -> str:
    if not row.comparable:
        return "not comparable (quick)"
    if row.met is None:
        return "—"
    return "yes" if row.met else "**no**"


def table(rows: list[Row]) -> str:
    lines = [
        "| Operation | Median | Floor | Ratio | Target | Met? | Runs | Notes |",
        "|---|---:|---:|---:|---|---|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.operation} | {_amount(row.value, row.unit)} | "
            f"{_amount(row.floor, row.unit)} | {_ratio(row)} | {row.target} | "
            f"{_verdict(row)} | {row.runs} | {row.note} |"
        )
    return "\n".join(lines)


def summary_table(rows: list[Row]) -> str:
    """The rows that have a target, without floors and notes: the README's table, short
    enough for the README (the developer page has the whole table). One figure per row:
    the ratio to its floor where the target is one ("≤ 3×"), else the median."""
    lines = ["| Operation | Measured | Target | Met? |", "|---|---:|---|---|"]
    for row in rows:
        if row.target != "—":
            ratio = "floor" in row.target
            measured = _ratio(row) if ratio else _amount(row.value, row.unit)
            target = row.target.replace(" floor", "")
            lines.append(f"| {row.operation} | {measured} | {target} | {_verdict(row)} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "?"
    try:
        with open("/proc/meminfo") as info:
            for line in info:
                if line.startswith("MemTotal:"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {pyside})"
    except ImportError:
        qt = "Qt ?"
    import sqlalchemy

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory} RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; {qt}; SQLite "
        f"{sqlite3.sqlite_version}; SQLAlchemy {sqlalchemy.__version__}"
        + (f"; load average at start {load[0]:.1f}" if load else "")
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def latest_results(
    rows: list[Row], description: str, options: str, seconds: float, revision: str
) -> str:
    """When, where and the table: results.md's body and the developer page's block.
    `revision`: commit() when the run started (results.md, written after every
    operation, made it "-dirty" at the end)."""
    return "\n".join(
        [
            f"{dt.datetime.now():%Y-%m-%d %H:%M}, commit {revision}, `{options}`, "
            f"{seconds / 60:.0f} minutes.",
            "",
            f"Machine: {description}.",
            "",
            table(rows),
        ]
    )


def results_markdown(
    rows: list[Row], description: str, options: str, seconds: float, revision: str
) -> str:
    return "\n".join(
        [
            "# Benchmark results",
            "",
            latest_results(rows, description, options, seconds, revision),
            "",
            "Median of the runs; cold starts are measured from just before the process is "
            "started to the first paint event (Qt offscreen platform). Ratio = median / floor.",
            "",
        ]
    )


# --- main ---


def prepare(args: argparse.Namespace, log: Callable[[str], None]) -> Session:
    size = generate.QUICK if args.quick else generate.LARGE
    tmp = Path(tempfile.mkdtemp(prefix="intzaken-bench-"))
    database = tmp / "large.sqlite"
    if set(args.chosen) - {"import", "cli", "map", "bundle"}:  # these make their own databases
        cached = generate.large_database(size, regenerate=args.regenerate, progress=log)
        shutil.copyfile(cached, database)
    home = tmp / "home"
    config = home / ".config"
    (config / "Intzaken").mkdir(parents=True)
    # The window opens on the page it showed last: the trips list (page 1; 0 is the
    # overview), so the cold start ends with the trips list painted.
    (config / "Intzaken" / "Intzaken.conf").write_text("[window]\npage=1\n", encoding="utf-8")
    # The language as the window keeps it for the command line (language_setting.py):
    # without it the first command would read it through Qt, once.
    (config / "Intzaken" / "language").write_text("nl\n", encoding="utf-8")
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(config),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONDONTWRITEBYTECODE": "",
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT / "src")] + [p for p in [env.get("PYTHONPATH")] if p]
            ),
        }
    )
    env.pop("INTZAKEN_DB", None)
    env.pop("MPLCONFIGDIR", None)
    # Open the copy once as the app would: today's daily backup is made now and not
    # during a measured start, and the file is in the page cache for every run alike.
    from intzaken.store.database import open_database

    if database.exists():
        open_database(database).close()
        with open(database, "rb") as handle:
            while handle.read(1 << 20):
                pass
    return Session(
        database=database,
        report_year=size.report_year,
        tmp=tmp,
        runs=args.runs or (3 if args.quick else 5),
        expensive_runs=args.expensive_runs or (2 if args.quick else 3),
        timeout=args.timeout,
        budget=args.budget,
        import_rows=args.import_rows or (1_000 if args.quick else 10_000),
        quick=args.quick,
        env=env,
        log=log,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="a 5,000-trip database, 1,000 import rows, fewer runs"
    )
    parser.add_argument("--only", help=f"comma-separated: {', '.join(OPERATIONS)}")
    parser.add_argument("--runs", type=int, help="runs of the cheap measurements (5)")
    parser.add_argument("--expensive-runs", type=int, help="runs of the expensive ones (3)")
    parser.add_argument("--import-rows", type=int, help="trip rows to import (10,000)")
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds one probe may take (1800)"
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=300,
        help="seconds after which an operation is not repeated (300)",
    )
    parser.add_argument("--regenerate", action="store_true", help="make the large database again")
    parser.add_argument(
        "--no-write",
        action="store_true",
        help="print the table only, leave benchmarks/results.md alone",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=RESULTS,
        help="where the markdown goes (benchmarks/results.md)",
    )
    args = parser.parse_args(argv)
    chosen = args.chosen = OPERATIONS if not args.only else tuple(args.only.split(","))
    unknown = set(chosen) - set(OPERATIONS)
    if unknown:
        parser.error(f"unknown operation(s): {', '.join(sorted(unknown))}")

    def log(message: str) -> None:
        print(message, flush=True)

    started = time.monotonic()
    revision = commit()
    description = machine()
    log(f"Machine: {description}")
    session = prepare(args, log)
    log(f"Database: {session.database} (copy), work folder {session.tmp}")
    steps = {
        "cli": command_line,
        "bundle": installed_app,
        "start": cold_start,
        "register": register,
        "annual": annual,
        "import": import_workbook,
        "search": find_anything,
        "map": world_map,
        "responsive": lambda session: responsiveness(session, probe),
        "team": team_database,
    }
    rows: list[Row] = []
    options = " ".join(["python -m benchmarks.run"] + (argv if argv is not None else sys.argv[1:]))

    def write(final: bool) -> str:
        markdown = results_markdown(
            rows,
            description,
            options + ("" if final else " (still running)"),
            time.monotonic() - started,
            revision,
        )
        if not args.no_write:  # after every operation, so a stopped run keeps its rows
            args.output.write_text(markdown, encoding="utf-8")
        return markdown

    try:
        for name in OPERATIONS:
            if name in chosen:
                log(f"[{name}]")
                try:
                    measured = steps[name](session)
                    rows += [quick_verdict(r) for r in measured] if session.quick else measured
                except ProbeFailed as exc:
                    log(f"  failed: {exc}")
                    rows.append(Row(name, None, None, "—", None, note=f"failed: {exc}"))
                log(table(rows))
                write(final=False)
    finally:
        shutil.rmtree(session.tmp, ignore_errors=True)
    markdown = write(final=True)
    print()
    print(markdown)
    if not args.no_write:
        print(f"Written to {args.output}")
        # Only a full run stands for the app on the developer page.
        if set(chosen) == set(OPERATIONS) and not args.quick:
            seconds = time.monotonic() - started
            results_page.write_latest_results(
                "Latest results: " + latest_results(rows, description, options, seconds, revision)
            )
            results_page.write_latest_results(
                f"{dt.datetime.now():%Y-%m-%d %H:%M}, commit {revision}, `{options}`, "
                f"{seconds / 60:.0f} minutes:\n\n" + summary_table(rows),
                results_page.README,
            )
            print(f"Latest results on {results_page.PAGE} and in {results_page.README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

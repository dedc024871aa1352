"""A stress harness for the crash of issue 22, item 4: imports on a worker thread while
Qt's event loop runs killed the process with a segmentation fault inside PySide6's import
hook (shibokensupport/feature.py feature_imported -> _mod_uses_pyside -> inspect.getsource).

    .venv/bin/python -m benchmarks.import_crash busy DATABASE WORKBOOK [--runs 20]
    .venv/bin/python -m benchmarks.import_crash imports [--runs 20]

`busy`: the busy probe (benchmarks/busy_probe.py) in a fresh process per run, with only
the steps given (`--steps travel` by default: taking a travel copy, whose worker opens the
copy and so imports alembic, then merging it back), on a copy of DATABASE, started the
way the crashing runs were (the probe imported as a module from a wrapper, the interpreter's
switch interval set explicitly: `--switch`).
`imports`: no app: a worker of Qt's thread pool imports modules nobody has imported yet
(SQLAlchemy's dialects, Alembic's DDL, reportlab, openpyxl, python-docx) while a timer on
the GUI thread fills and repaints a table every millisecond.

Each run has Python's fault handler on; the harness counts the runs that died of a signal
and prints the crashing thread's innermost frames. `--hook keep` runs without the app's
fix (ui/import_hook.py: PySide6's hook left as installed), `--hook off` with it (the
default). `--platform xvfb` runs under xvfb-run instead of Qt's offscreen platform.
Only for finding and checking the fix; no row of the benchmark's table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

# Run in the child: the probe imported from a wrapper, as in the runs that crashed.
BUSY_CHILD = """
import json, sys
sys.path.insert(0, {benchmarks!r})
sys.setswitchinterval({switch!r})
if {keep!r}:  # the app's fix left out: PySide6's hook as installed
    from intzaken.ui import import_hook
    import_hook.quiet_pyside_import_hook = lambda: False
import probe
probe.MODES["busy"](**json.loads(sys.argv[1]))
"""

IMPORTS_CHILD = """
import sys
sys.setswitchinterval({switch!r})
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
if {fix!r}:
    from intzaken.ui.import_hook import quiet_pyside_import_hook
    quiet_pyside_import_hook()
MODULES = {modules!r}
table = QTableWidget(40, 8)
table.show()
ticks = [0]

def tick():
    ticks[0] += 1
    for row in range(40):
        table.setItem(row, ticks[0] % 8, QTableWidgetItem(f"{{ticks[0]}} {{row}}"))
    table.viewport().repaint()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(1)

class Done(QObject):
    done = Signal()

done = Done()
done.done.connect(app.quit)

class Worker(QRunnable):
    def run(self):
        for name in MODULES:
            try:
                __import__(name)
            except Exception as exc:
                print("not importable:", name, exc)
        done.done.emit()

QThreadPool.globalInstance().start(Worker())
app.exec()
print("RESULT", ticks[0])
"""

# Not imported by the app before a worker needs them (alembic through a travel copy's
# open, the rest through reports, exports and the other database servers).
WORKER_MODULES = [
    "alembic.runtime.migration",
    "alembic.ddl.mssql",
    "alembic.ddl.mysql",
    "alembic.ddl.oracle",
    "alembic.ddl.postgresql",
    "alembic.autogenerate",
    "sqlalchemy.dialects.postgresql.asyncpg",
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "reportlab.platypus",
    "reportlab.pdfbase.ttfonts",
    "reportlab.graphics.charts.barcharts",
    "openpyxl",
    "openpyxl.chart",
    "docx",
    "babel.dates",
    "email.mime.multipart",
    "xml.dom.minidom",
    "http.client",
    "pydoc",
    "difflib",
]


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    config = home / ".config"
    (config / "Intzaken").mkdir(parents=True, exist_ok=True)
    (config / "Intzaken" / "Intzaken.conf").write_text("[window]\npage=1\n", encoding="utf-8")
    (config / "Intzaken" / "language").write_text("nl\n", encoding="utf-8")
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(config),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHONFAULTHANDLER="1",
        PYTHONPATH=str(ROOT / "src"),
    )
    env.pop("INTZAKEN_DB", None)
    return env


def command(args: argparse.Namespace, code: str, *rest: str) -> list[str]:
    python = [sys.executable, "-c", code, *rest]
    if args.platform == "xvfb":
        return ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *python]
    return python


def one_run(args: argparse.Namespace, work: Path) -> tuple[int, str]:
    home = work / "home"
    env = environment(home)
    env["QT_QPA_PLATFORM"] = "offscreen" if args.platform == "offscreen" else "xcb"
    if args.mode == "busy":
        database = work / "busy.sqlite"
        shutil.copyfile(args.database, database)
        arguments = {
            "database": str(database),
            "workbook": str(args.workbook),
            "backup": str(args.database),
            "copy": str(work / "copy.sqlite"),
            "year": args.year,
            "limit": args.timeout,
            "only": args.steps.split(","),
        }
        code = BUSY_CHILD.format(
            benchmarks=str(BENCHMARKS), switch=args.switch, keep=args.hook == "keep"
        )
        argv = command(args, code, json.dumps(arguments))
    else:
        fix = args.hook == "off"
        code = IMPORTS_CHILD.format(switch=args.switch, fix=fix, modules=WORKER_MODULES)
        argv = command(args, code)

    def allow_core() -> None:  # for gdb: `gdb -batch -ex "thread apply all bt" python core`
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    try:
        done = subprocess.run(
            argv,
            env=env,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=args.timeout + 60,
            preexec_fn=allow_core if args.dumps else None,
        )
    except subprocess.TimeoutExpired:
        return 999, "timeout"
    return done.returncode, done.stdout[-2000:] + done.stderr


def crashed_frames(output: str) -> str:
    """The crashing thread's innermost frames from the fault handler's dump."""
    lines = output.splitlines()
    for index, line in enumerate(lines):
        if line.startswith("Current thread"):
            return " | ".join(part.strip() for part in lines[index + 1 : index + 6])
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("busy", "imports"))
    parser.add_argument("database", nargs="?", type=Path, help="busy: the database copied")
    parser.add_argument("workbook", nargs="?", type=Path, help="busy: the workbook imported")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--steps", default="travel", help="busy: the probe's steps")
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--switch", type=float, default=0.005, help="sys.setswitchinterval")
    parser.add_argument("--hook", choices=("keep", "off"), default="off")
    parser.add_argument("--platform", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--dumps", type=Path, help="a folder for the output of each crash")
    args = parser.parse_args(argv)
    if args.mode == "busy" and (args.database is None or args.workbook is None):
        parser.error("busy needs DATABASE and WORKBOOK")
    if args.mode == "busy":  # each run works in a folder of its own
        args.database, args.workbook = args.database.resolve(), args.workbook.resolve()
    crashes = 0
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="intzaken-crash-") as folder:
            started = time.monotonic()
            code, output = one_run(args, Path(folder))
            seconds = time.monotonic() - started
            died = code < 0 or code in (128 + signal.SIGSEGV, 128 + signal.SIGABRT, 139, 134)
            crashes += died
            verdict = f"died (exit {code})" if died else f"exit {code}"
            print(f"run {run}: {verdict} in {seconds:.0f} s, load {os.getloadavg()[0]:.1f}")
            if not died:
                if code != 0 or "RESULT" not in output:
                    print("   ", output.strip().splitlines()[-3:])
                continue
            print("   ", crashed_frames(output)[:600], flush=True)
            if args.dumps:
                args.dumps.mkdir(parents=True, exist_ok=True)
                (args.dumps / f"run-{run}.txt").write_text(output, encoding="utf-8")
                for core in Path(folder).glob("core*"):
                    shutil.move(core, args.dumps / f"run-{run}.{core.name}")
    print(
        f"{crashes} of {args.runs} runs died ({args.mode}, hook {args.hook}, "
        f"{args.platform}, switch interval {args.switch})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

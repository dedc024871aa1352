"""The installed app (issue 22, item 1): process start to the first painted window of the
one-folder PyInstaller bundle (packaging/intzaken.spec) with the Rotterdam demo open,
against a floor bundle built the same way (benchmarks/floor_bundle: a bare PySide6
window with an empty QTableView), both on one Xvfb server, app and floor runs
alternating (≤ 1.3× floor). Both bundles' sizes are reported beside it.

Both bundles are built once and kept in benchmarks/.cache under a hash of what goes
into them (the app's sources, resources, migrations, user guide, spec and hooks; the
floor's script and spec), so a run after a change builds anew and any other reuses them.
The moments come from the processes themselves: with INTZAKEN_STARTUP_MARKS set, the
app (ui/startup_marks.py) and the floor write the wall clock and their CPU time just
after their first paint; the app also when the file is open.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from .command_line import demo_database
from .generate import CACHE_DIR
from .session import ProbeFailed, Row, Session, median

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FLOOR = HERE / "floor_bundle"
TARGET = 1.3
# What goes into the app's bundle (packaging/intzaken.spec takes the app from these).
APP_INPUTS = ("src", "resources", "db", "docs", "packaging/intzaken.spec", "packaging/hooks",
              "packaging/launch.py", "pyproject.toml")  # fmt: skip
PAINT_TIMEOUT = 60.0


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for top in paths:
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def app_bundle(log) -> Path:
    """The app's bundle folder for the current sources, built when not cached."""
    folder = CACHE_DIR / f"bundle-{_digest([ROOT / p for p in APP_INPUTS])}"
    executable = folder / "intzaken" / "intzaken"
    if executable.exists():
        return executable
    log(f"  building the app's bundle into {folder.name} (packaging/build.sh, minutes)")
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="intzaken-bundle-work-"))
    try:
        _run(
            [str(ROOT / "packaging" / "build.sh")],
            {"DIST": str(folder), "WORK": str(work)},
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log(f"  built in {time.monotonic() - started:.0f} s")
    return executable


def floor_bundle(log) -> Path:
    """The floor's bundle, built with the app's build environment (.venv-build)."""
    pyinstaller = ROOT / ".venv-build" / "bin" / "pyinstaller"
    version = subprocess.run(
        [str(pyinstaller), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    digest = _digest([FLOOR / "floor_window.py", FLOOR / "floor.spec"])
    folder = CACHE_DIR / f"floor-bundle-{digest}-{version}"
    executable = folder / "floor" / "floor"
    if executable.exists():
        return executable
    log(f"  building the floor bundle into {folder.name}")
    work = Path(tempfile.mkdtemp(prefix="intzaken-floor-work-"))
    try:
        _run(
            [str(pyinstaller), "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(folder), "--workpath", str(work), str(FLOOR / "floor.spec")],
            {},
        )  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return executable


def _run(command: list[str], extra: dict[str, str]) -> None:
    done = subprocess.run(
        command, cwd=ROOT, env={**os.environ, **extra}, capture_output=True, text=True
    )
    if done.returncode != 0:
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-5:])
        raise ProbeFailed(f"{command[0]}: exit {done.returncode}: {tail}")


def folder_size(folder: Path) -> float:
    """MB on disk as shipped: the sum of the files' sizes."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6  # a symlinked library counted once


MISSING = "Xvfb did not start (Debian: apt-get install xvfb)"
PAINTED = "Installed app: window painted (one-folder bundle, Xvfb, demo)"


class Xvfb:
    """A private X server for the runs (as packaging/measure-startup.sh uses xvfb-run)."""

    def __enter__(self) -> str:
        read, write = os.pipe()
        try:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                 "-nolisten", "tcp"],
                pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
        except FileNotFoundError:  # not installed: this row is not measured, the rest are
            os.close(read)
            os.close(write)
            raise ProbeFailed(MISSING) from None
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.process.kill()
            raise ProbeFailed(MISSING)
        return f":{number}"

    def __exit__(self, *_exc: object) -> None:
        self.process.terminate()
        self.process.wait()


def started_until_painted(
    command: list[str], env: dict[str, str], cwd: Path, marks: Path
) -> dict[str, tuple[float, float]]:
    """Start `command`, wait for its "painted" mark (and "opened" if it writes one
    within a second of painting), stop it: {mark: (seconds since start, CPU seconds)}."""
    marks.unlink(missing_ok=True)
    output = cwd / "bundle-run.out"
    with open(output, "wb") as out:
        started = time.time()
        process = subprocess.Popen(
            command, env={**env, "INTZAKEN_STARTUP_MARKS": str(marks)}, cwd=cwd,
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + PAINT_TIMEOUT
        found: dict[str, tuple[float, float]] = {}
        painted_at = None
        while time.monotonic() < deadline:
            if process.poll() is not None:
                tail = output.read_text(errors="replace").strip().splitlines()[-3:]
                raise ProbeFailed(f"{command[0]} exited early: {' | '.join(tail)}")
            if marks.exists():
                for line in marks.read_text().splitlines():
                    name, wall, cpu = line.split()
                    found[name] = (float(wall) - started, float(cpu))
            if "painted" in found:
                painted_at = painted_at or time.monotonic()
                wants_opened = "intzaken" in Path(command[0]).name
                if not wants_opened or "opened" in found or time.monotonic() - painted_at > 30:
                    return found
            time.sleep(0.005)
        raise ProbeFailed(f"{command[0]}: no paint within {PAINT_TIMEOUT:.0f} s")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def installed_app(session: Session) -> list[Row]:
    log = session.log
    app = app_bundle(log)
    floor = floor_bundle(log)
    demo = demo_database(session)
    runs = session.runs * 2  # cheap runs, large noise: as the command line's
    try:
        apps, floors = _started_in_turn(session, app, floor, demo, runs)
    except ProbeFailed as exc:  # the other rows of the run still count
        log(f"    {exc}")
        return [
            Row(
                PAINTED,
                None,
                None,
                f"≤ {TARGET:g}× floor",
                None,
                note=f"not measured: {exc}",
                runs=0,
            )
        ]
    wall = median([r["painted"][0] for r in apps])
    floor_wall = median([r["painted"][0] for r in floors])
    cpu = median([r["painted"][1] for r in apps])
    floor_cpu = median([r["painted"][1] for r in floors])
    opened = median([r["opened"][0] for r in apps if "opened" in r])
    assert wall is not None and floor_wall is not None and cpu and floor_cpu
    app_size, floor_size = folder_size(app.parent), folder_size(floor.parent)
    return [
        Row(
            PAINTED,
            wall,
            floor_wall,
            f"≤ {TARGET:g}× floor",
            wall <= TARGET * floor_wall,
            runs=len(apps),
            size_free=True,  # the demo, in a quick run as in a full one
            note=f"CPU {cpu * 1000:.0f} ms against {floor_cpu * 1000:.0f} ms "
            f"({cpu / floor_cpu:.2f}×); the demo open "
            + ("?" if opened is None else f"{opened * 1000:.0f} ms")
            + " after start; floor: a one-folder bundle of a bare window with an empty "
            "QTableView; alternating runs",
        ),
        Row(
            "Installed app: size on disk",
            app_size,
            floor_size,
            "—",
            None,
            unit="MB",
            runs=1,
            size_free=True,
            note=f"{app.parent.parent.name}, {floor.parent.parent.name}",
        ),
    ]


def _started_in_turn(
    session: Session, app: Path, floor: Path, demo: Path, runs: int
) -> tuple[list[dict[str, tuple[float, float]]], list[dict[str, tuple[float, float]]]]:
    """`runs` starts of the bundle and of the floor bundle, in turn, under one Xvfb."""
    log = session.log
    with Xvfb() as display:
        # A bare environment, as staff start it (packaging/smoke.sh): no venv, no
        # PYTHONPATH; the private HOME opens the trips page, the language is Dutch.
        env = {
            "HOME": session.env["HOME"],
            "XDG_CONFIG_HOME": session.env["XDG_CONFIG_HOME"],
            "XDG_CACHE_HOME": session.env["XDG_CACHE_HOME"],
            "XDG_DATA_HOME": session.env["XDG_DATA_HOME"],
            "PATH": "/usr/bin:/bin",
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
        }
        marks = session.tmp / "startup-marks"
        app_command = [str(app), "--db", str(demo)]
        floor_command = [str(floor)]
        log(f"  installed app: bundle and floor bundle under Xvfb, {runs} runs each")
        # Once unmeasured each: the page cache and matplotlib's font cache as every day.
        started_until_painted(app_command, env, session.tmp, marks)
        started_until_painted(floor_command, env, session.tmp, marks)
        apps: list[dict[str, tuple[float, float]]] = []
        floors: list[dict[str, tuple[float, float]]] = []
        for _ in range(runs):
            apps.append(started_until_painted(app_command, env, session.tmp, marks))
            floors.append(started_until_painted(floor_command, env, session.tmp, marks))
    return apps, floors

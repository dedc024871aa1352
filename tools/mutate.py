"""Mutation testing of one module: how much of its behaviour the tests pin.

    nice -n 15 .venv/bin/python tools/mutate.py src/intzaken/parsing.py
    nice -n 15 .venv/bin/python tools/mutate.py src/intzaken/formatting.py \
        --tests tests/test_reports_formatting.py --time-limit 900

Each mutant (tools/mutants.py: a flipped comparison, a constant ±1, a dropped statement...)
is imported in place of the module, one at a time, and only the tests that ran its line
are run against it: a first run of the chosen test files under coverage records, per test,
the lines it executes (coverage contexts). A mutant is killed when one of those tests
fails or times out; it survives when they all pass (or none covers its line). The mutant
lives only in memory (an import hook in the test process): the file on disk never
changes, so an interrupted run leaves nothing behind and other work in the checkout can
go on meanwhile.

Speed: the tests run in a child forked from this process after the heavy libraries are
imported once (pytest, SQLAlchemy, Babel, Qt), so a mutant costs its tests, not the
start-up. Not part of CI (minutes per module); docs/dev/testing.md says how to read the
result. Mutants known to be equivalent (no behaviour can tell them apart) are listed with
their reason in tools/mutation_equivalents.toml and left out of the score.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.abc
import importlib.machinery
import json
import os
import re
import signal
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutant_swap import apply_mutant  # noqa: E402
from mutants import Mutant, find_mutants, mutated_source  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.toml"
# Imported once in this process, so every forked test run starts with them loaded. Never
# the app itself: each child must import the mutated module from disk.
_PRELOAD = (
    "pytest",
    "pytestqt.plugin",
    "hypothesis",
    "sqlalchemy.orm",
    "alembic.config",
    "babel.numbers",
    "babel.dates",
    "openpyxl",
    "reportlab.platypus",
    "pypdf",
    "icalendar",
    "PySide6.QtWidgets",
)
_PYTEST_ARGS = ["-x", "-q", "-p", "no:cacheprovider", "--tb=no", "--no-header"]


@dataclass
class Outcome:
    mutant: Mutant
    text: str  # the line as written in the module
    occurrence: int  # the how-manieth time this change fits a line with this text
    result: str  # killed, timeout, survived, uncovered, equivalent, not run
    reason: str = ""


def _default_tests(module: Path) -> list[str]:
    """Test files that import the module by name, or are named after it."""
    dotted = ".".join(module.relative_to(ROOT / "src").with_suffix("").parts)
    parent, _, name = dotted.rpartition(".")
    pattern = re.compile(
        rf"\b{re.escape(dotted)}\b|from {re.escape(parent)} import [^\n]*\b{re.escape(name)}\b"
    )
    return sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "tests").glob("test_*.py")
        if path.name.startswith(f"test_{name}") or pattern.search(path.read_text(encoding="utf-8"))
    )


def _forked(run: object, timeout: float) -> str:
    """Run `run()` (returning an exit code) in a forked child; 'timeout' past `timeout`."""
    pid = os.fork()
    if pid == 0:  # the child: quiet, no bytecode of a mutant left behind
        code = 3
        try:
            sys.dont_write_bytecode = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            code = int(run())  # type: ignore[operator]
        finally:
            os._exit(code)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return str(os.waitstatus_to_exitcode(status))
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.02)


def _coverage_map(
    module: Path, tests: list[str], data_file: Path
) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Line -> the test ids that executed it ('' for the module's import); and how long
    each test took, so the quick ones run first against a mutant."""
    import coverage

    durations_file = data_file.with_suffix(".json")

    def run() -> int:
        cov = coverage.Coverage(data_file=str(data_file), include=[str(module)])
        durations: dict[str, float] = {}

        class Contexts:
            @staticmethod
            def pytest_runtest_setup(item: object) -> None:
                cov.switch_context(item.nodeid)  # type: ignore[attr-defined]

            @staticmethod
            def pytest_runtest_logreport(report: object) -> None:
                nodeid = report.nodeid  # type: ignore[attr-defined]
                durations[nodeid] = durations.get(nodeid, 0) + report.duration  # type: ignore[attr-defined]

            @staticmethod
            def pytest_sessionfinish() -> None:
                durations_file.write_text(json.dumps(durations), encoding="utf-8")

        cov.start()
        try:
            import pytest

            return pytest.main([*tests, "-q", "-p", "no:cacheprovider"], plugins=[Contexts()])
        finally:
            cov.stop()
            cov.save()

    started = time.monotonic()
    code = _forked(run, 3600)
    print(
        f"coverage run of {len(tests)} test files: exit {code}, {time.monotonic() - started:.0f} s"
    )
    if code != "0":
        sys.exit("the tests fail (or do not run) without any mutant: fix them first")
    data = coverage.CoverageData(basename=str(data_file))
    data.read()
    found = data.contexts_by_lineno(str(module))
    durations = json.loads(durations_file.read_text(encoding="utf-8"))
    return {line: set(contexts) for line, contexts in found.items()}, durations


def _equivalents(module: str) -> dict[tuple[str, str, int], str]:
    if not EQUIVALENTS.exists():
        return {}
    listed = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8")).get("equivalent", [])
    return {
        (entry["line"].strip(), entry["mutation"], int(entry.get("occurrence", 1))): entry["reason"]
        for entry in listed
        if entry["module"] == module
    }


class _MutantFinder(importlib.abc.MetaPathFinder):
    """Imports the mutated source for one module name, from memory: the file on disk is
    never changed, so tests run meanwhile in the same checkout see the real module."""

    def __init__(self, name: str, source: str) -> None:
        self.name, self.source = name, source

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> object:
        if fullname != self.name:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)  # type: ignore[arg-type]
        assert spec is not None and spec.origin is not None
        spec.loader = _MutantLoader(self.source, spec.origin)
        spec.cached = None
        return spec


class _MutantLoader(importlib.abc.Loader):
    def __init__(self, source: str, origin: str) -> None:
        self.source, self.origin = source, origin

    def create_module(self, spec: object) -> None:
        return None

    def exec_module(self, module: object) -> None:
        exec(compile(self.source, self.origin, "exec"), module.__dict__)  # noqa: S102


def _hypothesis_profile() -> None:
    """Property tests with fewer examples, the same each run: a mutant's verdict must not
    depend on chance, and a hundred examples per mutant cost minutes."""
    from hypothesis import settings

    settings.register_profile("mutation", max_examples=30, derandomize=True, database=None)
    settings.load_profile("mutation")


def _run(args: argparse.Namespace) -> list[Outcome]:
    module = Path(args.module).resolve()
    name = str(module.relative_to(ROOT))
    dotted = ".".join(module.relative_to(ROOT / "src").with_suffix("").parts)
    tests = args.tests or _default_tests(module)
    if not tests:
        sys.exit(f"no test file imports {name}: name them with --tests")
    print(f"{name}: tests {' '.join(tests)}")
    for preload in _PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(preload)
    _hypothesis_profile()
    with tempfile.TemporaryDirectory(prefix="mutation-") as folder:
        by_line, durations = _coverage_map(module, tests, Path(folder) / "coverage")
    if not args.fresh:
        _preload_app(tests)
        importlib.import_module(dotted)
    # Every test of the selection, also one that runs no line of the module but uses what
    # its import made (a class attribute, a constant).
    everything = sorted(durations)
    equivalent = _equivalents(name)
    source = module.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = find_mutants(source)
    if args.lines:
        first, _, last = args.lines.partition("-")
        found = [m for m in found if int(first) <= m.line <= int(last or first)]
    print(f"{len(found)} mutants")
    seen: dict[tuple[str, str], int] = {}
    outcomes = []
    started = time.monotonic()
    for mutant in sorted(found, key=lambda m: (m.line, m.index)):
        text = lines[mutant.line - 1].strip()
        # Counted over every line with the same text, top to bottom: the key of an
        # equivalent mutant must tell three identical lines apart.
        occurrence = seen[(text, mutant.description)] = seen.get((text, mutant.description), 0) + 1
        outcome = Outcome(mutant, text, occurrence, "not run")
        outcomes.append(outcome)
        reason = equivalent.get((text, mutant.description, occurrence))
        if reason is not None:
            outcome.result, outcome.reason = "equivalent", reason
            continue
        if time.monotonic() - started > args.time_limit:
            continue
        contexts = by_line.get(mutant.line, set())
        # A line run only while the module is imported (a constant, a pattern) can
        # matter to any test; a line no test ran survives whatever it says.
        selected = sorted(
            sorted(c for c in contexts if c) or (everything if contexts else []),
            key=lambda test: durations.get(test, 0),
        )
        if not selected:
            outcome.result = "uncovered"
            continue
        try:
            mutated = mutated_source(source, mutant)
            compile(mutated, name, "exec")
        except (SyntaxError, ValueError, TypeError):
            outcome.result = "killed"  # does not even compile
            continue
        if args.fresh:
            finder = _MutantFinder(dotted, mutated)
            code = _forked(lambda ids=selected, f=finder: _pytest(ids, f), args.timeout)
        else:
            code = _forked(lambda ids=selected, m=mutated: _swapped(dotted, m, ids), args.timeout)
        outcome.result = {"0": "survived", "timeout": "timeout"}.get(code, "killed")
        if code in ("3", "4", "5"):
            outcome.result = f"error {code}"
        if args.verbose:
            print(f"{mutant.line:4} {mutant.description}: {len(selected)} tests, {outcome.result}")
        else:
            print("." if outcome.result in ("killed", "timeout") else "S", end="", flush=True)
    print()
    return outcomes


def _swapped(dotted: str, mutated: str, ids: list[str]) -> int:
    try:
        apply_mutant(sys.modules[dotted], mutated)
    except Exception:  # noqa: BLE001 - a mutant that breaks its own import is killed
        return 1
    import pytest

    return int(pytest.main([*ids, *_PYTEST_ARGS]))


def _preload_app(tests: list[str]) -> None:
    """The app and the test modules, imported once (quick mode): each child starts with
    them and swaps only the mutated module's definitions (tools/mutant_swap.py)."""
    sys.path.insert(0, str(ROOT))
    importlib.import_module("tests.conftest")
    for test in tests:
        importlib.import_module(".".join(Path(test).with_suffix("").parts))


def _pytest(ids: list[str], finder: _MutantFinder) -> int:
    import pytest

    sys.meta_path.insert(0, finder)
    return int(pytest.main([*ids, *_PYTEST_ARGS]))


def _report(name: str, outcomes: list[Outcome]) -> None:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.result] = counts.get(outcome.result, 0) + 1
    killed = counts.get("killed", 0) + counts.get("timeout", 0)
    equivalent = counts.get("equivalent", 0)
    scored = len(outcomes) - equivalent - counts.get("not run", 0)
    for outcome in outcomes:
        if outcome.result not in ("killed", "timeout", "equivalent"):
            m = outcome.mutant
            again = f" (#{outcome.occurrence})" if outcome.occurrence > 1 else ""
            print(
                f"  {outcome.result:9} {m.line:4} {m.operator:17} {m.description}{again}: "
                + outcome.text
            )
    score = 100 * killed / scored if scored else 100.0
    print(
        f"{name}: {killed} of {scored} non-equivalent mutants killed ({score:.1f} %); "
        f"{len(outcomes)} mutants, {equivalent} equivalent, "
        + ", ".join(
            f"{n} {r}" for r, n in sorted(counts.items()) if r not in ("killed", "equivalent")
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="the module's file, e.g. src/intzaken/parsing.py")
    parser.add_argument("--tests", nargs="+", help="test files (default: those importing it)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per mutant")
    parser.add_argument("--time-limit", type=float, default=1800, help="seconds in all")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="import each mutant from scratch (slower; reaches constants copied elsewhere)",
    )
    parser.add_argument("--verbose", action="store_true", help="a line per mutant")
    parser.add_argument("--lines", help="only mutants on these lines: 40 or 40-60")
    args = parser.parse_args()
    os.chdir(ROOT)
    outcomes = _run(args)
    _report(str(Path(args.module).resolve().relative_to(ROOT)), outcomes)


if __name__ == "__main__":
    main()

"""PySide6's import hook no longer reads the source of every module imported
(ui/import_hook.py): the crash of issue 22 item 4 was inside that read, on a worker."""

from __future__ import annotations

import importlib
import inspect
import logging
import re
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from intzaken.ui import import_hook

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_of_the_app_selects_a_pyside_feature() -> None:
    """What makes answering "does not use PySide6" safe: nothing imports __feature__."""
    selecting = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    found = [
        str(path.relative_to(ROOT))
        for folder in ("src", "benchmarks", "tools")
        for path in (ROOT / folder).rglob("*.py")
        if selecting.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_pyside_as_installed_reads_a_module_source_and_the_app_stops_it() -> None:
    """In a fresh process, on this PySide6: as installed, the hook marks a module whose
    source names PySide6 with 0 (read from its source); once quieted, a new module is
    marked -1 without its source being read, on the GUI thread and on a worker."""
    script = textwrap.dedent(
        """
        import inspect, sys, tempfile, threading
        from pathlib import Path
        import PySide6.QtCore
        feature = sys.modules["shibokensupport.feature"]
        marks = feature.pyside_feature_dict
        folder = Path(tempfile.mkdtemp())
        sys.path.insert(0, str(folder))
        for name in ("before_fix", "after_fix", "on_worker"):
            (folder / f"{name}.py").write_text("# uses PySide6\\nVALUE = 1\\n")
        import before_fix
        print("before", marks["before_fix"])
        from intzaken.ui import import_hook
        print("quieted", import_hook.quiet_pyside_import_hook())
        def unread(module):
            raise AssertionError(f"source read: {module}")
        inspect.getsource = unread
        import after_fix
        print("after", marks["after_fix"])
        worker = threading.Thread(target=lambda: __import__("on_worker"))
        worker.start(); worker.join()
        print("worker", marks["on_worker"])
        print("again", import_hook.quiet_pyside_import_hook())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split("\n")[:5] == [
        "before 0",
        "quieted True",
        "after -1",
        "worker -1",
        "again True",
    ], done.stderr


def test_a_pyside_without_the_hook_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Another PySide6 may have no `_mod_uses_pyside`: nothing is replaced, a note is
    logged, the app goes on."""
    bare = types.ModuleType("shibokensupport.feature")
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", bare)
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", bare)
    with caplog.at_level(logging.INFO, logger=import_hook.__name__):
        assert import_hook.quiet_pyside_import_hook() is False
    assert not hasattr(bare, "_mod_uses_pyside")
    assert "left as it is" in caplog.text


def test_the_app_quiets_the_hook_before_any_worker_starts() -> None:
    """Importing the module that starts workers quiets the hook (in this process too)."""
    importlib.import_module("intzaken.ui.background")
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is import_hook._uses_no_feature
    assert inspect.isfunction(feature.feature_imported)  # the hook itself is PySide6's

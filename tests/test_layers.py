"""The layer contract: which package may import which (ARCHITECTURE.md, "Layers").

ui -> operations -> services -> domain + store; cli -> operations; nothing below ui
imports Qt or ui, and nothing runs back up. Imports inside functions count as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "intzaken"
QT_AND_UI = ("PySide6", "intzaken.ui")
# What each package must not import: a layer below never reaches up to one above it.
UPWARD = (
    "intzaken.operations",
    "intzaken.cli",
    "intzaken.ui",
    "intzaken.reports",
    "intzaken.exchange",
    "intzaken.travel",
)
CONTRACT = {
    "operations": ("PySide6", "intzaken.ui", "intzaken.cli"),
    "cli": ("PySide6", "intzaken.ui"),
    "services": UPWARD,
    "store": UPWARD,
    "domain": UPWARD,
}


def _module(path: Path) -> list[str]:
    """The dotted name of the module at `path`, as parts (intzaken, package, ...)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved to absolute names."""
    package = _module(path) if path.name == "__init__.py" else _module(path)[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if not node.level:
                names.add(node.module or "")
                continue
            base = ".".join(package[: len(package) - node.level + 1])
            if node.module:
                names.add(f"{base}.{node.module}")
            else:  # from . import files: each name may be a module
                names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_lower_layers_do_not_import_the_gui() -> None:
    below_ui = [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui" and path.name != "__main__.py"
    ]  # the composition root starts the ui
    assert _offenders(below_ui, QT_AND_UI) == []


@pytest.mark.parametrize("layer", sorted(CONTRACT))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    paths = list((PACKAGE / layer).rglob("*.py"))
    assert paths, f"no package {layer}"
    assert _offenders(paths, CONTRACT[layer]) == []


def test_relative_imports_are_resolved_within_their_package() -> None:
    # The contract is only as good as this: `from .x import y` in cli is intzaken.cli.x.
    imported = _imports(PACKAGE / "cli" / "commands.py")
    assert "intzaken.cli.backup_command" in imported
    assert "intzaken.store.errors" in imported


# The flows, the welcome dialog and the window's own parts (ui/window/: actions, database
# files, records, layout) take the protocol of what they use (ui/window_host.py), never
# MainWindow itself: the window imports them without a cycle back. Only the app, which
# makes the window, may name it.
MAY_TAKE_THE_WINDOW = {"main_window.py", "app.py"}


def test_no_part_of_the_window_imports_the_main_window_back() -> None:
    importing = {
        str(path.relative_to(PACKAGE / "ui"))
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.name not in MAY_TAKE_THE_WINDOW and "intzaken.ui.main_window" in _imports(path)
    }
    assert importing == set(), "take a protocol of ui/window_host.py instead"

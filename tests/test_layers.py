"""Nothing below the interface imports Qt widgets or the ui package."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "intzaken"
FORBIDDEN = ("PySide6", "intzaken.ui")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            prefix = "intzaken." if node.level else ""
            names.add(prefix + node.module.lstrip("."))
    return names


def test_lower_layers_do_not_import_the_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name == "__main__.py":
            continue  # the interface itself, and the composition root that starts it
        for name in _imports(path):
            if name.startswith(FORBIDDEN) or name.startswith("ui."):
                offenders.append(f"{relative}: {name}")
    assert offenders == []

"""The layer contract: which part of the package may import which (ARCHITECTURE.md,
"Layers"), stated once, in MAY_IMPORT, for every package and top-level module.

ui -> operations -> services -> store -> domain; cli -> operations; exchange, reports and
travel read and write through the services; nothing below ui imports Qt, and nothing runs
back up. Imports inside functions and under TYPE_CHECKING count as well.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "intzaken"
ROOT = "intzaken"  # the package itself (its __init__: the version)
QT_AND_UI = ("PySide6", "intzaken.ui")

# The basics every layer may use: notation of dates and amounts, translation, resources,
# the register keys, parsing of typed input. They import only each other.
BASICS = frozenset(
    {
        ROOT,
        "_version",  # the version, read by the package itself
        "lazy_exports",  # a package's names imported when first used
        "log_setup",  # warnings on stderr, once something runs
        "i18n",
        "dutch_text",
        "resources",
        "formatting",
        "parsing",
        "heap",
        "lock_sharing",  # a worker steps away from the interpreter lock for the window
        "formula_guard",
        "registers",
        "register_keys",  # the registers' names, for the command line's parser
        "house_style",  # the colours and type sizes the window and the reports share
        "written_files",  # exports and reports written whole, with the user's permissions
        "public_csv",  # CSV files for publication: open data (exchange), the Woo list (reports)
    }
)
_DATA = frozenset({"domain", "store", "services"})
_READERS = _DATA | {"register_fields"}  # exchange, reports and travel
# What each part may import of ours besides itself and the basics. A part missing here
# fails test_every_part_of_the_package_has_a_rule: a new package states its place.
MAY_IMPORT: dict[str, frozenset[str]] = {
    **{basic: frozenset() for basic in BASICS},
    "domain": frozenset(),  # the models and their labels (translated through i18n)
    "store": frozenset({"domain"}),
    "services": frozenset({"domain", "store"}),
    "register_fields": frozenset({"domain"}),  # which fields are dates, amounts, enums
    "register_tables": frozenset({"domain", "register_fields"}),  # rows as text cells
    "exchange": _READERS,
    "reports": _READERS | {"world_map"},  # the annual overview's map of destinations
    "travel": _READERS,
    "demo": _DATA,
    "new_database": _DATA,
    "paths": frozenset({"store"}),  # where the user's database lives by default
    "mpl_cache": frozenset({"paths"}),
    "world_map": frozenset(),  # outlines and projection: geometry only, for window and reports
    "language_setting": frozenset({"paths"}),  # the window's language, read without Qt
    # The use cases the window and the command line share.
    "operations": _DATA | {"exchange", "travel"},
    "cli": frozenset(),  # filled in below: everything but ui
    "ui": frozenset(),  # everything but cli
    "__main__": frozenset(),  # the composition root: everything
}
_EVERYTHING = frozenset(MAY_IMPORT) - BASICS
MAY_IMPORT["cli"] = _EVERYTHING - {"cli", "ui", "__main__"}
MAY_IMPORT["ui"] = _EVERYTHING - {"cli", "ui", "__main__"}
MAY_IMPORT["__main__"] = _EVERYTHING - {"__main__"}


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


def _part(path: Path) -> str:
    """The package or top-level module `path` belongs to."""
    first = path.relative_to(PACKAGE).parts[0]
    return ROOT if first == "__init__.py" else first.removesuffix(".py")


def _part_of_name(name: str) -> str | None:
    """The part of ours an imported name is in (None: not ours). `from intzaken import
    __version__` imports the package itself."""
    parts = name.split(".")
    if parts[0] != ROOT:
        return None
    if len(parts) == 1:
        return ROOT
    return parts[1] if parts[1] in MAY_IMPORT else ROOT


def _parts() -> set[str]:
    return {_part(path) for path in PACKAGE.rglob("*.py")}


def _offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_every_part_of_the_package_has_a_rule() -> None:
    assert _parts() == set(MAY_IMPORT), "state the place of a new part in MAY_IMPORT"


@pytest.mark.parametrize("part", sorted(MAY_IMPORT))
def test_each_part_imports_only_what_its_rule_allows(part: str) -> None:
    allowed = MAY_IMPORT[part] | BASICS | {part}
    paths = [path for path in PACKAGE.rglob("*.py") if _part(path) == part]
    assert paths, f"no part {part}"
    wrong = sorted(
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in paths
        for name in _imports(path)
        if (imported := _part_of_name(name)) is not None and imported not in allowed
    )
    assert wrong == []


def test_the_rule_runs_one_way() -> None:
    # No two parts may import each other, however indirectly: the rule itself is a
    # hierarchy (graphlib refuses a cycle), so nothing can run back up.
    graph = {part: set(allowed) - {part} for part, allowed in MAY_IMPORT.items()}
    for part in set(MAY_IMPORT) - BASICS:
        graph[part] |= BASICS - {part}
    order = list(graphlib.TopologicalSorter(graph).static_order())
    assert order.index("domain") < order.index("store") < order.index("services")
    assert order.index("services") < order.index("operations") < order.index("ui")
    for forbidden in ("ui", "cli", "operations"):
        for lower in ("domain", "store", "services", "exchange", "reports", "travel"):
            assert forbidden not in MAY_IMPORT[lower]
    assert "cli" not in MAY_IMPORT["ui"] and "ui" not in MAY_IMPORT["cli"]


def test_lower_layers_do_not_import_the_gui() -> None:
    below_ui = [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui" and path.name != "__main__.py"
    ]  # the composition root starts the ui
    assert _offenders(below_ui, QT_AND_UI) == []


def test_relative_imports_are_resolved_within_their_package() -> None:
    # The contract is only as good as this: `from .x import y` in cli is intzaken.cli.x.
    imported = _imports(PACKAGE / "cli" / "main.py")
    assert "intzaken.cli.parsers.backup" in imported
    assert "intzaken.store.location" in imported
    assert _part_of_name("intzaken.__version__") == ROOT
    assert _part_of_name("intzaken.services.trips") == "services"
    assert _part_of_name("sqlalchemy.orm") is None


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

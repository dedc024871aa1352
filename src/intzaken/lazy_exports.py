"""A package's public names, imported from their modules only when first used.

`from intzaken.reports.titles import REPORT_TITLES` runs `intzaken/reports/__init__.py`
first; if that imported the registry, the command line's `--help` would load reportlab
and SQLAlchemy to show a report's description. A package whose `__init__` re-exports
heavy modules sets `__getattr__ = lazy_exports(__name__, {...})` instead (PEP 562), and
imports the same names under TYPE_CHECKING for the type checker.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module


def lazy_exports(package: str, homes: dict[str, str]) -> Callable[[str], object]:
    """The module `__getattr__` of `package`: name -> the submodule that defines it."""

    def __getattr__(name: str) -> object:  # noqa: N807 - the name PEP 562 looks for
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{home}"), name)

    return __getattr__

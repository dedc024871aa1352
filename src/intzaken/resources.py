"""The one place that knows where run-time files live.

Fonts, translations, demo data, the Alembic migrations and the user guide are found here
whether the app runs from a source checkout, from an installed wheel or from a PyInstaller
bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    # name is "resources", "db" or "docs"
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "intzaken" / f"_{name}")
        roots.append(Path(bundle) / name)
    roots.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    roots.append(_PACKAGE_DIR.parent.parent / name)  # source tree: src/intzaken -> repo
    return roots


@cache
def _root(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates(name))
    raise FileNotFoundError(f"Cannot find the {name!r} folder; looked in {tried}")


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/."""
    return _root("resources").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic environment (db/)."""
    return _root("db")


def docs_path() -> Path:
    """The user guide's pages (docs/; Markdown, Dutch, the start page index.md)."""
    return _root("docs")

"""Intzaken: the register of a municipality's international relations, trips and budgets."""

from __future__ import annotations

import functools


@functools.cache
def _installed_version() -> str:
    # importlib.metadata and the search for the package's metadata cost tens of
    # milliseconds; only About and --version want the answer, so it is looked up then.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("intzaken")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

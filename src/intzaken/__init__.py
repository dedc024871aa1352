"""Intzaken: the register of a municipality's international relations, trips and budgets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("intzaken")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

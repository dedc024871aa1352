"""Intzaken: the register of a municipality's international relations, trips and budgets."""

from ._version import __version__

__all__ = ["__version__"]

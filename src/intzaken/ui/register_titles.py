"""What each register's page is called: the navigation's titles, without the columns,
filters and listings of ui/registers.py, which the window's frame does not need before
its first paint (issue 22). A QObject so Qt's translation files them by class."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..register_keys import MAIN_REGISTERS, RegisterKey


class _RegisterTitles(QObject):
    def titles(self) -> dict[RegisterKey, str]:
        titles = {
            RegisterKey.TRIPS: self.tr("Trips"),
            RegisterKey.RELATIONS: self.tr("Relations"),
            RegisterKey.NETWORKS: self.tr("Networks"),
            RegisterKey.AGREEMENTS: self.tr("Agreements"),
            RegisterKey.OFFICIALS: self.tr("Officials"),
            RegisterKey.BUDGET: self.tr("Budget"),
            RegisterKey.POLICIES: self.tr("Policy"),
            RegisterKey.PROJECTS: self.tr("EU projects"),
        }
        return {key: titles[key] for key in MAIN_REGISTERS}  # in the registers' order


def register_titles() -> dict[RegisterKey, str]:
    """Each register with a page, in order, with its title in the language chosen at
    start-up (made on demand for that reason)."""
    return _RegisterTitles().titles()

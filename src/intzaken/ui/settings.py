"""Everything the window remembers between sessions, in one place (QSettings).

Keys are spelled out only here, so a renamed setting cannot leave a stale twin behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from ..language_setting import LANGUAGES, language_file, read_language, write_language

if TYPE_CHECKING:
    from ..services.horizons import Horizons
    from ..store.location import Location, ServerAddress

# The recent files' addresses and the overview's horizons are read when asked for, after
# the window's first paint (issue 22): their modules are imported then.

MAX_RECENT = 8
# The overview's horizons (services/outlook.py Horizons) with the range each may take.
HORIZON_LIMITS = {
    "upcoming_months": (1, 36),
    "expiry_months": (1, 60),
    "dormant_years": (1, 20),
    "follow_up_days": (0, 365),
}


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("Intzaken", "Intzaken")
        # The language is kept in a file of its own too, for the command line
        # (language_setting.py): the user's, or one beside a settings file given.
        self._language_file = (
            language_file()
            if settings is None
            else Path(settings.fileName()).with_suffix(".language")
        )

    # --- files ---------------------------------------------------------------------------------
    def recent_files(self) -> list[Location]:
        """Files and team databases; a team database's address without its password,
        which is never stored."""
        from ..store.location import BadAddressError, parse_location

        value: Any = self._s.value("files/recent", [])  # QSettings.value is untyped
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        recent: list[Location] = []
        for text in value or []:
            try:
                recent.append(parse_location(str(text)))
            except BadAddressError:
                continue  # edited by hand into something else: leave it out
        return recent

    def add_recent_file(self, location: Location) -> None:
        from ..store.location import ServerAddress

        location = (
            location.without_password()
            if isinstance(location, ServerAddress)
            else location.resolve()
        )
        files = [location] + [p for p in self.recent_files() if p != location]
        self._s.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, location: Location) -> None:
        files = [p for p in self.recent_files() if p != location]
        self._s.setValue("files/recent", [str(p) for p in files])

    def place_warned(self, path: Path) -> bool:
        """Whether the user was told that `path` is in a sync folder or on a share."""
        return str(path.resolve()) in self._list("files/warned-places")

    def set_place_warned(self, path: Path) -> None:
        warned = self._list("files/warned-places")
        self._s.setValue("files/warned-places", [*warned, str(path.resolve())])

    def _list(self, key: str) -> list[str]:
        value: Any = self._s.value(key, [])  # QSettings.value is untyped
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(item) for item in value or []]

    def recent_team_database(self) -> ServerAddress | None:
        """The team database opened last, to start the address field with."""
        from ..store.location import ServerAddress

        return next((p for p in self.recent_files() if isinstance(p, ServerAddress)), None)

    def last_file(self) -> Location | None:
        files = self.recent_files()
        return files[0] if files else None

    # --- window --------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def header_state(self, register: str) -> QByteArray | None:
        return self._bytes(f"columns/{register}")

    def set_header_state(self, register: str, value: QByteArray) -> None:
        self._s.setValue(f"columns/{register}", value)

    def widths_chosen(self, register: str) -> bool:
        """Whether the saved column widths of `register` are the user's own."""
        return bool(self._s.value(f"column-widths-chosen/{register}", False, type=bool))

    def set_widths_chosen(self, register: str, value: bool) -> None:
        self._s.setValue(f"column-widths-chosen/{register}", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"splitters/{name}", value)

    def current_page(self) -> int:
        value: Any = self._s.value("window/page", 0)  # QSettings.value is untyped
        return int(value or 0)

    def set_current_page(self, index: int) -> None:
        self._s.setValue("window/page", index)

    # --- preferences ---------------------------------------------------------------------------
    def language(self) -> str:
        kept = read_language(self._language_file)
        if kept is not None:
            return kept
        # Chosen before the language had a file of its own (or never chosen): from
        # QSettings, and into the file, so the command line need not load Qt for it.
        value = str(self._s.value("preferences/language", "nl"))
        language = value if value in LANGUAGES else "nl"
        write_language(self._language_file, language)
        return language

    def set_language(self, language: str) -> None:
        assert language in LANGUAGES
        self._s.setValue("preferences/language", language)  # for an older version too
        write_language(self._language_file, language)

    def horizons(self) -> Horizons:
        """How far the overview page looks ahead and back; the defaults where unset or
        edited by hand into something that is not a whole number in range."""
        from ..services.horizons import Horizons

        defaults = Horizons()
        return Horizons(
            **{
                name: self._whole(f"preferences/overview/{name}", getattr(defaults, name))
                for name in HORIZON_LIMITS
            }
        )

    def set_horizons(self, horizons: Horizons) -> None:
        for name in HORIZON_LIMITS:
            self._s.setValue(f"preferences/overview/{name}", getattr(horizons, name))

    def _whole(self, key: str, default: int) -> int:
        low, high = HORIZON_LIMITS[key.rsplit("/", 1)[1]]
        try:
            value = int(str(self._s.value(key, default)))
        except ValueError:
            return default
        return value if low <= value <= high else default

    def sync(self) -> None:
        self._s.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

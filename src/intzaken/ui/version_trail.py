"""Which stored version of a record each step of the undo history expects.

Every save makes a new version, undo and redo included: undoing an edit that made
version 3 out of version 2 writes version 2's data back as version 4. A step names the
state it expects by the version that state first had ("the state of version 2"); this
trail says under which version that state is stored now (4). A step whose state is not
the stored one (someone else saved in between) is refused by the services' version check
instead of silently undoing their work. Plain Python: the workspace holds one before
SQLAlchemy or the services are imported.
"""

from __future__ import annotations


class VersionTrail:
    def __init__(self) -> None:
        self._moved: dict[tuple[str, int, int], int] = {}

    def current(self, register: str, record_id: int, version: int) -> int:
        """The version under which the state first stored as `version` is stored now."""
        while (register, record_id, version) in self._moved:
            version = self._moved[(register, record_id, version)]  # versions only go up
        return version

    def moved(self, register: str, record_id: int, version: int, now: int | None) -> None:
        """The state first stored as `version` was written again, as version `now`."""
        if now is not None and now != version:
            self._moved[(register, record_id, version)] = now

    def clear(self) -> None:
        self._moved.clear()

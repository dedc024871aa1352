"""The integrity check of a file that was opened without waiting for it.

SQLite's quick_check reads every page: at 100,000 trips that takes seconds, which the
window would otherwise spend before showing anything. The window therefore opens a file
at once and has it checked on a thread of its own; reading goes on meanwhile, but every
write waits for the verdict, so nothing is ever written to a damaged file. A sound file
then gets our application_id, if it has none yet, and its daily backup on the same
thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from ..i18n import _
from .application_id import mark_as_ours
from .errors import DatabaseDamagedError, StoreError
from .failures import storage_failure
from .integrity import integrity_problems
from .rotation import backup_if_due

log = logging.getLogger(__name__)


class SoundnessCheck:
    """Checks `path` on a daemon thread from `start()`; `require_sound()` waits for it."""

    def __init__(self, path: Path, *, daily_backup: bool) -> None:
        self.path = path
        self.daily_backup = daily_backup
        self.problems: list[str] | None = None  # None until known; [] = sound
        self.error: BaseException | None = None  # the check could not run (not damage)
        self.backup: Path | None = None
        self.backup_error: StoreError | None = None
        self._verdict = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"check {path.name}", daemon=True)

    def start(self) -> SoundnessCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.problems = integrity_problems(self.path)
        except (OSError, sqlite3.Error) as exc:
            self.error = storage_failure(self.path, exc) or exc
        finally:
            self._verdict.set()
        if self.problems == []:
            try:
                mark_as_ours(self.path)  # only now: nothing is written to a damaged file
            except (OSError, sqlite3.Error) as exc:
                log.warning("Could not mark %s as an Intzaken file: %s", self.path, exc)
        if self.problems == [] and self.daily_backup:
            try:
                self.backup = backup_if_due(self.path)
            except (OSError, sqlite3.Error) as exc:
                # The file itself is fine; the window says the copy is missing.
                self.backup_error = storage_failure(self.path, exc) or StoreError(
                    self.path,
                    _("The daily backup of {path} could not be made: {error}.").format(
                        path=self.path, error=exc
                    ),
                )
                log.warning("Daily backup of %s failed: %s", self.path, exc)

    @property
    def done(self) -> bool:
        """The verdict is known and the backup, if any, is written."""
        return self._verdict.is_set() and not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the verdict is known (the backup may still be running)."""
        return self._verdict.wait(timeout)

    def finish(self) -> None:
        """Wait for the thread, backup included (before the file is closed or replaced)."""
        if self._thread.is_alive():
            self._thread.join()

    def require_sound(self) -> None:
        """Wait for the verdict; raise DatabaseDamagedError for a damaged file. A check
        that could not run (the file busy or unreachable just then) is run again here."""
        self._verdict.wait()
        if self.error is not None:
            try:
                self.problems = integrity_problems(self.path)
            except (OSError, sqlite3.Error) as exc:
                raise (
                    storage_failure(self.path, exc)
                    or StoreError(
                        self.path,
                        _("The file {path} cannot be checked now: {error}.").format(
                            path=self.path, error=exc
                        ),
                    )
                ) from exc
            self.error = None
        if self.problems:
            raise DatabaseDamagedError(self.path, self.problems)

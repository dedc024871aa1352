"""Files the app writes for people to read (exports, templates, reports): written whole or
not at all, with the permissions any other program of the user gives a new file.

`tempfile.mkstemp` makes its file readable by its owner only (0600, whatever the umask),
and moving it into place kept that: an export on a shared drive could not be opened by a
colleague. Here the partial file is created the way `open()` creates one (0666, less the
user's umask, applied by the operating system itself, so no thread-unsafe `os.umask` call
is needed); a file that is replaced keeps the permissions it had. Databases and their
backups are not written through this: they keep their own, stricter, rules.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

NEW_FILE_MODE = 0o666  # less the umask, as open() gives a new file


def _create_partial(path: Path) -> Path:
    """A new, empty file beside `path` with a name no one else uses."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
        try:
            os.close(os.open(partial, flags, NEW_FILE_MODE))
        except FileExistsError:
            continue
        return partial
    raise FileExistsError(path)  # a hundred names taken: something else is wrong


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` that replaces it when the block succeeds, so a
    failed write leaves neither a half file nor a damaged older one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = _create_partial(path)
    try:
        yield partial
        # Replacing a file keeps what its owner set (a report shared with a group).
        with suppress(FileNotFoundError):
            os.chmod(partial, stat.S_IMODE(path.stat().st_mode))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)

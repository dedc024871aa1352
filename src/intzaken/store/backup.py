"""Consistent copies of a database file with SQLite's online backup API (safe while the
file is open elsewhere, unlike copying the file)."""

from __future__ import annotations

import os
from pathlib import Path

from .read_only import connect_read_only, connect_writable


def backup_to(source: Path, target: Path) -> Path:
    """Copy the database at `source` to a new file `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = connect_read_only(source)
        try:
            dst = connect_writable(partial)
            try:
                src.backup(dst)
                # A single self-contained file: no -wal beside the copy.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)  # appears whole or not at all
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)  # a failed copy leaves nothing behind
        raise
    return target


def move_journal_aside(path: Path, folder: Path, label: str) -> None:
    """Move `<path>-wal` and `<path>-shm` (if any) into `folder`.

    SQLite replays any -wal it finds beside a file, whatever file that is now: a journal
    left by a file that was moved or removed must never meet a new file at its path.
    """
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{path}{suffix}")
        if journal.exists():
            folder.mkdir(parents=True, exist_ok=True)
            os.replace(journal, folder / f"{label}{suffix}")


def restore_from(backup: Path, target: Path) -> None:
    """Put the content of `backup` back into `target` (which no one else has open)."""
    src = connect_read_only(backup)
    try:
        dst = connect_writable(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()

"""The arguments of `intzaken backup` and `intzaken restore`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...i18n import _

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)
if TYPE_CHECKING:
    from typing import Any


def add_backup_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup",
        parents=[db],
        help=_("make a backup or show the backups"),
        description=_(
            "Make a consistent copy of the database file (also while it is open in the "
            "window). Without --out the copy goes in the folder <name>-backups beside the "
            "file."
        ),
    )
    backup.add_argument(
        "--out",
        type=Path,
        metavar=_("FILE"),
        help=_("where the copy goes (a new file)"),
    )
    backup.add_argument(
        "--list",
        action="store_true",
        help=_("show the backups in the backup folder, newest first"),
    )

    restore = sub.add_parser(
        "restore",
        parents=[db],
        help=_("restore a backup"),
        description=_(
            "Restore a backup into the database file. The current content is first kept "
            "as a backup itself; a damaged file is set aside untouched."
        ),
    )
    restore.add_argument("file", type=Path, metavar=_("FILE"), help=_("the backup"))

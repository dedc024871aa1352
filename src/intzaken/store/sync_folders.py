"""Whether a database file lives where it is known to get damaged: in a folder that a sync
client manages (OneDrive, Dropbox, Google Drive, iCloud Drive, Box, Nextcloud) or on a
network share.

A sync client uploads and replaces the file while SQLite writes it, and its -wal and -shm
separately, or puts back an older version after a conflict; a network filesystem does
not honour SQLite's locks reliably. Both are listed causes of damaged files
(sqlite.org/howtocorrupt.html). Intzaken does not refuse such a place, it says so once
and names the safer one.

The tests of the path shapes are pure (PurePosixPath and PureWindowsPath alike); what the
operating system says about a mapped drive or a mount is asked in `risky_place` only.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from ..i18n import _

# Folder names (lower case) a sync client makes, and the name users know it by.
_SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "shared drives": "Google Drive",
    "gedeelde drives": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "box sync": "Box",
    "box drive": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
# Names with an organisation or account after them: "OneDrive - Gemeente Rotterdam",
# "Dropbox (Gemeente)", and macOS's ~/Library/CloudStorage/GoogleDrive-jan@example.nl.
_SYNC_PREFIXES = (
    ("onedrive - ", "OneDrive"),
    ("onedrive-", "OneDrive"),
    ("dropbox (", "Dropbox"),
    ("dropbox-", "Dropbox"),
    ("googledrive-", "Google Drive"),
    ("box-", "Box"),
)
_HOMES = ("users", "home")  # C:\Users\jan\Box, /Users/jan/Box, /home/jan/Box

# Filesystems that reach a file over the network (Linux's /proc/mounts names them so).
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "afpfs",
        "webdav",
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


@dataclass(frozen=True)
class RiskyPlace:
    name: str  # "OneDrive", or the share: "\\server\share", "nfs"
    network: bool  # a network share rather than a sync client's folder


def _client_named(folder: str) -> str | None:
    """The sync client that makes a folder of this (lower case) name."""
    if folder in _SYNC_FOLDERS:
        return _SYNC_FOLDERS[folder]
    return next((client for prefix, client in _SYNC_PREFIXES if folder.startswith(prefix)), None)


def sync_service(path: PurePath) -> str | None:
    """The sync client whose folder holds `path`, judged by the folder names alone."""
    parts = [part.lower() for part in path.parts[:-1]]
    for index, part in enumerate(parts):
        client = _client_named(part)
        if client is not None:
            return client
        if part == "box" and index >= 2 and parts[index - 2] in _HOMES:
            return "Box"
        if (
            part == "cloudstorage"
            and parts[index - 1 : index] == ["library"]
            and index + 1 < len(parts)
        ):  # macOS: every provider's folder is here
            return _client_named(parts[index + 1]) or path.parts[index + 1].split("-")[0]
    return None


_LOCAL_DEVICE = re.compile(r"^\\\\[?.]\\[a-z]:$", re.IGNORECASE)  # \\?\C:, a local disk


def unc_share(path: PureWindowsPath) -> str | None:
    """`\\\\server\\share` for a path on a Windows share (also //server/share and the
    \\\\?\\UNC\\ form), else None."""
    drive = path.drive
    if not drive.startswith("\\\\") or _LOCAL_DEVICE.match(drive):
        return None
    return re.sub(r"^\\\\\?\\unc\\", r"\\\\", drive, flags=re.IGNORECASE)


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def mount_of(path: PurePath, mounts: str) -> tuple[str, str] | None:
    """(device, filesystem) of the mount holding `path`, from the text of /proc/mounts."""
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape(fields[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:  # the last of equal ones is on top
                best = (depth, _unescape(fields[0]), fields[2])
    return None if best is None else (best[1], best[2])


def _windows_drive_type(drive: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\"))  # type: ignore[attr-defined]


def _mount_table() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as table:
            return table.read()
    except OSError:
        return ""  # no such table (macOS): only the folder names tell


def risky_place(
    path: PurePath,
    *,
    windows: bool = sys.platform == "win32",
    drive_type: Callable[[str], int] = _windows_drive_type,
    mount_table: Callable[[], str] = _mount_table,
) -> RiskyPlace | None:
    """Where the absolute `path` is risky for a database file, or None for a local,
    unsynced folder. The operating system is asked through `drive_type` (Windows) and
    `mount_table` (Linux); tests hand in their own."""
    service = sync_service(path)
    if service is not None:
        return RiskyPlace(service, network=False)
    if windows:
        windows_path = PureWindowsPath(path)
        share = unc_share(windows_path)
        if share is not None:
            return RiskyPlace(share, network=True)
        drive = windows_path.drive
        if len(drive) == 2 and drive[1] == ":" and drive_type(drive) == DRIVE_REMOTE:
            return RiskyPlace(drive, network=True)
        return None
    mount = mount_of(path, mount_table())
    if mount is not None and mount[1].lower() in NETWORK_FILESYSTEMS:
        return RiskyPlace(mount[0], network=True)
    return None


def place_warning(path: Path, place: RiskyPlace, safe_folder: Path) -> str:
    """The warning (in the current language) for a database file at a risky `place`."""
    if place.network:
        where = _(
            "{path} is on a network drive ({drive}). Over a network SQLite does not lock "
            "a file reliably: if the connection falters or two computers open it at the "
            "same time, it can become damaged."
        ).format(path=path, drive=place.name)
    else:
        where = _(
            "{path} is in a folder that {program} keeps in sync. Such a program sometimes "
            "copies or replaces a database file while Intzaken is writing in it, or puts "
            "back an older version after a conflict; then the file becomes damaged or "
            "changes are lost."
        ).format(path=path, program=place.name)
    return _(
        "Note: {where} Better keep the database in {folder}; Intzaken makes the backups "
        "there too. Taking data to another computer is safe with a backup or a travel copy."
    ).format(where=where, folder=safe_folder)


def sync_warning(path: Path, safe_folder: Path) -> str | None:
    """The warning for a database file at `path`, or None where it is safe."""
    place = risky_place(Path(os.path.abspath(path)))
    return None if place is None else place_warning(path, place, safe_folder)

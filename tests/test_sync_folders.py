"""A database in a folder a sync client manages or on a network share is said to be at
risk, once, with the safer place; the user goes on (store/sync_folders.py, the command
line, the window)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from intzaken.paths import user_database_path
from intzaken.store.sync_folders import (
    DRIVE_REMOTE,
    RiskyPlace,
    mount_of,
    risky_place,
    sync_service,
    unc_share,
)
from intzaken.ui.main_window import MainWindow
from intzaken.ui.settings import Settings
from intzaken.ui.workspace import Workspace

from .conftest import run_cli as run

pytestmark = pytest.mark.sqlite_only  # a file's place

W, P = PureWindowsPath, PurePosixPath


@pytest.mark.parametrize(
    ("path", "client"),
    [
        (W(r"C:\Users\jan\OneDrive\Documenten\intzaken.sqlite"), "OneDrive"),
        (W(r"C:\Users\jan\OneDrive - Gemeente Rotterdam\IZ\intzaken.sqlite"), "OneDrive"),
        (W(r"c:\users\jan\onedrive - gemeente rotterdam\intzaken.sqlite"), "OneDrive"),
        (W(r"D:\Dropbox\werk\intzaken.sqlite"), "Dropbox"),
        (W(r"C:\Users\jan\Dropbox (Gemeente Almere)\intzaken.sqlite"), "Dropbox"),
        (W(r"G:\My Drive\intzaken.sqlite"), "Google Drive"),
        (W(r"G:\Mijn Drive\IZ\intzaken.sqlite"), "Google Drive"),
        (W(r"G:\Shared drives\Internationaal\intzaken.sqlite"), "Google Drive"),
        (W(r"C:\Users\jan\Google Drive\intzaken.sqlite"), "Google Drive"),
        (W(r"C:\Users\jan\iCloudDrive\intzaken.sqlite"), "iCloud Drive"),
        (W(r"C:\Users\jan\Box\IZ\intzaken.sqlite"), "Box"),
        (W(r"C:\Users\jan\Box Sync\intzaken.sqlite"), "Box"),
        (W(r"C:\Users\jan\Nextcloud\intzaken.sqlite"), "Nextcloud"),
        (
            P("/Users/jan/Library/CloudStorage/OneDrive-GemeenteRotterdam/intzaken.sqlite"),
            "OneDrive",
        ),
        (
            P("/Users/jan/Library/CloudStorage/GoogleDrive-jan@rotterdam.nl/My Drive/iz.sqlite"),
            "Google Drive",
        ),
        (P("/Users/jan/Library/CloudStorage/Dropbox/iz.sqlite"), "Dropbox"),
        (P("/Users/jan/Library/CloudStorage/Box-Box/iz.sqlite"), "Box"),
        (P("/Users/jan/Library/CloudStorage/pCloud-jan/iz.sqlite"), "pCloud"),
        (P("/Users/jan/Library/Mobile Documents/com~apple~CloudDocs/iz.sqlite"), "iCloud Drive"),
        (P("/home/jan/Dropbox/iz.sqlite"), "Dropbox"),
        (P("/home/jan/Box/iz.sqlite"), "Box"),
    ],
)
def test_sync_folders_are_known_by_their_names(path: PurePath, client: str) -> None:
    assert sync_service(path) == client


@pytest.mark.parametrize(
    "path",
    [
        W(r"C:\Users\jan\Documents\intzaken.sqlite"),
        W(r"C:\Users\jan\AppData\Local\Intzaken\intzaken.sqlite"),
        W(r"C:\Users\jan\Documents\OneDrive.sqlite"),  # the file's own name says nothing
        W(r"C:\Projecten\Box\intzaken.sqlite"),  # a folder named Box outside a home folder
        W(r"C:\Users\jan\Documents\Dropboxen\iz.sqlite"),
        P("/home/jan/.local/share/Intzaken/intzaken.sqlite"),
        P("/Users/jan/Library/Application Support/Intzaken/intzaken.sqlite"),
        P("/home/jan/Documenten/mijn drive-verslagen/iz.sqlite"),
    ],
)
def test_ordinary_folders_are_not_sync_folders(path: PurePath) -> None:
    assert sync_service(path) is None


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (W(r"\\fs01\afdelingen\IZ\intzaken.sqlite"), r"\\fs01\afdelingen"),
        (W("//fs01/afdelingen/IZ/intzaken.sqlite"), r"\\fs01\afdelingen"),
        (W(r"\\?\UNC\fs01.gemeente.local\iz\intzaken.sqlite"), r"\\fs01.gemeente.local\iz"),
        (W(r"C:\Users\jan\intzaken.sqlite"), None),
        (W(r"\\?\C:\Users\jan\intzaken.sqlite"), None),
        (W(r"\\.\C:\intzaken.sqlite"), None),
    ],
)
def test_windows_shares_are_known_by_their_paths(path: PureWindowsPath, share: str | None) -> None:
    assert unc_share(path) == share


def test_a_mapped_network_drive_is_asked_of_windows() -> None:
    drives = {"H:": DRIVE_REMOTE, "C:": 3}
    asked: list[str] = []

    def drive_type(drive: str) -> int:
        asked.append(drive)
        return drives[drive]

    def place(text: str) -> RiskyPlace | None:
        return risky_place(
            W(text),
            windows=True,
            drive_type=drive_type,
            mount_table=lambda: pytest.fail("no mount table on Windows"),
        )

    assert place(r"H:\IZ\intzaken.sqlite") == RiskyPlace("H:", network=True)
    assert place(r"C:\IZ\intzaken.sqlite") is None
    assert place(r"\\fs01\iz\intzaken.sqlite") == RiskyPlace(r"\\fs01\iz", network=True)
    assert place(r"C:\Users\jan\OneDrive\iz.sqlite") == RiskyPlace("OneDrive", network=False)
    assert asked == ["H:", "C:"]


MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fs01/afdelingen /mnt/afdelingen cifs rw,vers=3.1.1 0 0
fs02:/export/home /home nfs4 rw,relatime 0 0
/dev/nvme0n1p3 /home/jan/lokaal ext4 rw 0 0
jan@server:/data /mnt/met\\040spatie fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "place"),
    [
        ("/mnt/afdelingen/IZ/intzaken.sqlite", RiskyPlace("//fs01/afdelingen", network=True)),
        ("/home/jan/intzaken.sqlite", RiskyPlace("fs02:/export/home", network=True)),
        ("/home/jan/lokaal/intzaken.sqlite", None),  # a local disk mounted inside the share
        ("/mnt/met spatie/iz.sqlite", RiskyPlace("jan@server:/data", network=True)),
        ("/var/lib/intzaken.sqlite", None),
        ("/mnt/afdelingenx/iz.sqlite", None),  # a neighbour's name is not the mount
    ],
)
def test_network_filesystems_are_read_from_the_mount_table(
    path: str, place: RiskyPlace | None
) -> None:
    assert risky_place(P(path), windows=False, mount_table=lambda: MOUNTS) == place


def test_the_mount_holding_a_path() -> None:
    assert mount_of(P("/home/jan/x"), MOUNTS) == ("fs02:/export/home", "nfs4")
    assert mount_of(P("/"), MOUNTS) == ("/dev/nvme0n1p2", "ext4")
    assert mount_of(P("/srv/x"), "") is None


@pytest.fixture
def onedrive_file(tmp_path: Path, demo_copy: Callable[[str], Path]) -> Path:
    folder = tmp_path / "OneDrive - Gemeente Rotterdam" / "IZ"
    folder.mkdir(parents=True)
    return Path(shutil.move(demo_copy("rotterdam"), folder / "rotterdam.sqlite"))


def test_the_command_line_warns_once_per_command_and_goes_on(onedrive_file: Path) -> None:
    before = onedrive_file.read_bytes()
    code, out, err = run("list", "trips", "--year", "2024", "--db", str(onedrive_file))
    assert code == 0 and "(32 regels)" in out
    assert err.count("Let op:") == 1
    assert "map die OneDrive bijhoudt" in err and "beschadigd" in err
    assert str(user_database_path().parent) in err and "reiskopie" in err
    assert onedrive_file.read_bytes() == before

    new = onedrive_file.parent / "nieuw.sqlite"  # made there: said too
    code, _, err = run("init", "--organisation", "Gemeente Almere", "--db", str(new))
    assert code == 0 and err.count("Let op:") == 1


def test_a_file_elsewhere_gets_no_warning(demo_copy: Callable[[str], Path]) -> None:
    code, _, err = run("check", "--db", str(demo_copy("rotterdam")))
    assert code == 0 and err == ""


def _boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_window_warns_once_per_file_and_lets_the_user_go_on(
    qtbot, tmp_path: Path, onedrive_file: Path
) -> None:  # noqa: ANN001
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(), settings, build_pages=False)
    try:
        assert window.open_path(onedrive_file)
        qtbot.waitUntil(lambda: len(_boxes(window)) == 1, timeout=3000)
        [box] = _boxes(window)
        assert "OneDrive" in box.text() and "Toch doorgaan" not in box.text()
        assert window.workspace.path == onedrive_file.resolve()  # open behind the box
        [go_on] = box.buttons()
        assert go_on.text().replace("&", "") in ("Toch doorgaan", "Continue anyway")
        go_on.click()
        qtbot.waitUntil(lambda: not _boxes(window), timeout=3000)

        assert window.open_path(onedrive_file)  # the same file again: not again
        qtbot.wait(50)
        assert not _boxes(window)
    finally:
        window.close()
        window.deleteLater()
        window.workspace.close()
    # Remembered in the settings: a new window does not say it again either.
    again = MainWindow(
        Workspace(),
        Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)),
        build_pages=False,
    )
    try:
        assert again.open_path(onedrive_file)
        qtbot.wait(50)
        assert not _boxes(again)
    finally:
        again.close()
        again.deleteLater()
        again.workspace.close()

"""The user's folders: found on Linux without platformdirs (issue 22), and in the same
place as platformdirs finds them."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from intzaken.paths import APP_NAME, XDG_FOLDERS, user_database_path, user_folder

KINDS = sorted(XDG_FOLDERS)


def _platformdirs(kind: str) -> Path:
    found: Path = getattr(platformdirs, f"user_{kind}_path")(APP_NAME, appauthor=False)
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_each_folder_is_where_platformdirs_puts_it(
    kind: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    variable, _default = XDG_FOLDERS[kind]
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv(variable, raising=False)
    assert user_folder(kind) == _platformdirs(kind)  # unset: under the home folder
    monkeypatch.setenv(variable, str(tmp_path / "chosen"))
    assert user_folder(kind) == _platformdirs(kind)
    monkeypatch.setenv(variable, "relative/folder")  # not absolute: ignored, as the spec says
    assert user_folder(kind) == _platformdirs(kind)
    monkeypatch.setenv(variable, "")
    assert user_folder(kind) == _platformdirs(kind)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG variables")
def test_the_database_and_the_language_follow_the_xdg_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from intzaken.language_setting import language_file
    from intzaken.mpl_cache import matplotlib_cache_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert user_database_path() == tmp_path / "data" / "Intzaken" / "intzaken.sqlite"
    assert language_file() == tmp_path / "config" / "Intzaken" / "language"
    assert matplotlib_cache_dir() == tmp_path / "cache" / "Intzaken" / "matplotlib"

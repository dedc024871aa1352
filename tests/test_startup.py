"""What the installed app relies on at start: matplotlib's cache, the icon, the version."""

from __future__ import annotations

import ast
import html
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from intzaken.__main__ import main
from intzaken.mpl_cache import matplotlib_cache_dir, use_persistent_matplotlib_cache
from intzaken.store.database import open_database
from intzaken.store.migrations import head_revision
from intzaken.ui.about import about_text
from intzaken.ui.app import application_icon
from intzaken.ui.workspace import Workspace


def test_matplotlib_cache_goes_to_the_users_cache_folder() -> None:
    environ: dict[str, str] = {}
    use_persistent_matplotlib_cache(environ)
    assert environ == {"MPLCONFIGDIR": str(matplotlib_cache_dir())}
    assert matplotlib_cache_dir().name == "matplotlib"
    assert "Intzaken" in matplotlib_cache_dir().parts


@pytest.mark.parametrize("chosen", ["/somewhere/mine", ""])
def test_a_folder_the_user_chose_is_kept(chosen: str) -> None:
    environ = {"MPLCONFIGDIR": chosen}
    use_persistent_matplotlib_cache(environ)
    # An empty value means "not set" to matplotlib as well.
    assert environ["MPLCONFIGDIR"] == (chosen or str(matplotlib_cache_dir()))


def test_main_sets_the_cache_before_anything_else(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)  # restored afterwards
    monkeypatch.setattr("sys.argv", ["intzaken", "--version"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 0
    assert os.environ["MPLCONFIGDIR"] == str(matplotlib_cache_dir())
    assert capsys.readouterr().out.strip() == f"intzaken {version('intzaken')}"


def test_the_window_icon_comes_in_every_size(qtbot) -> None:  # noqa: ANN001
    icon = application_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert QSize(256, 256) in icon.availableSizes()


def test_about_shows_version_schema_and_file(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "a&b <c>" / "intzaken.sqlite"
    path.parent.mkdir()
    workspace = Workspace()
    workspace.set_database(open_database(path, create=True))
    try:
        text = about_text(workspace)
    finally:
        workspace.close()
    assert f"<b>Intzaken</b> {version('intzaken')}" in text
    assert html.escape(f"Database: {path}") in text
    assert f"Schema version: {head_revision()}" in text


def test_about_without_a_database(qtbot) -> None:  # noqa: ANN001
    text = about_text(Workspace())
    assert version("intzaken") in text
    assert "No database open." in text


def test_the_window_starts_without_building_the_command_line(tmp_path: Path) -> None:
    # A fresh process: what `intzaken --db FILE` imports before the window is asked for.
    probe = (
        "import sys\n"
        "import intzaken.__main__ as entry\n"
        "entry._start_gui = lambda path: print(path, 'intzaken.reports' in sys.modules,"
        " 'intzaken.exchange' in sys.modules, 'intzaken.cli.main' in sys.modules) or 0\n"
        f"sys.argv = ['intzaken', '--db', {str(tmp_path / 'x.sqlite')!r}]\n"
        "entry.main()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(tmp_path / "x.sqlite"), "False", "False", "False"]


def test_window_only_recognises_just_the_database_option() -> None:
    from intzaken.__main__ import window_only

    assert window_only(["--db", "werk.sqlite"]) == Path("werk.sqlite")
    assert window_only(["--db=werk.sqlite"]) == Path("werk.sqlite")
    assert window_only([]) is not None
    assert window_only(["list", "trips"]) is None
    assert window_only(["--help"]) is None


def test_the_window_module_leaves_the_data_layer_for_after_the_first_paint() -> None:
    # SQLAlchemy and the models cost about 0.3 s; the window paints before they load
    # (ui/first_paint.py). A module the window imports at once that reaches the queries
    # (as the overview's settings once did through services/outlook.py) undoes that.
    # Babel likewise (about 30 ms): the Dutch window shows country names as stored
    # (ui/country_names.py), and amounts and dates are formatted once the lists load.
    assert _imported_with_the_window("sqlalchemy", "intzaken.domain.models", "babel") == []


def _imported_with_the_window(*modules: str) -> list[str]:
    """Which of `modules` a fresh process has imported once it imported ui/app.py."""
    code = (
        f"import sys; import intzaken.ui.app; print(sorted(m for m in {modules!r} "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout)


def test_the_frame_leaves_the_pages_and_the_opening_for_after_the_first_paint() -> None:
    # The installed app's first paint (issue 22, item 1) is measured against a bare
    # window: the register pages' columns and listings (ui/registers.py and its chain),
    # the opening of a file, the help viewer and the screen readers' event filter (an
    # application-wide filter makes PySide create a Python class per Qt type an event
    # names, about 30 ms) all come after it.
    assert (
        _imported_with_the_window(
            "intzaken.ui.registers",
            "intzaken.ui.register_model",
            "intzaken.domain.labels",
            "intzaken.ui.opening",
            "intzaken.ui.files",
            "intzaken.ui.welcome",
            "intzaken.ui.help_viewer",
            "intzaken.ui.accessibility",
            "intzaken.store.instance_lock",
            "intzaken.store.errors",
            "intzaken.services.errors",
        )
        == []
    )


def test_the_frame_is_painted_before_pyside_makes_the_qt_namespace(tmp_path: Path) -> None:
    # PySide makes all 93 enum classes of the `Qt` namespace the first time it is named
    # (about 20 ms): the frame names none of them before its first paint (window/pages.py).
    code = (
        "import os, sys\n"
        "import PySide6.QtCore as core\n"
        "import intzaken.ui.app as app\n"
        "def mark(name):\n"
        "    print(name, 'Qt' in core.__dict__, flush=True)\n"
        "    os._exit(0)\n"
        "app.mark = mark\n"
        f"app.run_gui(app.Path({str(tmp_path / 'none.sqlite')!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
        timeout=60,
    )
    assert result.stdout.split() == ["painted", "False"], result.stderr


def test_the_navigation_role_is_qts_user_role() -> None:
    from PySide6.QtCore import Qt

    from intzaken.ui.window.actions import TEXT_BESIDE_ICON
    from intzaken.ui.window.pages import NAME_ROLE

    assert Qt.ItemDataRole.UserRole.value == NAME_ROLE
    assert Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value == TEXT_BESIDE_ICON
